import Diagnostics

/// Finds `[[Target]]` and `[[Target|text]]` in text nodes. cmark leaves unmatched brackets as
/// text, and code spans are separate nodes, so a glossary link is never found inside code.
/// Links inside link text are left alone (HTML cannot nest links).
struct GlossaryLinkRecognizer {
    let columns: SourceColumns
    /// The last line of the block being scanned.
    let blockEndLine: Int

    func apply(to inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>] {
        var result: [Inline<SourceStage>] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text) where text.text.contains("[["):
                result.append(contentsOf: split(text))
            case .emphasis(var node):
                node.inlines = apply(to: node.inlines)
                result.append(.emphasis(node))
            case .strong(var node):
                node.inlines = apply(to: node.inlines)
                result.append(.strong(node))
            case .strikethrough(var node):
                node.inlines = apply(to: node.inlines)
                result.append(.strikethrough(node))
            default:
                result.append(inline)
            }
        }
        return result
    }

    private func split(_ text: Text) -> [Inline<SourceStage>] {
        var pieces: [Inline<SourceStage>] = []
        let characters = Array(text.text)
        // The source line is read once per text node, not once per link: a line of thousands
        // of links was quadratic (5,800 links on one 35 KB line took 13 s).
        let line = Array(columns.lineText(text.range.start.line))
        var pending = ""
        var pendingStart = 0
        var index = 0
        func flush(upTo end: Int) {
            guard !pending.isEmpty else { return }
            var piece = text
            piece.text = pending
            piece.range = subrange(of: text, characters: characters, line: line, from: pendingStart, count: end - pendingStart)
            pieces.append(.text(piece))
            pending = ""
        }
        while index < characters.count {
            if characters[index] == "[", index + 1 < characters.count, characters[index + 1] == "[",
               let close = closing(characters, from: index + 2) {
                let inner = String(characters[(index + 2)..<close])
                let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let target = parts[0].trimmingBlanks
                let label = parts.count > 1 ? parts[1].trimmingBlanks : nil
                if !target.isEmpty, label?.isEmpty != true {
                    flush(upTo: index)
                    let range = subrange(of: text, characters: characters, line: line, from: index, count: close + 2 - index)
                    pieces.append(.glossaryLink(GlossaryLinkNode(target: target, text: label, range: range)))
                    index = close + 2
                    pendingStart = index
                    continue
                }
            }
            if pending.isEmpty { pendingStart = index }
            pending.append(characters[index])
            index += 1
        }
        flush(upTo: characters.count)
        return pieces
    }

    /// The index of the `]]` closing a link whose inside starts at `start`; brackets may not nest.
    private func closing(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "[" { return nil }
            if characters[index] == "]" {
                return characters[index + 1] == "]" ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// The author's range of `count` characters at character `offset` of a text node, when the
    /// node's text is what the author typed there (no escapes or entities). Otherwise (cmark's
    /// inline positions drift after link reference definitions) the same characters are looked
    /// up on the following lines of the block; failing that, the node's start is used.
    /// `characters` are the node's text and `line` its first source line, both as characters.
    private func subrange(of text: Text, characters: [Character], line: [Character], from offset: Int, count: Int) -> SourceRange {
        let startIndex = text.range.start.column - 1 + offset
        let expected = characters[min(offset, characters.count)..<min(offset + count, characters.count)]
        if startIndex >= 0, startIndex + count <= line.count, line[startIndex..<(startIndex + count)].elementsEqual(expected) {
            var start = text.range.start
            start.column += offset
            return SourceRange(start: start, length: count)
        }
        let needle = Array(String(expected).utf8)
        if let (foundLine, byteColumn) = columns.find(
            needle, fromLine: text.range.start.line, byteColumn: 1, throughLine: blockEndLine
        ) {
            let start = columns.location(line: foundLine, byteColumn: byteColumn)
            return SourceRange(start: start, length: count)
        }
        // Escapes and entities (`\!`, `&amp;`) make the author's text longer than the node's, so
        // the link's `[[` is at or after the same character offset; it ends at the next `]]`.
        if startIndex >= 0, startIndex < line.count,
           let open = (startIndex..<(line.count - 1)).first(where: { line[$0] == "[" && line[$0 + 1] == "[" }) {
            var start = text.range.start
            start.column = open + 1
            let close = ((open + 2)..<max(open + 2, line.count - 1)).first { line[$0] == "]" && line[$0 + 1] == "]" }
            var end = start
            end.column = (close ?? (line.count - 2)) + 3
            return SourceRange(start: start, end: end)
        }
        return SourceRange(start: text.range.start, length: count)
    }
}
