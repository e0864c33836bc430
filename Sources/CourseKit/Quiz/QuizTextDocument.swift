import Diagnostics

/// A quiz text parsed as a small Markdown document of its own, and the way back to the lesson.
///
/// The text is parsed under a pseudo file name (`lessons/x.md#quiz-id/question`) so that the
/// ranges of its math and `{= … }` nodes are unique keys among the lesson's results; `remap`
/// turns a diagnostic about it into one at the author's line and column.
package struct QuizTextDocument: Sendable {
    /// The parsed text.
    package var document: MarkdownDocument
    /// The pseudo file its ranges name.
    package var pseudoFile: String
    /// The text as written, with its map to the author's file.
    package var text: QuizText

    /// Parses `text`, reporting Markdown problems at the author's positions.
    package static func parse(_ text: QuizText, pseudoFile: String) -> (QuizTextDocument, [Diagnostic]) {
        let (document, diagnostics) = MarkdownParser().parse(SourceText(file: pseudoFile, text: text.markdown))
        let parsed = QuizTextDocument(document: document, pseudoFile: pseudoFile, text: text)
        return (parsed, diagnostics.map(parsed.remap))
    }

    /// `diagnostic` with every range in the pseudo file moved to the author's file.
    package func remap(_ diagnostic: Diagnostic) -> Diagnostic {
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

    /// A range in the pseudo file as a range in the author's file; other files pass through.
    package func remap(_ range: SourceRange) -> SourceRange {
        guard range.file == pseudoFile else { return range }
        let start = remap(range.start)
        let end = remap(range.end)
        return end.line == start.line && end.column >= start.column
            ? SourceRange(start: start, end: end)
            : SourceRange(start: start, length: 1)
    }

    private func remap(_ location: SourceLocation) -> SourceLocation {
        text.map.location(atScalarOffset: scalarOffset(line: location.line, column: location.column))
    }

    /// The scalar offset in the text of a 1-based line and character column.
    private func scalarOffset(line: Int, column: Int) -> Int {
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
