/// Supplies the HTML of Lectern's constructs at one stage; `HTMLRenderer` renders everything else.
///
/// The site supplies a renderer for checked trees (MathML, quiz and example markup through
/// template partials); `PlaceholderNodeRenderer` shows the escaped source, for the parser's tests.
package protocol LeafRenderer: Sendable {
    /// The stage of the trees this renderer can render.
    associatedtype Stage: TreeStage

    /// A formula. Display math is a block and should end with a newline.
    func math(_ node: Stage.Math) -> String
    /// An inline value.
    func value(_ node: Stage.Value) -> String
    /// A glossary link.
    func glossaryLink(_ node: Stage.Link) -> String
    /// A Lectern fence (a block; should end with a newline).
    func fence(_ node: Stage.Fence) -> String
    /// A GitHub alert whose title (nil: none written) and content are already rendered.
    func alert(kind: AlertKind, titleHTML: String?, contentHTML: String) -> String
    /// What a formula contributes to plain text (an image's alt text).
    func plainText(math node: Stage.Math) -> String
    /// What a value contributes to plain text.
    func plainText(value node: Stage.Value) -> String
    /// What a glossary link contributes to plain text.
    func plainText(glossaryLink node: Stage.Link) -> String
}

/// Renders each Lectern construct as its escaped source in an element whose class names the
/// construct (`lectern-math`, `lectern-value`, …); alerts use GitHub's alert markup.
package struct PlaceholderNodeRenderer: LeafRenderer {
    package typealias Stage = SourceStage

    /// Creates the placeholder renderer.
    package init() {}

    package func math(_ math: MathNode) -> String {
        let kind = math.display ? "lectern-math lectern-display" : "lectern-math"
        return "<span class=\"\(kind)\">\(HTMLEscaping.text(math.tex))</span>"
    }

    package func value(_ value: InlineValueNode) -> String {
        "<span class=\"lectern-value\">\(HTMLEscaping.text(value.inner.trimmingBlanks))</span>"
    }

    package func glossaryLink(_ link: GlossaryLinkNode) -> String {
        "<span class=\"lectern-glossary\">\(HTMLEscaping.text(link.shownText))</span>"
    }

    package func fence(_ fence: FenceNode) -> String {
        "<pre class=\"lectern-\(HTMLEscaping.text(fence.word))\">\(HTMLEscaping.text(fence.body))</pre>\n"
    }

    package func alert(kind: AlertKind, titleHTML: String?, contentHTML: String) -> String {
        let title = titleHTML ?? kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        return "<div class=\"markdown-alert markdown-alert-\(kind.rawValue)\">\n"
            + "<p class=\"markdown-alert-title\">\(title)</p>\n"
            + contentHTML
            + "</div>\n"
    }

    package func plainText(math node: MathNode) -> String { node.tex }
    package func plainText(value node: InlineValueNode) -> String { node.inner.trimmingBlanks }
    package func plainText(glossaryLink node: GlossaryLinkNode) -> String { node.shownText }
}
