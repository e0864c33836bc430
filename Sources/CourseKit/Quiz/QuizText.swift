import Diagnostics

/// A piece of Markdown inside a quiz (question, option, explanation or hint) with its positions.
///
/// The text keeps the author's `{= …}` values and math; `map` turns offsets in it back into the
/// lesson's lines and columns.
package struct QuizText: Sendable {
    /// The Markdown source, lines joined with `\n`, container markers (`- [x] `, `> `) removed.
    package var markdown: String
    /// Maps scalar offsets in `markdown` to the author's file.
    package var map: SnippetMap

    /// Wraps a text and its map.
    package init(markdown: String, map: SnippetMap) {
        self.markdown = markdown
        self.map = map
    }

    /// The text with Markdown punctuation reduced, for ids and plain-text exports.
    package var plainText: String {
        var result = ""
        var lastWasSpace = false
        for character in markdown {
            if character.isWhitespace {
                if !lastWasSpace, !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else if "*_`".contains(character) {
                continue
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result.hasSuffix(" ") ? String(result.dropLast()) : result
    }

    /// Builds a text from pieces of the author's lines: each piece's text and the location of its first character.
    package init(lines: [(text: Substring, location: SourceLocation)]) {
        var markdown = ""
        var segments: [SnippetMap.Segment] = []
        segments.reserveCapacity(lines.count)
        var offset = 0
        // Scalars are counted and the text checked for ASCII without CR in one pass over the
        // bytes, which the map would otherwise make again.
        var plain = true
        for (index, line) in lines.enumerated() {
            if index > 0 {
                markdown.append("\n")
                offset += 1
            }
            segments.append(SnippetMap.Segment(offset: offset, location: line.location))
            markdown.append(contentsOf: line.text)
            for byte in line.text.utf8 {
                if byte & 0xC0 != 0x80 { offset += 1 }
                if byte >= 0x80 || byte == UInt8(ascii: "\r") { plain = false }
            }
        }
        if segments.isEmpty {
            segments = [SnippetMap.Segment(offset: 0, location: SourceLocation(file: "", line: 1, column: 1))]
        }
        self.init(markdown: markdown, map: SnippetMap(snippet: markdown, segments: segments, scalarCount: offset, isPlain: plain))
    }
}
