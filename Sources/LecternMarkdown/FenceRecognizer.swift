import Diagnostics

/// Turns fenced code blocks whose info string starts with `math`, `quiz`, `example` or `plot`
/// into Lectern nodes, with a map from body offsets back to the author's lines and columns.
struct FenceRecognizer {
    let columns: SourceColumns

    /// The Lectern node of a fence whose first info word is `math` (always) or one of `fenceWords`.
    func node(for code: CodeBlock, fenceWords: Set<String>) -> Block<SourceStage>? {
        let words = code.info.split(whereSeparator: \.isWhitespace)
        guard let word = words.first else { return nil }
        let arguments = code.info.drop(while: { !$0.isWhitespace }).trimmingBlanks
        let bodyStartLine = code.range.start.line + 1
        let map = bodyMap(code.code, firstLine: bodyStartLine)
        if word == "math" {
            var tex = code.code
            if tex.hasSuffix("\n") { tex.removeLast() }
            let texMap = SnippetMap(snippet: tex, segments: map.segments)
            return .math(MathNode(tex: tex, display: true, range: code.range, map: texMap))
        }
        guard fenceWords.contains(String(word)) else { return nil }
        return .fence(FenceNode(
            word: String(word),
            arguments: arguments,
            body: code.code,
            range: code.range,
            bodyMap: map,
            bodyStartLine: bodyStartLine
        ))
    }

    /// A warning for a fence whose info word is one edit or so from a Lectern kind
    /// (```` ```qiuz ````), which would otherwise silently stay a code block.
    func misspelling(in code: CodeBlock, fenceWords: Set<String>) -> Diagnostic? {
        guard let word = code.info.split(whereSeparator: \.isWhitespace).first.map(String.init) else { return nil }
        let kinds = ["math"] + fenceWords.sorted()
        guard !kinds.contains(word),
              let suggestion = Suggestion.closest(to: word.lowercased(), among: kinds, limit: .thirdOfCandidate) else { return nil }
        let opening = columns.lineText(code.range.start.line)
        let fenceColumn = code.range.start.column
        let infoOffset = opening.dropFirst(fenceColumn - 1).prefix { $0 == "`" || $0 == "~" }.count
            + opening.dropFirst(fenceColumn - 1).drop { $0 == "`" || $0 == "~" }.prefix { $0 == " " || $0 == "\t" }.count
        let start = SourceLocation(file: code.range.file, line: code.range.start.line, column: fenceColumn + infoOffset)
        return .warning(
            MarkdownCodes.unknownFence,
            "unknown block '\(word)' is shown as code; did you mean '\(suggestion)'?",
            at: SourceRange(start: start, length: word.count),
            fixIt: FixIt(range: SourceRange(start: start, length: word.count), replacement: suggestion))
    }

    /// One segment per body line. cmark removed the container prefix and up to the fence's own
    /// indentation from each line, so the line's text is a suffix of the author's line; where a
    /// tab was split into spaces it is not, and the first non-blank column is used instead.
    private func bodyMap(_ body: String, firstLine: Int) -> SnippetMap {
        var segments: [SnippetMap.Segment] = []
        var offset = 0
        var line = firstLine
        for contentLine in body.split(separator: "\n", omittingEmptySubsequences: false).dropLast(body.hasSuffix("\n") ? 1 : 0) {
            var content = Substring(contentLine)
            if content.hasSuffix("\r") { content = content.dropLast() }
            let author = columns.lineText(line)
            let column: Int
            let unindented = content.drop(while: { $0 == " " })
            if author.hasSuffix(content) {
                column = author.count - content.count + 1
            } else if !unindented.isEmpty, author.hasSuffix(unindented) {
                // A tab was partly consumed by the fence's indentation and its rest turned into
                // spaces: the spaces fall on the tab, the text after them is where it is.
                let textColumn = author.count - unindented.count + 1
                let spaces = content.unicodeScalars.count - unindented.unicodeScalars.count
                segments.append(SnippetMap.Segment(
                    offset: offset,
                    location: SourceLocation(file: columns.source.file, line: line, column: max(textColumn - 1, 1))
                ))
                segments.append(SnippetMap.Segment(
                    offset: offset + spaces,
                    location: SourceLocation(file: columns.source.file, line: line, column: textColumn)
                ))
                offset += contentLine.unicodeScalars.count + 1
                line += 1
                continue
            } else {
                column = columns.column(line: line, byteColumn: SnippetLocator.prefixLength(columns.lineBytes(line)) + 1)
            }
            segments.append(SnippetMap.Segment(
                offset: offset,
                location: SourceLocation(file: columns.source.file, line: line, column: column)
            ))
            offset += contentLine.unicodeScalars.count + 1
            line += 1
        }
        if segments.isEmpty {
            segments.append(SnippetMap.Segment(
                offset: 0, location: SourceLocation(file: columns.source.file, line: firstLine, column: 1)
            ))
        }
        return SnippetMap(snippet: body, segments: segments)
    }
}
