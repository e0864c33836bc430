import CCmarkGFM
import Diagnostics
import Foundation

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
    ///
    /// Safe to call from many threads at once: block parsing and the conversion run side by
    /// side, and only the inline parse, the one step that touches cmark-gfm's process-wide
    /// state, takes turns (`finish(_:)`).
    ///
    /// `cmarkText`, when given, is what cmark parses instead of the source: the same lines with
    /// some `$$` lines written as fences (`DisplayMathBlocks`); positions still come from `columns`.
    func convert(_ columns: SourceColumns, cmarkText: String? = nil) -> (blocks: [Block<SourceStage>], diagnostics: [Diagnostic]) {
        let shared = SharedExtensions.ready
        guard let parser = cmark_parser_new(options) else { return ([], []) }
        defer { cmark_parser_free(parser) }
        for extensionObject in shared.gfm {
            cmark_parser_attach_syntax_extension(parser, extensionObject)
        }
        if lecternSyntax, let lectern = shared.lectern { cmark_parser_attach_syntax_extension(parser, lectern) }
        var text = cmarkText ?? columns.source.text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = Self.finish(parser) else { return ([], []) }
        defer { cmark_node_free(document) }
        var walker = TreeWalker(
            columns: columns,
            options: options,
            extensions: cmark_parser_get_syntax_extensions(parser)
        )
        return walker.walk(document)
    }

    // MARK: Lectern's inline syntax extension

    /// Marks inline nodes as Lectern's: `\u{1}lectern KIND LINE COLUMN LENGTH INNER-OFFSET`,
    /// a newline, then the inner text.
    static let tagPrefix = "\u{1}lectern"
    /// `tagPrefix`'s bytes.
    static let tagPrefixBytes = Array(tagPrefix.utf8)

    fileprivate static func makeLecternExtension(mem: UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer? {
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
    /// node whose literal holds kind, position and inner text (see `tagPrefix`), or nil to let
    /// cmark treat the character as text.
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
        // An inline HTML node, because table cells accept only cmark's own inline types. Its
        // literal starts with a control character, which the raw-HTML scanner never accepts,
        // so it cannot be mistaken for the author's HTML.
        guard let node = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return nil }
        let line = cmark_inline_parser_get_line(inlineParser)
        let column = cmark_inline_parser_get_column(inlineParser)
        let innerBytes = UnsafeBufferPointer(rebasing: subject[match.inner])
        let fields = (Int(line), Int(column), match.end - position, match.inner.lowerBound - position)
        if innerBytes.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
            // The same literal assembled as bytes: interpolating the tag and joining strings was
            // most of the cost of each formula the parser met; the four numbers are written as
            // `String(_:)` writes them, without a string or an array each.
            var literal: [UInt8] = []
            literal.reserveCapacity(tagPrefixBytes.count + 64 + innerBytes.count)
            literal.append(contentsOf: tagPrefixBytes)
            literal.append(UInt8(ascii: " "))
            literal.append(contentsOf: match.kind.rawValue.utf8)
            for field in [fields.0, fields.1, fields.2, fields.3] {
                literal.append(UInt8(ascii: " "))
                appendDecimal(field, to: &literal)
            }
            literal.append(UInt8(ascii: "\n"))
            literal.append(contentsOf: innerBytes)
            literal.append(0)
            literal.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
            }
        } else {
            let inner = String(decoding: innerBytes, as: UTF8.self)
            let tag = "\(tagPrefix) \(match.kind.rawValue) \(fields.0) \(fields.1) \(fields.2) \(fields.3)"
            cmark_node_set_literal(node, tag + "\n" + inner)
        }
        cmark_inline_parser_set_offset(inlineParser, Int32(match.end))
        return node
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so that `Int.min` has one too.
        var rest = value.magnitude
        var divisor: UInt = 1
        while rest / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

extension CommonMarkConverter {
    /// `cmark_parser_finish(parser)`, one call at a time in the process. Every cmark-gfm parse
    /// in Lectern (and the GFM spec tests' reference parse) must finish through here.
    ///
    /// cmark-gfm 0.29 keeps the table of special inline characters in a global:
    /// `cmark_parser_finish` enters every attached extension's characters (`~`, `|`, Lectern's
    /// `$` and `{`) before it parses inlines and takes them out again after (`process_inlines`
    /// in blocks.c), so a parse finishing beside another could take the other's `~` or `$`
    /// away in mid-parse. The characters cannot simply be entered once and the extensions'
    /// lists emptied: the inline parser finds the extension that owns a delimiter through the
    /// same lists (`get_extension_for_special_char` in inlines.c), and with strikethrough's
    /// list empty a `~~a~~` sends `process_emphasis` round its loop for ever. Block parsing
    /// (`cmark_parser_feed`) and reading the finished tree do not read the table, so they run
    /// in parallel.
    static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        InlineParsing.lock.lock()
        defer { InlineParsing.lock.unlock() }
        return cmark_parser_finish(parser)
    }
}

/// The lock around cmark-gfm's inline parsing (see `CommonMarkConverter.finish(_:)`).
private enum InlineParsing {
    static let lock = NSLock()
}

/// cmark-gfm's extensions, looked up once for the process and only read after that: parses
/// attach them without touching cmark-gfm's registry (`cmark_gfm_core_extensions_ensure_registered`
/// registers without a lock, and `cmark_find_syntax_extension` walks a shared list).
struct SharedExtensions: @unchecked Sendable {
    // @unchecked: the extensions are never freed and, once `ready` is built, never written;
    // parses only read them.
    /// The GFM core extensions, in `CommonMarkConverter.gfmExtensions` order.
    let gfm: [OpaquePointer]
    /// Lectern's inline extension, one for the process (its callback keeps no state).
    let lectern: OpaquePointer?

    /// The extensions, built once on first use (Swift runs a static's initialiser once, under
    /// its own lock).
    static let ready = SharedExtensions()

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        gfm = CommonMarkConverter.gfmExtensions.compactMap { cmark_find_syntax_extension($0) }
        lectern = CommonMarkConverter.makeLecternExtension(mem: cmark_get_default_mem_allocator())
    }
}

/// What the inline scanner found.
struct InlineMatch {
    enum Kind: String, CaseIterable {
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
    /// The container of the last Lectern inline node, and where its next one may start
    /// (line, byte column), for relocating nodes whose cmark position drifted.
    var searchContainer: OpaquePointer?
    var searchFrom: (line: Int, byteColumn: Int)
    /// What turns cmark's line numbers, which count from the text's first line, into file
    /// lines: nonzero only for an excerpt such as a glossary definition.
    let lineOffset: Int
    /// cmark's line for the blank line an excerpt ends with, when more blank lines followed it
    /// in the file (`SourceText.blankLinesAfter`); 0 otherwise. A block still open at the end
    /// of the text ends on it, at column 0.
    let endOfTextLine: Int32
    /// The subtree being walked whose cmark positions the table extension left wrong, if any.
    var tableRegion: TableRegion?
    /// The header row still to come under a table whose paragraph was rebuilt.
    var pendingHeader: TableRegion?
    /// `tableRegion`'s and `pendingHeader`'s nodes: every node is compared with them, and
    /// comparing pointers spares copying the optional regions out each time.
    var tableRegionNode: OpaquePointer?
    var pendingHeaderNode: OpaquePointer?

    init(columns: SourceColumns, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) {
        self.columns = columns
        lineOffset = columns.firstLine - 1
        endOfTextLine = columns.source.blankLinesAfter > 0 ? Int32(clamping: columns.lastLine - columns.firstLine) : 0
        searchFrom = (columns.firstLine, 1)
        self.options = options
        self.extensions = extensions
    }

    /// One open container while walking.
    private struct Frame {
        var node: OpaquePointer
        var range: SourceRange
        var blocks: [Block<SourceStage>] = []
        var inlines: [Inline<SourceStage>] = []
        var items: [ListItem<SourceStage>] = []
        var cells: [TableCell<SourceStage>] = []
        var rows: [[TableCell<SourceStage>]] = []
        var header: [TableCell<SourceStage>] = []
    }

    mutating func walk(_ document: OpaquePointer) -> ([Block<SourceStage>], [Diagnostic]) {
        var footnotes = FootnoteNumbering(referenceIndices: Self.footnoteReferenceIndices(document))
        guard let iterator = cmark_iter_new(document) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        var stack: [Frame] = []
        var result: [Block<SourceStage>] = []
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
                    Self.append(leaf(node, type), to: &stack)
                    continue
                }
                if stack.count > CommonMarkConverter.maximumDepth, let parent = stack.last,
                   Self.acceptsOpaqueChild(cmark_node_get_type(parent.node), typeString(parent.node)) {
                    Self.append(opaque(node, type), to: &stack)
                    // Resetting to the node's exit event makes it the current event, so the
                    // next call moves past the whole subtree.
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                    continue
                }
                if type == CMARK_NODE_PARAGRAPH || node == pendingHeaderNode { enterTableRegion(node, type) }
                stack.append(Frame(node: node, range: range(of: node)))
            } else if event == CMARK_EVENT_EXIT {
                guard let frame = stack.popLast() else { continue }
                if node == tableRegionNode { (tableRegion, tableRegionNode) = (nil, nil) }
                if type == CMARK_NODE_DOCUMENT {
                    result = frame.blocks
                    break
                }
                Self.append(close(frame, type, &footnotes), to: &stack)
            }
        }
        return (footnotes.counted(result), diagnostics)
    }

    /// cmark-gfm numbers the references to a footnote (`fnref-1-2`) in source order, before it
    /// moves the definitions, and the references inside them, to the end of the document.
    private static func footnoteReferenceIndices(_ document: OpaquePointer) -> [FootnoteNumbering.Position: Int] {
        guard let iterator = cmark_iter_new(document) else { return [:] }
        defer { cmark_iter_free(iterator) }
        var references: [(position: FootnoteNumbering.Position, number: String)] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE else { continue }
            let number = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let position = FootnoteNumbering.Position(
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))
            )
            references.append((position, number))
        }
        guard !references.isEmpty else { return [:] }
        references.sort { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
        var counts: [String: Int] = [:]
        var indices: [FootnoteNumbering.Position: Int] = [:]
        for reference in references {
            let index = (counts[reference.number] ?? 0) + 1
            counts[reference.number] = index
            indices[reference.position] = index
        }
        return indices
    }

    private enum Built {
        case block(Block<SourceStage>)
        case inline(Inline<SourceStage>)
        case item(ListItem<SourceStage>)
        case cell(TableCell<SourceStage>)
        case row([TableCell<SourceStage>], header: Bool)
        case nothing
    }

    // Static: as a method it read the walker while `leaf` changed it, which copied the walker
    // for every leaf.
    private static func append(_ built: Built, to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        switch built {
        case .block(let block): stack[top].blocks.append(block)
        case .inline(let inline): stack[top].inlines.append(inline)
        case .item(let item): stack[top].items.append(item)
        case .cell(let cell): stack[top].cells.append(cell)
        case .row(let cells, let header):
            if header { stack[top].header = cells } else { stack[top].rows.append(cells) }
        case .nothing: break
        }
    }

    /// Adjacent text nodes on one line are merged (cmark splits text at every special
    /// character), which changes no HTML and lets later passes see `[[Term]]` in one piece.
    /// One pass with joined pieces keeps this linear for long runs of text nodes.
    private static func mergingTexts(_ inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>] {
        guard inlines.count > 1, hasMerge(inlines) else { return inlines }
        var result: [Inline<SourceStage>] = []
        result.reserveCapacity(inlines.count)
        var run: Text?
        var pieces: [String] = []
        func flush() {
            guard var text = run else { return }
            if pieces.count > 1 { text.text = pieces.joined() }
            result.append(.text(text))
            run = nil
            pieces.removeAll(keepingCapacity: true)
        }
        for inline in inlines {
            if case .text(let next) = inline {
                // Extended in place: copying the run out and back retained its strings each time.
                if run != nil, run!.range.end.line == next.range.start.line {
                    pieces.append(next.text)
                    run!.range.end = max(run!.range.end, next.range.end)
                    continue
                }
                flush()
                run = next
                pieces.append(next.text)
                continue
            }
            flush()
            result.append(inline)
        }
        flush()
        return result
    }

    /// Whether `mergingTexts` joins anything: some text follows a text ending on its first line.
    /// (Until the first join, the run is the previous text itself.) Most inline lists have none
    /// and are kept as they are, without building a copy.
    private static func hasMerge(_ inlines: [Inline<SourceStage>]) -> Bool {
        var previousEndLine: Int?
        for inline in inlines {
            guard case .text(let text) = inline else {
                previousEndLine = nil
                continue
            }
            if previousEndLine == text.range.start.line { return true }
            previousEndLine = text.range.end.line
        }
        return false
    }

    /// Inside a subtree cmark renders itself, Lectern's marked nodes become text again (the
    /// author's `$…$`), so that no marker reaches the page.
    private static func restoreLecternSource(in root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        var marked: [OpaquePointer] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE,
                  let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
                  literal.hasPrefix(CommonMarkConverter.tagPrefix) else { continue }
            marked.append(node)
        }
        cmark_iter_free(iterator)
        for node in marked {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            guard let newline = literal.firstIndex(of: "\n"),
                  let kind = literal[..<newline].split(separator: " ").dropFirst().first,
                  let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            let inner = literal[literal.index(after: newline)...]
            switch InlineMatch.Kind(rawValue: String(kind)) {
            case .inlineMath: cmark_node_set_literal(text, "$\(inner)$")
            case .displayMath: cmark_node_set_literal(text, "$$\(inner)$$")
            case .value: cmark_node_set_literal(text, "{=\(inner)}")
            case .text, nil: cmark_node_set_literal(text, String(inner))
            }
            cmark_node_replace(node, text)
            cmark_node_free(node)
        }
    }

    /// cmark gives line breaks no position: a break runs from the end of what precedes it to
    /// the start of the next line.
    private static func placingBreaks(_ inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>] {
        var result = inlines
        for index in result.indices where result[index].isBreak && result[index].range.start.line == 0 {
            guard index > 0 else { continue }
            let start = result[index - 1].range.end
            let end = SourceLocation(file: start.file, line: start.line + 1, column: 1)
            let range = SourceRange(start: start, end: end)
            result[index] = result[index].isSoftBreak ? .softBreak(range) : .lineBreak(range)
        }
        return result
    }

    /// Lists and tables only hold items, rows and cells, so a subtree is cut off below them.
    private static func acceptsOpaqueChild(_ type: cmark_node_type, _ typeString: String) -> Bool {
        type != CMARK_NODE_LIST && typeString != "table" && typeString != "table_row" && typeString != "table_header"
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

    /// The file line of cmark's `line`; 0, cmark's "no position", stays 0.
    private func fileLine(_ line: Int32, offset: Int) -> Int {
        line == 0 ? 0 : Int(line) + offset
    }

    /// What to add to cmark's lines for `node`: `lineOffset`, except inside a block cmark gave
    /// no position (the text above a table's header row), whose lines count from 0 wherever
    /// the block is. The walk places those through a `TableRegion`; only one cut off as opaque
    /// (nested too deep) keeps cmark's numbers, as it did when glossary definitions were parsed
    /// from blanked copies of the whole file.
    private func lineOffset(for node: OpaquePointer) -> Int {
        guard lineOffset != 0 else { return 0 }
        var current: OpaquePointer? = node
        while let candidate = current,
              cmark_node_get_type(candidate).rawValue & UInt32(CMARK_NODE_TYPE_MASK) != UInt32(CMARK_NODE_TYPE_BLOCK) {
            current = cmark_node_parent(candidate)
        }
        guard let block = current, cmark_node_get_start_line(block) != 0 else { return 0 }
        return lineOffset
    }

    /// Starts a `TableRegion` at a paragraph cmark-gfm rebuilt above a table's header row (the
    /// only paragraph it leaves without a line) and at that table's header row.
    private mutating func enterTableRegion(_ node: OpaquePointer, _ type: cmark_node_type) {
        if node == pendingHeaderNode {
            (tableRegion, tableRegionNode) = (pendingHeader, node)
            (pendingHeader, pendingHeaderNode) = (nil, nil)
            return
        }
        guard type == CMARK_NODE_PARAGRAPH, cmark_node_get_start_line(node) == 0,
              let table = cmark_node_next(node), typeString(table) == "table",
              let header = cmark_node_first_child(table) else { return }
        let offset = lineOffset(for: table)
        // The `|---|` row is the line before the first body row, or the table's last line.
        let delimiter = cmark_node_next(header).map { cmark_node_get_start_line($0) - 1 } ?? cmark_node_get_end_line(table)
        let positions = TableParagraphPositions(
            columns: columns,
            startLine: fileLine(cmark_node_get_start_line(table), offset: offset),
            startByteColumn: Int(cmark_node_get_start_column(table)),
            delimiterLine: fileLine(delimiter, offset: offset)
        )
        guard positions.hasParagraph else { return }
        (tableRegion, tableRegionNode) = (TableRegion(kind: .paragraph, node: node, positions: positions), node)
        (pendingHeader, pendingHeaderNode) = (TableRegion(kind: .header, node: header, positions: positions), header)
    }

    /// Whether `node` was still open at the end of an excerpt followed by blank lines in the
    /// file: in the whole file it would have run on over them.
    private func runsOnAfterText(_ node: OpaquePointer) -> Bool {
        endOfTextLine > 0 && cmark_node_get_end_line(node) == endOfTextLine && cmark_node_get_end_column(node) == 0
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        if tableRegionNode != nil, let region = tableRegion {
            return region.range(
                startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)),
                isRoot: region.node == node
            )
        }
        let runsOn = runsOnAfterText(node) ? columns.source.blankLinesAfter : 0
        let offset = lineOffset(for: node)
        return columns.range(
            startLine: fileLine(cmark_node_get_start_line(node), offset: offset),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: fileLine(cmark_node_get_end_line(node), offset: offset) + runsOn,
            endColumn: Int(cmark_node_get_end_column(node))
        )
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The literal of a fenced code or HTML block, with the blank lines it would have taken in
    /// after the end of an excerpt.
    private func blockLiteral(_ node: OpaquePointer) -> String {
        let text = literal(node)
        guard runsOnAfterText(node) else { return text }
        return text + String(repeating: "\n", count: columns.source.blankLinesAfter)
    }

    private func typeString(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private mutating func leaf(_ node: OpaquePointer, _ type: cmark_node_type) -> Built {
        let range = range(of: node)
        switch type {
        case CMARK_NODE_TEXT: return .inline(.text(Text(text: literal(node), range: range)))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            // Line 0 marks "no position from cmark"; `placingBreaks` fills it in.
            var range = range
            if cmark_node_get_start_line(node) == 0 {
                let nowhere = SourceLocation(file: columns.source.file, line: 0, column: 0)
                range = SourceRange(start: nowhere, end: nowhere)
            }
            return .inline(type == CMARK_NODE_SOFTBREAK ? .softBreak(range) : .lineBreak(range))
        case CMARK_NODE_CODE: return .inline(.code(Code(code: literal(node), range: range)))
        case CMARK_NODE_HTML_INLINE:
            guard let raw = cmark_node_get_literal(node) else { return .inline(.html(RawHTML(html: "", range: range))) }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw))
            // The author's inline HTML starts with `<`; only Lectern's tags start with a control character.
            if bytes.count >= CommonMarkConverter.tagPrefixBytes.count,
               LecternInlineTag.equal(bytes[..<CommonMarkConverter.tagPrefixBytes.count], CommonMarkConverter.tagPrefixBytes) {
                return lecternInline(node, literal: bytes)
            }
            return .inline(.html(RawHTML(html: String(decoding: bytes, as: UTF8.self), range: range)))
        case CMARK_NODE_HTML_BLOCK: return .block(.htmlBlock(RawHTML(html: blockLiteral(node), range: range)))
        case CMARK_NODE_THEMATIC_BREAK: return .block(.thematicBreak(range))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            var fenceLength: Int32 = 0
            var fenceOffset: Int32 = 0
            var fenceCharacter: CChar = 0
            let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0
            // An indented code block drops its trailing blank lines.
            let code = fenced ? blockLiteral(node) : literal(node)
            return .block(.codeBlock(CodeBlock(info: info, code: code, isFenced: fenced, range: range)))
        default: return .nothing
        }
    }

    private mutating func opaque(_ node: OpaquePointer, _ type: cmark_node_type) -> Built {
        let range = range(of: node)
        if !warnedDepth {
            warnedDepth = true
            diagnostics.append(.warning(
                MarkdownCodes.tooDeep,
                "markup nested more than \(CommonMarkConverter.maximumDepth) levels deep; Lectern constructs inside it are not recognised",
                at: range
            ))
        }
        Self.restoreLecternSource(in: node)
        var html = ""
        let renderOptions = options & ~CMARK_OPT_SOURCEPOS
        if let rendered = cmark_render_html(node, renderOptions, extensions) {
            html = String(cString: rendered)
            free(rendered)
        }
        let isInline = (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_INLINE)
        // cmark starts every block on a new line except a paragraph of a tight list item.
        var tightParagraph = false
        if type == CMARK_NODE_PARAGRAPH, let list = cmark_node_parent(node).flatMap(cmark_node_parent),
           cmark_node_get_type(list) == CMARK_NODE_LIST {
            tightParagraph = cmark_node_get_list_tight(list) != 0
        }
        let opaque = OpaqueHTML(html: html, startsOnNewLine: !isInline && !tightParagraph, range: range)
        return isInline ? .inline(.opaque(opaque)) : .block(.opaque(opaque))
    }

    // `consuming`: the frame just popped is moved in and changed in place; taken by value and
    // copied into a variable, its six arrays were retained and released for every node.
    private func close(_ frame: consuming Frame, _ type: cmark_node_type, _ footnotes: inout FootnoteNumbering) -> Built {
        frame.inlines = Self.placingBreaks(Self.mergingTexts(frame.inlines))
        let node = frame.node
        let range = frame.range
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return .block(.paragraph(Paragraph<SourceStage>(inlines: frame.inlines, range: range)))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return .block(.heading(Heading<SourceStage>(level: level, inlines: frame.inlines, anchor: "", range: range)))
        case CMARK_NODE_BLOCK_QUOTE:
            return .block(.blockQuote(BlockQuote<SourceStage>(blocks: frame.blocks, range: range)))
        case CMARK_NODE_LIST:
            let kind: ListKind
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
                kind = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
            } else {
                kind = .bullet
            }
            let tight = cmark_node_get_list_tight(node) != 0
            return .block(.list(ListBlock<SourceStage>(kind: kind, isTight: tight, items: frame.items, range: range)))
        case CMARK_NODE_ITEM:
            var task: Bool?
            if typeString(node) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(node)
            }
            return .item(ListItem<SourceStage>(task: task, blocks: frame.blocks, range: range))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark's range starts at the definition's content; it starts at its `[^label]:`.
            let (label, column) = FootnoteNumbering.labelAndColumn(at: range.start, in: columns)
            var range = range
            range.start.column = column
            return .block(.footnoteDefinition(FootnoteDefinition<SourceStage>(
                label: label, referenceCount: 0, blocks: frame.blocks, range: range
            )))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let number = Int(literal(node)) ?? 0
            let label = FootnoteNumbering.label(at: range.start, in: columns)
            let position = FootnoteNumbering.Position(
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))
            )
            return .inline(.footnoteReference(footnotes.reference(at: position, label: label, number: number, range: range)))
        case CMARK_NODE_EMPH:
            return .inline(.emphasis(Container<SourceStage>(inlines: frame.inlines, range: range)))
        case CMARK_NODE_STRONG:
            return .inline(.strong(Container<SourceStage>(inlines: frame.inlines, range: range)))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let link = Link<SourceStage>(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                inlines: frame.inlines,
                range: range
            )
            return type == CMARK_NODE_LINK ? .inline(.link(link)) : .inline(.image(link))
        default:
            break
        }
        switch typeString(node) {
        case "strikethrough":
            return .inline(.strikethrough(Container<SourceStage>(inlines: frame.inlines, range: range)))
        case "table_cell":
            return .cell(TableCell<SourceStage>(inlines: frame.inlines, range: range))
        case "table_header":
            return .row(frame.cells, header: true)
        case "table_row":
            return .row(frame.cells, header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [TableAlignment] = []
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
            return .block(.table(Table<SourceStage>(alignments: alignments, header: frame.header, rows: frame.rows, range: range)))
        default:
            // Unknown containers keep their content in place.
            if let first = frame.blocks.first {
                return .block(first)
            }
            return .nothing
        }
    }

    /// Rebuilds one of Lectern's inline nodes from the tag the match callback left on it.
    private static let inlineMathOpening = Array("$".utf8)
    private static let displayMathOpening = Array("$$".utf8)
    private static let valueOpening = Array("{=".utf8)

    private mutating func lecternInline(_ node: OpaquePointer, literal: UnsafeBufferPointer<UInt8>) -> Built {
        guard let tag = LecternInlineTag(literal) else { return .nothing }
        let (kind, byteColumn, length, innerOffset, inner) = (tag.kind, tag.byteColumn, tag.length, tag.innerOffset, tag.inner)
        // The inline parser's container is the nearest block ancestor (paragraph, heading, cell).
        var container = cmark_node_parent(node)
        while let current = container,
              cmark_node_get_type(current).rawValue & UInt32(CMARK_NODE_TYPE_MASK) != UInt32(CMARK_NODE_TYPE_BLOCK) {
            container = cmark_node_parent(current)
        }
        let offset = lineOffset == 0 ? 0 : container.map(lineOffset(for:)) ?? lineOffset
        var line = fileLine(Int32(clamping: tag.line), offset: offset)
        var containerLine = container.map { fileLine(cmark_node_get_start_line($0), offset: offset) } ?? line
        var containerColumn = container.map { Int(cmark_node_get_start_column($0)) } ?? byteColumn
        // Inside a table region the author's place is computed, not located from the container.
        var placedByte: Int?
        var regionLastLine: Int?
        if tableRegionNode != nil, let region = tableRegion {
            let place = region.place(line: tag.line, column: byteColumn)
            (line, placedByte) = (place.line, place.byteColumn)
            switch region.kind {
            case .paragraph:
                (containerLine, containerColumn) = (region.positions.startLine, region.positions.startByteColumn)
                regionLastLine = region.positions.headerLine - 1
            case .header:
                let start = container.map {
                    region.place(line: Int(cmark_node_get_start_line($0)), column: Int(cmark_node_get_start_column($0)))
                }
                (containerLine, containerColumn) = (start?.line ?? line, start?.byteColumn ?? place.byteColumn)
                regionLastLine = line
            }
        }
        if container != searchContainer {
            searchContainer = container
            searchFrom = (containerLine, containerColumn)
        }
        let locator = SnippetLocator(columns: columns, containerLine: containerLine, containerByteColumn: containerColumn)

        // cmark's inline line and column drift after link reference definitions, backslash line
        // breaks, multi-line link titles and NUL bytes; when the author's text at the computed
        // place is not this construct, it is looked up after the previous one.
        let opening: [UInt8]
        switch kind {
        case .inlineMath: opening = Self.inlineMathOpening
        case .displayMath: opening = Self.displayMathOpening
        case .value: opening = Self.valueOpening
        case .text: opening = []
        }
        // The first line of the construct, without splitting the rest of a long formula; joined
        // into one needle only for the search, which is rare.
        var startLine = line
        var startByte = placedByte ?? locator.sourceByteColumn(line: line, byteColumn: byteColumn)
        if !columns.matches(opening, tag.firstLine, line: startLine, byteColumn: startByte) {
            let lastLine = regionLastLine ?? container.map { fileLine(cmark_node_get_end_line($0), offset: offset) } ?? line
            let needle = opening + tag.firstLine
            if let found = columns.find(needle, fromLine: searchFrom.line, byteColumn: searchFrom.byteColumn, throughLine: max(lastLine, line)) {
                (startLine, startByte) = found
            }
        }
        let start = columns.location(line: startLine, byteColumn: startByte)
        let innerStart = columns.location(line: startLine, byteColumn: startByte + innerOffset)
        // Without a line feed the map has one segment, and the tag has counted the rest.
        let map = tag.hasLineFeed
            ? locator.map(for: inner, startingAt: innerStart, line: startLine)
            : SnippetMap(snippet: inner, segments: [SnippetMap.Segment(offset: 0, location: innerStart)],
                         scalarCount: tag.scalarCount, isPlain: tag.isPlain)
        // The closing delimiter is ASCII: one column per byte.
        let closing = length - innerOffset - inner.utf8.count
        var end = map.location(atScalarOffset: tag.scalarCount)
        end.column += closing
        if tag.lineCount == 1 {
            searchFrom = (startLine, startByte + length)
        } else {
            let endLine = startLine + tag.lineCount - 1
            let prefix = SnippetLocator.prefixLength(columns.lineBytes(endLine))
            searchFrom = (endLine, prefix + 1 + tag.lastLineByteCount + closing)
        }
        let range = SourceRange(start: start, end: end)
        switch kind {
        case .inlineMath, .displayMath:
            return .inline(.math(MathNode(tex: inner, display: kind == .displayMath, range: range, map: map)))
        case .value:
            return .inline(.value(InlineValueNode(inner: inner, range: range, map: map)))
        case .text:
            // Published as is, it would show raw TeX; most often a line inside the formula
            // started a list item or another block and cut the paragraph in two.
            diagnostics.append(UnclosedDisplayMath.diagnostic(at: range))
            return .inline(.text(Text(text: "$$", range: range)))
        }
    }
}
