import CCmarkGFM
import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place Lectern talks to cmark-gfm: parse with the GFM extensions and Lectern's inline
/// syntax (`$…$`, `$$…$$`, `{= …}`), walk the C tree, and return plain Swift values.
///
/// Nothing `Unsafe` leaves this file; every cmark object is freed before `convert` returns.
struct CommonMarkConverter {
    /// Whether raw HTML is kept; only affects subtrees too deep to convert (cmark renders those).
    var allowHTML: Bool
    /// Whether Lectern's inline syntax is recognised (off for the pure-GFM comparison tests).
    var lecternSyntax: Bool = true

    /// Trees deeper than this are kept as cmark's own HTML: Swift values nested tens of
    /// thousands deep would exhaust the stack when rendered or released.
    static let maximumDepth = 96

    /// The core GFM extensions attached to every parse, in cmark-gfm's usual order.
    static let gfmExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The parser options: source positions and footnotes; smart punctuation stays off.
    var options: Int32 {
        CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | (allowHTML ? CMARK_OPT_UNSAFE : 0)
    }

    /// Parses `source` and converts the result. Positions are the author's (character columns).
    func convert(_ source: SourceText) -> (blocks: [Block], diagnostics: [Diagnostic]) {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return ([], []) }
        defer { cmark_parser_free(parser) }
        for name in Self.gfmExtensions {
            if let extensionObject = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionObject)
            }
        }
        let mem = cmark_get_default_mem_allocator()
        var lectern: OpaquePointer?
        if lecternSyntax {
            lectern = Self.makeLecternExtension(mem: mem)
            if let lectern { cmark_parser_attach_syntax_extension(parser, lectern) }
        }
        defer {
            if let lectern { cmark_syntax_extension_free(mem, lectern) }
        }
        var text = source.text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return ([], []) }
        defer { cmark_node_free(document) }
        var walker = TreeWalker(
            columns: SourceColumns(source),
            options: options,
            extensions: cmark_parser_get_syntax_extensions(parser)
        )
        return walker.walk(document)
    }

    // MARK: Lectern's inline syntax extension

    /// Marks custom inline nodes as ours; the kind and position follow (see `encodeTag`).
    static let tagPrefix = "lectern"

    private static func makeLecternExtension(mem: UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer? {
        guard let syntax = cmark_syntax_extension_new("lectern-inline") else { return nil }
        // The callback is a C function pointer: it must not capture, so it only forwards to a
        // static function and keeps its state in the node it returns.
        cmark_syntax_extension_set_match_inline_func(syntax) { _, _, _, character, inlineParser in
            CommonMarkConverter.matchInline(character: character, inlineParser: inlineParser)
        }
        var specials: UnsafeMutablePointer<cmark_llist>?
        for character in ["$", "{"] {
            let value = UInt(character.utf8.first ?? 0)
            specials = cmark_llist_append(mem, specials, UnsafeMutableRawPointer(bitPattern: value))
        }
        cmark_syntax_extension_set_special_inline_chars(syntax, specials)
        return syntax
    }

    /// Recognises `$…$`, `$$…$$` and `{= …}` at the inline parser's position, returning a
    /// custom inline node whose `on_enter` holds kind and position and whose `on_exit` holds the
    /// inner text, or nil to let cmark treat the character as text.
    private static func matchInline(character: UInt8, inlineParser: OpaquePointer?) -> OpaquePointer? {
        guard let inlineParser, let chunk = cmark_inline_parser_get_chunk(inlineParser) else { return nil }
        // cmark_chunk is { unsigned char *data; int32 len; int32 alloc; } (chunk.h); the
        // extension API hands it out without declaring it, as cmark-gfm's autolink extension reads it.
        let raw = UnsafeRawPointer(chunk)
        guard let data = raw.load(as: UnsafePointer<UInt8>?.self) else { return nil }
        let length = Int(raw.load(fromByteOffset: MemoryLayout<UnsafeRawPointer>.size, as: Int32.self))
        let subject = UnsafeBufferPointer(start: data, count: length)
        let position = Int(cmark_inline_parser_get_offset(inlineParser))
        guard position < length else { return nil }
        let match: InlineMatch?
        switch character {
        case UInt8(ascii: "$"): match = InlineScanner.dollar(in: subject, at: position)
        case UInt8(ascii: "{"): match = InlineScanner.value(in: subject, at: position)
        default: match = nil
        }
        guard let match else { return nil }
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        let line = cmark_inline_parser_get_line(inlineParser)
        let column = cmark_inline_parser_get_column(inlineParser)
        let inner = String(decoding: UnsafeBufferPointer(rebasing: subject[match.inner]), as: UTF8.self)
        let tag = "\(tagPrefix) \(match.kind.rawValue) \(line) \(column) \(match.end - position) \(match.inner.lowerBound - position)"
        cmark_node_set_on_enter(node, tag)
        cmark_node_set_on_exit(node, inner)
        cmark_inline_parser_set_offset(inlineParser, Int32(match.end))
        return node
    }
}

/// What the inline scanner found.
struct InlineMatch {
    enum Kind: String {
        /// `$…$`.
        case inlineMath = "math"
        /// `$$…$$`.
        case displayMath = "display"
        /// `{= …}`.
        case value
        /// A `$$` that opens nothing: plain text, consumed so the second `$` opens nothing either.
        case text
    }
    var kind: Kind
    /// Byte range of the text between the delimiters.
    var inner: Range<Int>
    /// Byte offset just past the construct.
    var end: Int
}

// MARK: - Walking the C tree

/// Converts a finished cmark document into Swift values with an explicit stack (the C tree may
/// be far deeper than the Swift stack allows for recursion).
private struct TreeWalker {
    let columns: SourceColumns
    let options: Int32
    let extensions: UnsafeMutablePointer<cmark_llist>?
    var diagnostics: [Diagnostic] = []
    var warnedDepth = false

    init(columns: SourceColumns, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) {
        self.columns = columns
        self.options = options
        self.extensions = extensions
    }

    /// One open container while walking.
    private struct Frame {
        var node: OpaquePointer
        var range: SourceRange
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var items: [ListItem] = []
        var cells: [TableCell] = []
        var rows: [[TableCell]] = []
        var header: [TableCell] = []
    }

    mutating func walk(_ document: OpaquePointer) -> ([Block], [Diagnostic]) {
        guard let iterator = cmark_iter_new(document) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        var stack: [Frame] = []
        var footnotes = FootnoteNumbering()
        var result: [Block] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                if type == CMARK_NODE_DOCUMENT {
                    stack.append(Frame(node: node, range: range(of: node)))
                    continue
                }
                if Self.isLeaf(type) {
                    append(leaf(node, type), to: &stack)
                    continue
                }
                if stack.count > CommonMarkConverter.maximumDepth {
                    append(opaque(node, type), to: &stack)
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                    _ = cmark_iter_next(iterator)
                    continue
                }
                stack.append(Frame(node: node, range: range(of: node)))
            } else if event == CMARK_EVENT_EXIT {
                guard let frame = stack.popLast() else { continue }
                if type == CMARK_NODE_DOCUMENT {
                    result = frame.blocks
                    break
                }
                append(close(frame, type, &footnotes), to: &stack)
            }
        }
        return (footnotes.counted(result), diagnostics)
    }

    private enum Built {
        case block(Block)
        case inline(Inline)
        case item(ListItem)
        case cell(TableCell)
        case row([TableCell], header: Bool)
        case nothing
    }

    private func append(_ built: Built, to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        switch built {
        case .block(let block): stack[top].blocks.append(block)
        case .inline(let inline): Self.appendMerging(inline, to: &stack[top].inlines)
        case .item(let item): stack[top].items.append(item)
        case .cell(let cell): stack[top].cells.append(cell)
        case .row(let cells, let header):
            if header { stack[top].header = cells } else { stack[top].rows.append(cells) }
        case .nothing: break
        }
    }

    /// Adjacent text nodes are merged (cmark splits text at every special character), which
    /// changes no HTML and lets later passes see `[[Term]]` in one piece.
    private static func appendMerging(_ inline: Inline, to inlines: inout [Inline]) {
        if case .text(let next) = inline, case .text(var previous)? = inlines.last,
           previous.range.end.line == next.range.start.line {
            inlines.removeLast()
            previous.text += next.text
            previous.range.end = max(previous.range.end, next.range.end)
            inlines.append(.text(previous))
            return
        }
        inlines.append(inline)
    }

    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            true
        default:
            false
        }
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        columns.range(
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node))
        )
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func typeString(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private func leaf(_ node: OpaquePointer, _ type: cmark_node_type) -> Built {
        let range = range(of: node)
        switch type {
        case CMARK_NODE_TEXT: return .inline(.text(Text(text: literal(node), range: range)))
        case CMARK_NODE_SOFTBREAK: return .inline(.softBreak(range))
        case CMARK_NODE_LINEBREAK: return .inline(.lineBreak(range))
        case CMARK_NODE_CODE: return .inline(.code(Code(code: literal(node), range: range)))
        case CMARK_NODE_HTML_INLINE: return .inline(.html(RawHTML(html: literal(node), range: range)))
        case CMARK_NODE_HTML_BLOCK: return .block(.htmlBlock(RawHTML(html: literal(node), range: range)))
        case CMARK_NODE_THEMATIC_BREAK: return .block(.thematicBreak(range))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            var fenceLength: Int32 = 0
            var fenceOffset: Int32 = 0
            var fenceCharacter: CChar = 0
            let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0
            return .block(.codeBlock(CodeBlock(info: info, code: literal(node), isFenced: fenced, range: range)))
        default: return .nothing
        }
    }

    private mutating func opaque(_ node: OpaquePointer, _ type: cmark_node_type) -> Built {
        let range = range(of: node)
        if !warnedDepth {
            warnedDepth = true
            diagnostics.append(.warning(
                "markdown.too-deep",
                "markup nested more than \(CommonMarkConverter.maximumDepth) levels deep; Lectern constructs inside it are not recognised",
                at: range
            ))
        }
        var html = ""
        if let rendered = cmark_render_html(node, options, extensions) {
            html = String(cString: rendered)
            free(rendered)
        }
        let isInline = (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_INLINE)
        let opaque = OpaqueHTML(html: html, range: range)
        return isInline ? .inline(.opaque(opaque)) : .block(.opaque(opaque))
    }

    private func close(_ frame: Frame, _ type: cmark_node_type, _ footnotes: inout FootnoteNumbering) -> Built {
        let node = frame.node
        let range = frame.range
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return .block(.paragraph(Paragraph(inlines: frame.inlines, range: range)))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return .block(.heading(Heading(level: level, inlines: frame.inlines, anchor: "", range: range)))
        case CMARK_NODE_BLOCK_QUOTE:
            return .block(.blockQuote(BlockQuote(blocks: frame.blocks, range: range)))
        case CMARK_NODE_LIST:
            let kind: ListBlock.Kind
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
                kind = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
            } else {
                kind = .bullet
            }
            let tight = cmark_node_get_list_tight(node) != 0
            return .block(.list(ListBlock(kind: kind, isTight: tight, items: frame.items, range: range)))
        case CMARK_NODE_ITEM:
            var task: Bool?
            if typeString(node) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(node)
            }
            return .item(ListItem(task: task, blocks: frame.blocks, range: range))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            let label = FootnoteNumbering.label(at: range.start, in: columns)
            return .block(.footnoteDefinition(FootnoteDefinition(
                label: label, referenceCount: 0, blocks: frame.blocks, range: range
            )))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let number = Int(literal(node)) ?? 0
            let label = FootnoteNumbering.label(at: range.start, in: columns)
            return .inline(.footnoteReference(footnotes.reference(label: label, number: number, range: range)))
        case CMARK_NODE_EMPH:
            return .inline(.emphasis(Container(inlines: frame.inlines, range: range)))
        case CMARK_NODE_STRONG:
            return .inline(.strong(Container(inlines: frame.inlines, range: range)))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let link = Link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                inlines: frame.inlines,
                range: range
            )
            return type == CMARK_NODE_LINK ? .inline(.link(link)) : .inline(.image(link))
        case CMARK_NODE_CUSTOM_INLINE:
            return lecternInline(node, fallback: range)
        default:
            break
        }
        switch typeString(node) {
        case "strikethrough":
            return .inline(.strikethrough(Container(inlines: frame.inlines, range: range)))
        case "table_cell":
            return .cell(TableCell(inlines: frame.inlines, range: range))
        case "table_header":
            return .row(frame.cells, header: true)
        case "table_row":
            return .row(frame.cells, header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [Table.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<count {
                    switch raw[index] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .block(.table(Table(alignments: alignments, header: frame.header, rows: frame.rows, range: range)))
        default:
            // Unknown containers keep their content in place.
            if let first = frame.blocks.first {
                return .block(first)
            }
            return .nothing
        }
    }

    /// Rebuilds one of Lectern's inline nodes from the tag the match callback left on it.
    private func lecternInline(_ node: OpaquePointer, fallback: SourceRange) -> Built {
        let tag = cmark_node_get_on_enter(node).map { String(cString: $0) } ?? ""
        let inner = cmark_node_get_on_exit(node).map { String(cString: $0) } ?? ""
        let fields = tag.split(separator: " ")
        guard fields.count == 6, fields[0] == CommonMarkConverter.tagPrefix,
              let kind = InlineMatch.Kind(rawValue: String(fields[1])),
              let line = Int(fields[2]), let byteColumn = Int(fields[3]),
              let length = Int(fields[4]), let innerOffset = Int(fields[5]) else {
            return .nothing
        }
        let parent = cmark_node_parent(node)
        let locator = SnippetLocator(
            columns: columns,
            containerLine: parent.map { Int(cmark_node_get_start_line($0)) } ?? line,
            containerByteColumn: parent.map { Int(cmark_node_get_start_column($0)) } ?? byteColumn
        )
        let start = locator.location(line: line, byteColumn: byteColumn)
        let innerStart = locator.location(line: line, byteColumn: byteColumn + innerOffset)
        let map = locator.map(for: inner, startingAt: innerStart, line: line)
        // The closing delimiter is ASCII: one column per byte.
        var end = map.location(atScalarOffset: inner.unicodeScalars.count)
        end.column += length - innerOffset - inner.utf8.count
        let range = SourceRange(start: start, end: end)
        switch kind {
        case .inlineMath, .displayMath:
            return .inline(.math(MathNode(tex: inner, display: kind == .displayMath, range: range, map: map)))
        case .value:
            let parts = InlineScanner.splitValue(inner)
            let leading = inner.unicodeScalars.count - inner.drop(while: \.isWhitespace).unicodeScalars.count
            let expressionStart = map.location(atScalarOffset: leading)
            let expressionMap = locator.map(for: parts.expression, startingAt: expressionStart, line: expressionStart.line)
            return .inline(.value(InlineValueNode(
                expression: parts.expression, format: parts.format, range: range, map: expressionMap
            )))
        case .text:
            return .inline(.text(Text(text: "$$", range: range)))
        }
    }
}
