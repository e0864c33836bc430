import Diagnostics

/// Math: `$…$` (inline), `$$…$$` or a ```` ```math ```` fence (display).
package struct MathNode: SourceNode, Hashable {
    /// The TeX source between the delimiters, verbatim (line breaks kept).
    package var tex: String
    /// Display math (`$$…$$`, ```` ```math ````) or inline math (`$…$`).
    package var display: Bool
    /// The whole construct, delimiters included.
    package var range: SourceRange
    /// Maps a Unicode scalar offset in `tex` to the author's line and column.
    package var map: SnippetMap

    /// Creates a formula node.
    package init(tex: String, display: Bool, range: SourceRange, map: SnippetMap) {
        self.tex = tex
        self.display = display
        self.range = range
        self.map = map
    }
}

/// An inline computed value: `{= sigmoid(1) :.4f}`, as found by `InlineValueSyntax`.
///
/// The Markdown parser only finds where a value is; Calc's `InlineValue` grammar splits the
/// text into expression and format.
package struct InlineValueNode: SourceNode, Hashable {
    /// The text between `{=` and the closing `}`, verbatim.
    package var inner: String
    /// The whole construct, braces included.
    package var range: SourceRange
    /// Maps a Unicode scalar offset in `inner` to the author's line and column.
    package var map: SnippetMap

    /// Creates a value node.
    package init(inner: String, range: SourceRange, map: SnippetMap) {
        self.inner = inner
        self.range = range
        self.map = map
    }
}

/// A glossary link: `[[ReLU]]` or `[[ReLU|rectified units]]`.
package struct GlossaryLinkNode: SourceNode, Hashable {
    /// The glossary term the link points at, trimmed.
    package var target: String
    /// The text to show instead of the target, or nil.
    package var text: String?
    /// The whole construct, brackets included.
    package var range: SourceRange

    /// What the reader sees: the link's own text, else its target.
    package var shownText: String { text ?? target }
}

/// A fenced block Lectern interprets (```` ```quiz ````, ```` ```example ````, ```` ```plot ````):
/// one whose info word is among the parser's `fenceWords`.
package struct FenceNode: SourceNode, Hashable {
    /// The first word of the info string: which construct the fence holds.
    package var word: String
    /// The rest of the info string after the kind word, trimmed (often empty).
    package var arguments: String
    /// The body with the fence's indentation removed; every line ends with a newline.
    package var body: String
    /// The whole fence, opening and closing lines included.
    package var range: SourceRange
    /// Maps a Unicode scalar offset in `body` to the author's line and column.
    package var bodyMap: SnippetMap
    /// The author's line of the body's first line (the line after the opening fence).
    package var bodyStartLine: Int
}

// SnippetMap is not Hashable; nodes compare its snippet and segments, which define it.
extension MathNode {
    package static func == (lhs: MathNode, rhs: MathNode) -> Bool {
        lhs.tex == rhs.tex && lhs.display == rhs.display && lhs.range == rhs.range
            && lhs.map.segments == rhs.map.segments
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(tex)
        hasher.combine(display)
        hasher.combine(range)
        hasher.combine(map.segments)
    }
}

extension InlineValueNode {
    package static func == (lhs: InlineValueNode, rhs: InlineValueNode) -> Bool {
        lhs.inner == rhs.inner && lhs.range == rhs.range && lhs.map.segments == rhs.map.segments
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(inner)
        hasher.combine(range)
        hasher.combine(map.segments)
    }
}

extension FenceNode {
    package static func == (lhs: FenceNode, rhs: FenceNode) -> Bool {
        lhs.word == rhs.word && lhs.arguments == rhs.arguments && lhs.body == rhs.body
            && lhs.range == rhs.range && lhs.bodyStartLine == rhs.bodyStartLine
            && lhs.bodyMap.segments == rhs.bodyMap.segments
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(word)
        hasher.combine(body)
        hasher.combine(range)
        hasher.combine(bodyMap.segments)
    }
}
