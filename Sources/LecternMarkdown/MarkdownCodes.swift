/// The stable codes of the diagnostics the Markdown parser reports.
package enum MarkdownCodes {
    /// Nesting deeper than the tree keeps (the rest is rendered by cmark-gfm as is).
    package static let tooDeep = "markdown.too-deep"
    /// `> [!KIND]` with a kind GitHub does not know.
    package static let unknownAlert = "markdown.unknown-alert"
    /// A fence whose info word is close to a Lectern block kind (```` ```qiuz ````).
    package static let unknownFence = "markdown.unknown-fence"
    /// A lesson larger than the parser accepts, or a table with more cells than it renders.
    package static let tooLarge = "markdown.too-large"
    /// A `$$` that opens display math and is never closed.
    package static let mathUnclosedDisplay = "math.unclosed-display"

    /// Every code, for the README's table check.
    package static let all = [tooDeep, unknownAlert, unknownFence, tooLarge, mathUnclosedDisplay]
}
