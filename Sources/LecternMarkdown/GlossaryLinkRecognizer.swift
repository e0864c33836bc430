import Diagnostics
import Foundation

/// Finds `[[Target]]` and `[[Target|text]]` in text nodes. cmark leaves unmatched brackets as
/// text, and code spans are separate nodes, so a glossary link is never found inside code.
/// Links inside link text are left alone (HTML cannot nest links).
struct GlossaryLinkRecognizer {
    let columns: SourceColumns
    /// The last line of the block being scanned.
    let blockEndLine: Int

    func apply(to inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>] {
        applied(to: inlines) ?? inlines
    }

    /// `inlines` with their glossary links cut out, or nil when nothing in them changes: most
    /// blocks have no `[[`, and are then kept as they are instead of copied node by node.
    func applied(to inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>]? {
        var result: [Inline<SourceStage>] = []
        var changed = false
        for (index, inline) in inlines.enumerated() {
            let replacement: [Inline<SourceStage>]?
            switch inline {
            case .text(let text) where Self.containsOpening(text.text):
                replacement = split(text)
            case .emphasis(var node):
                replacement = applied(to: node.inlines).map { inner in
                    node.inlines = inner
                    return [.emphasis(node)]
                }
            case .strong(var node):
                replacement = applied(to: node.inlines).map { inner in
                    node.inlines = inner
                    return [.strong(node)]
                }
            case .strikethrough(var node):
                replacement = applied(to: node.inlines).map { inner in
                    node.inlines = inner
                    return [.strikethrough(node)]
                }
            default:
                replacement = nil
            }
            guard let replacement else {
                if changed { result.append(inline) }
                continue
            }
            if !changed {
                // The first change: everything before it is kept as it was.
                changed = true
                result.reserveCapacity(inlines.count + replacement.count)
                result.append(contentsOf: inlines[..<index])
            }
            result.append(contentsOf: replacement)
        }
        return changed ? result : nil
    }

    /// Whether `text` has `[[`. Foundation's search (which the non-ASCII case keeps) compares
    /// composed character sequences; in ASCII text that is comparing bytes. The bytes are
    /// searched with `memchr` for a `[`: most text nodes have none, and stepping through a
    /// string's bytes one index at a time was 0.3 % of building a course.
    static func containsOpening(_ text: String) -> Bool {
        // No `[[` in the bytes means none among the characters; one found among non-ASCII bytes
        // may belong to a combining sequence, which Foundation decides.
        let found = text.utf8.withContiguousStorageIfAvailable(Self.openingInBytes) ?? Self.openingInArray(Array(text.utf8))
        return found == .ascii || (found == .nonASCII && text.contains("[["))
    }

    /// What the bytes say about `[[`.
    private enum BytesOpening { case none, ascii, nonASCII }

    /// Whether two `[` bytes follow each other in `bytes`, and if so whether all of them are ASCII.
    private static func openingInBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> BytesOpening {
        guard let base = bytes.baseAddress else { return .none }
        var offset = 0
        while offset + 1 < bytes.count,
              let hit = memchr(base + offset, Int32(UInt8(ascii: "[")), bytes.count - offset - 1) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[index + 1] == UInt8(ascii: "[") { return bytes.allSatisfy { $0 < 0x80 } ? .ascii : .nonASCII }
            offset = index + 1
        }
        return .none
    }

    /// `openingInBytes` for a string without contiguous storage.
    private static func openingInArray(_ bytes: [UInt8]) -> BytesOpening {
        bytes.withUnsafeBufferPointer(openingInBytes)
    }

    /// The text node cut into text and glossary links. Columns count characters; where the node
    /// and its source line are ASCII, bytes are characters and the scan reads bytes, sparing an
    /// array of `Character`s for each (1.5 % of parsing a course). `byCharacters` always scans
    /// characters (the tests compare both ways).
    func split(_ text: Text, byCharacters: Bool = false) -> [Inline<SourceStage>] {
        let lineBytes = columns.lineBytes(text.range.start.line)
        let bytes = Array(text.text.utf8)
        if !byCharacters, Self.isASCII(bytes), Self.isASCII(lineBytes) {
            return split(text, units: bytes, line: Array(lineBytes), open: UInt8(ascii: "["), close: UInt8(ascii: "]"),
                         bar: UInt8(ascii: "|"), string: { String(decoding: $0, as: UTF8.self) })
        }
        // The source line is read once per text node, not once per link: a line of thousands
        // of links was quadratic (5,800 links on one 35 KB line took 13 s).
        return split(text, units: Array(text.text), line: Array(columns.lineText(text.range.start.line)), open: "[",
                     close: "]", bar: "|", string: { String($0) })
    }

    private static func isASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// `split(_:)` over the node's `units` (characters, or bytes of ASCII text) and its first
    /// source `line` in the same units.
    private func split<Unit: Equatable>(_ text: Text, units: [Unit], line: [Unit], open: Unit, close: Unit, bar: Unit,
                                        string: (ArraySlice<Unit>) -> String) -> [Inline<SourceStage>] {
        var pieces: [Inline<SourceStage>] = []
        // The text not yet emitted runs from `pendingStart` to the scan position.
        var pendingStart: Int?
        var index = 0
        func flush(upTo end: Int) {
            guard let start = pendingStart else { return }
            var piece = text
            piece.text = string(units[start..<end])
            piece.range = subrange(of: text, units: units, line: line, open: open, close: close, string: string,
                                   from: start, count: end - start)
            pieces.append(.text(piece))
            pendingStart = nil
        }
        while index < units.count {
            if units[index] == open, index + 1 < units.count, units[index + 1] == open,
               let closeIndex = closing(units, from: index + 2, open: open, close: close) {
                // Cut at the first `|` among the units, as splitting the inner text's characters
                // at `"|"` once did, without making the inner text first.
                let inner = units[(index + 2)..<closeIndex]
                let barIndex = inner.firstIndex(of: bar)
                let target = string(inner[..<(barIndex ?? closeIndex)]).trimmingBlanks
                let label = barIndex.map { string(units[($0 + 1)..<closeIndex]).trimmingBlanks }
                if !target.isEmpty, label?.isEmpty != true {
                    flush(upTo: index)
                    let range = subrange(of: text, units: units, line: line, open: open, close: close, string: string,
                                         from: index, count: closeIndex + 2 - index)
                    pieces.append(.glossaryLink(GlossaryLinkNode(target: target, text: label, range: range)))
                    index = closeIndex + 2
                    continue
                }
            }
            if pendingStart == nil { pendingStart = index }
            index += 1
        }
        flush(upTo: units.count)
        return pieces
    }

    /// The index of the `]]` closing a link whose inside starts at `start`; brackets may not nest.
    private func closing<Unit: Equatable>(_ units: [Unit], from start: Int, open: Unit, close: Unit) -> Int? {
        var index = start
        while index + 1 < units.count {
            if units[index] == open { return nil }
            if units[index] == close {
                return units[index + 1] == close ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// The author's range of `count` units at unit `offset` of a text node, when the node's
    /// text is what the author typed there (no escapes or entities). Otherwise (cmark's inline
    /// positions drift after link reference definitions) the same text is looked up on the
    /// following lines of the block; failing that, the node's start is used. `units` are the
    /// node's text and `line` its first source line, both as characters (or both as bytes of
    /// ASCII text, where a byte is a character).
    private func subrange<Unit: Equatable>(of text: Text, units: [Unit], line: [Unit], open: Unit, close: Unit,
                                           string: (ArraySlice<Unit>) -> String, from offset: Int, count: Int) -> SourceRange {
        let startIndex = text.range.start.column - 1 + offset
        let expected = units[min(offset, units.count)..<min(offset + count, units.count)]
        if startIndex >= 0, startIndex + count <= line.count, line[startIndex..<(startIndex + count)].elementsEqual(expected) {
            var start = text.range.start
            start.column += offset
            return SourceRange(start: start, length: count)
        }
        let needle = Array(string(expected).utf8)
        if let (foundLine, byteColumn) = columns.find(
            needle, fromLine: text.range.start.line, byteColumn: 1, throughLine: blockEndLine
        ) {
            let start = columns.location(line: foundLine, byteColumn: byteColumn)
            return SourceRange(start: start, length: count)
        }
        // Escapes and entities (`\!`, `&amp;`) make the author's text longer than the node's, so
        // the link's `[[` is at or after the same offset; it ends at the next `]]`.
        if startIndex >= 0, startIndex < line.count,
           let openIndex = (startIndex..<(line.count - 1)).first(where: { line[$0] == open && line[$0 + 1] == open }) {
            var start = text.range.start
            start.column = openIndex + 1
            let closeIndex = ((openIndex + 2)..<max(openIndex + 2, line.count - 1)).first { line[$0] == close && line[$0 + 1] == close }
            var end = start
            end.column = (closeIndex ?? (line.count - 2)) + 3
            return SourceRange(start: start, end: end)
        }
        return SourceRange(start: text.range.start, length: count)
    }
}
