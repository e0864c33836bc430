/// Supplies the HTML of Lectern's constructs; `HTMLRenderer` renders everything else.
///
/// The site pass supplies real renderers (MathML for math, quiz and example markup for fences);
/// `PlaceholderNodeRenderer` shows the escaped source, for tests and previews.
package protocol LecternNodeRenderer: Sendable {
    /// The HTML for `node`. Block nodes (display fences, alerts) should end with a newline.
    func html(for node: LecternNode) -> String
}

/// Renders each Lectern construct as its escaped source in an element whose class names the
/// construct (`lectern-math`, `lectern-value`, …); alerts use GitHub's alert markup.
package struct PlaceholderNodeRenderer: LecternNodeRenderer {
    /// Creates the placeholder renderer.
    package init() {}

    /// The placeholder HTML for `node`.
    package func html(for node: LecternNode) -> String {
        switch node {
        case .math(let math):
            let kind = math.display ? "lectern-math lectern-display" : "lectern-math"
            return "<span class=\"\(kind)\">\(HTMLEscaping.text(math.tex))</span>"
        case .value(let value):
            let format = value.format.map { " :\($0)" } ?? ""
            return "<span class=\"lectern-value\">\(HTMLEscaping.text(value.expression + format))</span>"
        case .glossaryLink(let link):
            return "<span class=\"lectern-glossary\">\(HTMLEscaping.text(link.text ?? link.target))</span>"
        case .fence(let fence):
            return "<pre class=\"lectern-\(fence.kind.rawValue)\">\(HTMLEscaping.text(fence.body))</pre>\n"
        case .alert(let alert, let titleHTML, let contentHTML):
            let title = titleHTML ?? alert.kind.rawValue.prefix(1).uppercased() + alert.kind.rawValue.dropFirst()
            return "<div class=\"markdown-alert markdown-alert-\(alert.kind.rawValue)\">\n"
                + "<p class=\"markdown-alert-title\">\(title)</p>\n"
                + contentHTML
                + "</div>\n"
        }
    }
}
