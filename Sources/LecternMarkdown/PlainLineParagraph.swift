import Diagnostics

/// A one-line text that cmark-gfm reads as a single paragraph of plain text, formulas (`$…$`,
/// `$$…$$`) and values (`{= …}`), built without cmark: the tree `MarkdownParser` gets through
/// cmark, node for node and range for range, and no diagnostics.
///
/// Most quiz texts are such lines (an option `0.5`, a question with one formula), and each one
/// parsed through cmark paid for a parser, its six extensions, the inline lock and a tree walk:
/// a third of parsing a quiz. What qualifies is kept narrow, so that cmark could make nothing
/// else of it: ASCII printable bytes on one line; a first byte that opens no block (no list
/// marker, heading, quote, fence, HTML or indented code); no blank at either end; and outside
/// formulas and values none of the bytes that start an inline construct of cmark-gfm (escapes,
/// entities, emphasis, code, links, images, footnotes, raw HTML, autolinks, strikethrough,
/// table pipes) nor `www.` or `:/` (the autolink extension's URLs). A text that does not
/// qualify, or whose `$$` opens nothing (a warning), returns nil and goes to cmark.
enum PlainLineParagraph {
    /// Longer lines gain nothing from the shortcut and are left to cmark.
    static let maximumLength = 4_096

    /// The document for `source`, or nil when it is not such a line.
    static func document(for source: SourceText) -> MarkdownDocument<SourceStage>? {
        var text = source.text
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return nil }
        let found = text.withUTF8 { bytes -> [Inline<SourceStage>]? in Self.inlines(in: bytes, file: source.file) }
        guard let found else { return nil }
        let range = SourceRange(start: location(0, source.file), end: location(text.utf8.count, source.file))
        return MarkdownDocument(blocks: [.paragraph(Paragraph(inlines: found, range: range))])
    }

    /// Line 1, the column of the byte at `offset` (a byte is a character in ASCII).
    private static func location(_ offset: Int, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: offset + 1)
    }

    /// The paragraph's inlines, or nil when the line does not qualify.
    private static func inlines(in bytes: UnsafeBufferPointer<UInt8>, file: String) -> [Inline<SourceStage>]? {
        guard opensNoBlock(bytes), let last = bytes.last, last != UInt8(ascii: " ") else { return nil }
        var inlines: [Inline<SourceStage>] = []
        var textStart: Int?
        func flush(upTo end: Int) {
            guard let start = textStart else { return }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            inlines.append(.text(Text(text: text, range: SourceRange(start: location(start, file), end: location(end, file)))))
            textStart = nil
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // The two bytes Lectern's inline extension answers; as in cmark, one it does not
            // match is text.
            if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "{") {
                let match = byte == UInt8(ascii: "$") ? InlineScanner.dollar(in: bytes, at: index) : InlineScanner.value(in: bytes, at: index)
                if let match {
                    guard let node = node(for: match, at: index, in: bytes, file: file) else { return nil }
                    flush(upTo: index)
                    inlines.append(node)
                    index = match.end
                    continue
                }
            } else if !isText(byte, at: index, in: bytes) {
                return nil
            }
            if textStart == nil { textStart = index }
            index += 1
        }
        flush(upTo: bytes.count)
        return inlines
    }

    /// The formula or value the extension's tag would have become (`TreeWalker.lecternInline`),
    /// or nil for an unclosed `$$` (a warning) or inner text that is not printable ASCII.
    private static func node(for match: InlineMatch, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> Inline<SourceStage>? {
        let innerBytes = UnsafeBufferPointer(rebasing: bytes[match.inner])
        guard match.kind != .text, innerBytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let inner = String(decoding: innerBytes, as: UTF8.self)
        let map = SnippetMap(snippet: inner, segments: [SnippetMap.Segment(offset: 0, location: location(match.inner.lowerBound, file))],
                             scalarCount: innerBytes.count, isPlain: true)
        let range = SourceRange(start: location(start, file), end: location(match.end, file))
        switch match.kind {
        case .inlineMath, .displayMath:
            return .math(MathNode(tex: inner, display: match.kind == .displayMath, range: range, map: map))
        case .value:
            return .value(InlineValueNode(inner: inner, range: range, map: map))
        case .text:
            return nil
        }
    }

    /// Whether the line's start opens no block: a letter, `(`, `$` or `{`; a digit not followed
    /// by an ordered list's `.` or `)` and a blank; a `-` or `+` before a digit (`-1` is text).
    private static func opensNoBlock(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if isLetter(first) || first == UInt8(ascii: "(") || first == UInt8(ascii: "$") || first == UInt8(ascii: "{") { return true }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { return bytes.count > 1 && isDigit(bytes[1]) }
        guard isDigit(first) else { return false }
        var index = 1
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return true }
        return index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: " ")
    }

    /// Whether the byte at `index`, outside formulas and values, is text to cmark-gfm whatever
    /// surrounds it.
    private static func isText(_ byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isLetter(byte) || isDigit(byte) {
            // `www.` starts an autolink; any case, to stay clear of the extension's rules.
            guard byte | 0x20 == UInt8(ascii: "w"), index + 3 < bytes.count else { return true }
            return !(bytes[index + 1] | 0x20 == UInt8(ascii: "w") && bytes[index + 2] | 0x20 == UInt8(ascii: "w")
                     && bytes[index + 3] == UInt8(ascii: "."))
        }
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "?"),
             UInt8(ascii: "!"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
             UInt8(ascii: "^"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: ">"):
            return true
        case UInt8(ascii: ":"):
            // `scheme://` is an autolink.
            return index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "/")
        default:
            return false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
