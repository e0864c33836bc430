import Diagnostics
import LecternMarkdown

/// Where a quiz text (question, option, explanation, hint) sits in the lesson, so that it can be
/// parsed as a small document of its own and its positions moved back to the author's file.
///
/// A text's lines are pieces of the author's lines with the quiz's markers (`- [x] `, `> `)
/// removed, so it is parsed as its own file; every position in it is then moved through the
/// text's map to the author's line and column.
struct QuizTextOrigin {
    /// The text as written, with its map to the author's file.
    let text: QuizText
    /// The text as a file of its own.
    let source: SourceText

    /// Each line of the text (split where `Character`s split it: at line feeds not ending a
    /// CR LF pair), read once so that moving a position does not walk the text again.
    private let lines: [Line]

    private struct Line {
        /// The scalar offset of the line's first character in the text.
        var scalarStart: Int
        /// The line's UTF-8 bytes in the text.
        var bytes: Range<Int>
        /// Whether the line is ASCII without carriage returns: then a column counts bytes.
        var isPlain: Bool
    }

    init(text: QuizText) {
        self.text = text
        // A file name no author file has, so a position can tell which file it is in.
        source = SourceText(file: (text.map.segments.first?.location.file ?? "") + "#quiz-text", text: text.markdown)
        lines = Self.lines(of: text.markdown)
    }

    private static func lines(of markdown: String) -> [Line] {
        // A native string's bytes are one buffer: a loop over it skips the string index work.
        markdown.utf8.withContiguousStorageIfAvailable(lines(ofBytes:)) ?? lines(ofBytes: Array(markdown.utf8))
    }

    private static func lines<Bytes: Collection<UInt8>>(ofBytes bytes: Bytes) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var scalarStart = 0
        var scalars = 0
        var isPlain = true
        var previous: UInt8 = 0
        var index = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(Line(scalarStart: scalarStart, bytes: start..<index, isPlain: isPlain))
                start = index + 1
                scalarStart = scalars + 1
                isPlain = true
            } else if byte >= 0x80 || byte == UInt8(ascii: "\r") {
                isPlain = false
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            previous = byte
            index += 1
        }
        lines.append(Line(scalarStart: scalarStart, bytes: start..<index, isPlain: isPlain))
        return lines
    }

    /// `diagnostic` with every range in the text's own file moved to the author's file.
    func remap(_ diagnostic: Diagnostic) -> Diagnostic {
        var result = diagnostic
        result.range = diagnostic.range.map(remap)
        result.notes = diagnostic.notes.map { note in
            var moved = note
            moved.range = note.range.map(remap)
            return moved
        }
        if var fixIt = diagnostic.fixIt {
            fixIt.range = remap(fixIt.range)
            result.fixIt = fixIt
        }
        return result
    }

    /// A range in the text's own file as a range in the author's file; other files pass through.
    func remap(_ range: SourceRange) -> SourceRange {
        guard range.file == source.file else { return range }
        let start = remap(range.start)
        let end = remap(range.end)
        return end.line == start.line && end.column >= start.column
            ? SourceRange(start: start, end: end)
            : SourceRange(start: start, length: 1)
    }

    /// A map into the text's own file as a map into the author's file: each segment starts on
    /// one line of the text, which is one piece of an author's line.
    func remap(_ map: SnippetMap) -> SnippetMap {
        SnippetMap(snippet: map.snippet, segments: map.segments.map {
            SnippetMap.Segment(offset: $0.offset, location: $0.location.file == source.file ? remap($0.location) : $0.location)
        })
    }

    private func remap(_ location: SourceLocation) -> SourceLocation {
        text.map.location(atScalarOffset: scalarOffset(line: location.line, column: location.column))
    }

    /// The scalar offset in the text of a 1-based line and character column. A line past the
    /// last is read as the last, and one before the first as the first.
    func scalarOffset(line: Int, column: Int) -> Int {
        let found = lines[min(max(line, 1), lines.count) - 1]
        guard found.isPlain else {
            let utf8 = text.markdown.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: found.bytes.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: found.bytes.upperBound)
            let prefix = text.markdown[start..<end].prefix(max(column - 1, 0))
            return found.scalarStart + prefix.unicodeScalars.count + max(column - 1 - prefix.count, 0)
        }
        // Bytes are characters and scalars; columns past the end of the line keep counting.
        return found.scalarStart + max(column - 1, 0)
    }

    /// `scalarOffset(line:column:)` as it was, walking the text's characters (for the tests).
    func scalarOffsetByCharacters(line: Int, column: Int) -> Int {
        var offset = 0
        var currentLine = 1
        var characters = text.markdown[...]
        while currentLine < line, let newline = characters.firstIndex(of: "\n") {
            offset += characters[..<newline].unicodeScalars.count + 1
            characters = characters[characters.index(after: newline)...]
            currentLine += 1
        }
        let lineText = characters.prefix { $0 != "\n" }
        let prefix = lineText.prefix(max(column - 1, 0))
        // Columns past the end of the line (an error at the end of input) keep counting.
        return offset + prefix.unicodeScalars.count + max(column - 1 - prefix.count, 0)
    }
}

/// Moves the leaves of a quiz text's tree (formulas, values, links) to the author's file, so
/// the Check pass reports their problems where the author wrote them.
struct QuizTextRelocation: TreeRewriter {
    typealias From = SourceStage
    typealias To = SourceStage

    let origin: QuizTextOrigin

    func math(_ node: MathNode) -> MathNode {
        MathNode(tex: node.tex, display: node.display, range: origin.remap(node.range), map: origin.remap(node.map))
    }

    func value(_ node: InlineValueNode) -> InlineValueNode {
        InlineValueNode(inner: node.inner, range: origin.remap(node.range), map: origin.remap(node.map))
    }

    func glossaryLink(_ node: GlossaryLinkNode) -> GlossaryLinkNode {
        var moved = node
        moved.range = origin.remap(node.range)
        return moved
    }

    func fence(_ node: FenceNode) -> FenceNode { node }
}
