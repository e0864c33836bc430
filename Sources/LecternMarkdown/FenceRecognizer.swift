import Diagnostics

/// Turns fenced code blocks whose info string starts with `math`, `quiz`, `example` or `plot`
/// into Lectern nodes, with a map from body offsets back to the author's lines and columns.
struct FenceRecognizer {
    let columns: SourceColumns

    /// The Lectern node of a fence whose first info word is `math` (always) or one of `fenceWords`.
    func node(for code: CodeBlock, fenceWords: Set<String>) -> Block<SourceStage>? {
        guard let word = Self.firstWord(of: code.info) else { return nil }
        let arguments = Self.arguments(of: code.info)
        let bodyStartLine = code.range.start.line + 1
        let map = bodyMap(code.code, firstLine: bodyStartLine)
        if word == "math" {
            let tex = MySTMathFence.formula(code.code)
            let texMap = SnippetMap(snippet: tex, segments: map.segments)
            return .math(MathNode(tex: tex, display: true, range: code.range, map: texMap))
        }
        if word == "{math}" { return MySTMathFence.node(for: code, map: map) }
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

    /// The first word of an info string, as `split(whereSeparator: \.isWhitespace).first`
    /// finds it. An ASCII info string is read as bytes: splitting every fence's info string
    /// into `Character`s was a fifth of recognising the fence.
    static func firstWord(of info: String) -> Substring? {
        let utf8 = info.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return info.split(whereSeparator: \.isWhitespace).first }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) }
        guard let start = utf8.firstIndex(where: { !isBlank($0) }) else { return nil }
        let end = utf8[start...].firstIndex(where: isBlank) ?? utf8.endIndex
        return info[start..<end]
    }

    /// The info string after its leading run of non-blank characters, trimmed: what
    /// `drop(while: { !$0.isWhitespace }).trimmingBlanks` gives, read from the bytes of an
    /// ASCII info string (where a blank character is a blank byte).
    static func arguments(of info: String) -> String {
        let utf8 = info.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return info.drop(while: { !$0.isWhitespace }).trimmingBlanks }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) }
        guard let blank = utf8.firstIndex(where: isBlank),
              let start = utf8[blank...].firstIndex(where: { !isBlank($0) }),
              let last = utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(info[start...last])
    }

    /// A warning for a fence whose info word is one edit or so from a Lectern kind
    /// (```` ```qiuz ````), which would otherwise silently stay a code block.
    func misspelling(in code: CodeBlock, fenceWords: Set<String>) -> Diagnostic? {
        guard let word = Self.firstWord(of: code.info).map(String.init) else { return nil }
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
    ///
    /// Reads UTF-8 bytes; a line with a non-ASCII byte goes through `authorColumns(_:line:)`,
    /// which compares `Character`s as this did for every line (3 % of parsing a course).
    /// `byCharacters` sends every line there (the tests compare both ways).
    func bodyMap(_ body: String, firstLine: Int, byCharacters: Bool = false) -> SnippetMap {
        let lines = Self.lines(of: body)
        var segments: [SnippetMap.Segment] = []
        segments.reserveCapacity(lines.count)
        var offset = 0
        var line = firstLine
        for contentLine in lines {
            var content = contentLine
            if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
            let author = columns.lineBytes(line)
            let found: (column: Int, spaces: Int?)
            if !byCharacters, Self.isASCII(author), Self.isASCII(content) {
                found = asciiColumns(content, author: author, line: line)
            } else {
                found = authorColumns(Substring(String(decoding: content, as: UTF8.self)), line: line)
            }
            if let spaces = found.spaces {
                // A tab was partly consumed by the fence's indentation and its rest turned into
                // spaces: the spaces fall on the tab, the text after them is where it is.
                segments.append(SnippetMap.Segment(
                    offset: offset,
                    location: SourceLocation(file: columns.source.file, line: line, column: max(found.column - 1, 1))
                ))
                segments.append(SnippetMap.Segment(
                    offset: offset + spaces,
                    location: SourceLocation(file: columns.source.file, line: line, column: found.column)
                ))
            } else {
                segments.append(SnippetMap.Segment(
                    offset: offset,
                    location: SourceLocation(file: columns.source.file, line: line, column: found.column)
                ))
            }
            offset += contentLine.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } + 1
            line += 1
        }
        if segments.isEmpty {
            segments.append(SnippetMap.Segment(
                offset: 0, location: SourceLocation(file: columns.source.file, line: firstLine, column: 1)
            ))
        }
        return SnippetMap(snippet: body, segments: segments)
    }

    /// The lines of `body` split where `split(separator: "\n")` on `Character`s splits: at
    /// every line feed that does not end a CR LF pair; a final line break ends the last line.
    static func lines(of body: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(body.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) {
            lines.append(bytes[start..<index])
            start = index + 1
        }
        if start < bytes.count || !(bytes.last == UInt8(ascii: "\n") && (bytes.count == 1 || bytes[bytes.count - 2] != UInt8(ascii: "\r"))) {
            lines.append(bytes[start...])
        }
        return lines
    }

    /// `authorColumns(_:line:)` for an ASCII line of the body and of the author, where bytes
    /// and characters coincide.
    private func asciiColumns(_ content: ArraySlice<UInt8>, author: ArraySlice<UInt8>, line: Int) -> (column: Int, spaces: Int?) {
        if author.count >= content.count, author.suffix(content.count).elementsEqual(content) {
            return (author.count - content.count + 1, nil)
        }
        let unindented = content.drop { $0 == UInt8(ascii: " ") }
        if !unindented.isEmpty, author.count >= unindented.count, author.suffix(unindented.count).elementsEqual(unindented) {
            return (author.count - unindented.count + 1, content.count - unindented.count)
        }
        return (columns.column(line: line, byteColumn: SnippetLocator.prefixLength(author) + 1), nil)
    }

    /// The author's column of a body line's text `content` on `line`, and when a tab was split
    /// into spaces, how many spaces start `content` (the column is then that of the text after them).
    private func authorColumns(_ content: Substring, line: Int) -> (column: Int, spaces: Int?) {
        let author = columns.lineText(line)
        let unindented = content.drop(while: { $0 == " " })
        if author.hasSuffix(content) {
            return (author.count - content.count + 1, nil)
        } else if !unindented.isEmpty, author.hasSuffix(unindented) {
            return (author.count - unindented.count + 1, content.unicodeScalars.count - unindented.unicodeScalars.count)
        }
        return (columns.column(line: line, byteColumn: SnippetLocator.prefixLength(columns.lineBytes(line)) + 1), nil)
    }

    private static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}
