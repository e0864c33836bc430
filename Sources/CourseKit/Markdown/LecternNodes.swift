import Diagnostics

/// Math: `$…$` (inline), `$$…$$` or a ```` ```math ```` fence (display).
package struct MathNode: Sendable, Hashable {
    /// The TeX source between the delimiters, verbatim (line breaks kept).
    package var tex: String
    /// Display math (`$$…$$`, ```` ```math ````) or inline math (`$…$`).
    package var display: Bool
    /// The whole construct, delimiters included.
    package var range: SourceRange
    /// Maps a Unicode scalar offset in `tex` to the author's line and column.
    package var map: SnippetMap
}

/// An inline computed value: `{= sigmoid(1) :.4f}`.
package struct InlineValueNode: Sendable, Hashable {
    /// The Calc expression, trimmed.
    package var expression: String
    /// The format spec after the last top-level ` :`, trimmed (`.4f`), or nil.
    package var format: String?
    /// The whole construct, braces included.
    package var range: SourceRange
    /// Maps a Unicode scalar offset in `expression` to the author's line and column.
    package var map: SnippetMap
}

/// A glossary link: `[[ReLU]]` or `[[ReLU|rectified units]]`.
package struct GlossaryLinkNode: Sendable, Hashable {
    /// The glossary term the link points at, trimmed.
    package var target: String
    /// The text to show instead of the target, or nil.
    package var text: String?
    /// The whole construct, brackets included.
    package var range: SourceRange
}

/// A fenced block Lectern interprets: ```` ```quiz ````, ```` ```example ```` or ```` ```plot ````.
package struct FenceNode: Sendable, Hashable {
    /// Which construct the fence holds.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case quiz, example, plot
    }
    /// The fence's kind, from the first word of its info string.
    package var kind: Kind
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

/// A GitHub alert: a block quote opened by `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
/// or `[!CAUTION]` (any case), optionally followed by a title on the same line.
package struct AlertNode: Sendable, Hashable {
    /// The alert's kind.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case note, tip, important, warning, caution
    }
    /// The alert's kind.
    package var kind: Kind
    /// The title after the marker (`> [!TIP] Tutor` gives "Tutor"), as inlines; nil without one.
    package var title: [Inline]?
    /// The alert's content after the marker line.
    package var blocks: [Block]
    /// Where the alert is.
    package var range: SourceRange
}

/// Any Lectern construct, as handed to a `LecternNodeRenderer`.
package enum LecternNode: Sendable, Hashable {
    case math(MathNode)
    case value(InlineValueNode)
    case glossaryLink(GlossaryLinkNode)
    case fence(FenceNode)
    /// An alert; `titleHTML` and `contentHTML` are already rendered.
    case alert(AlertNode, titleHTML: String?, contentHTML: String)
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
        lhs.expression == rhs.expression && lhs.format == rhs.format && lhs.range == rhs.range
            && lhs.map.segments == rhs.map.segments
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(expression)
        hasher.combine(format)
        hasher.combine(range)
        hasher.combine(map.segments)
    }
}

extension FenceNode {
    package static func == (lhs: FenceNode, rhs: FenceNode) -> Bool {
        lhs.kind == rhs.kind && lhs.arguments == rhs.arguments && lhs.body == rhs.body
            && lhs.range == rhs.range && lhs.bodyStartLine == rhs.bodyStartLine
            && lhs.bodyMap.segments == rhs.bodyMap.segments
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(body)
        hasher.combine(range)
        hasher.combine(bodyMap.segments)
    }
}
