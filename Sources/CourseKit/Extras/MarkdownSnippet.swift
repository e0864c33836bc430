import Diagnostics
import TeXMath

/// Renders a piece of course-wide Markdown (a glossary definition, an FAQ answer) the way
/// lessons are rendered: math through TeXMath and `[[…]]` links to glossary entries, with
/// problems reported at the author's positions in the glossary or FAQ file.
package struct MarkdownSnippet: Sendable {
    /// How `[[…]]` links inside the snippet render.
    package enum TermLinks: Sendable {
        /// Links to `<root>glossary.html#slug`.
        case links(root: String)
        /// Plain text (inside a tooltip, where a nested link could not be reached).
        case text
    }

    /// Whether the author's raw HTML passes through (course.yml's `allow_html`).
    package var allowHTML: Bool
    /// The glossary `[[…]]` links resolve against; nil leaves them as placeholders.
    package var glossary: Glossary?

    /// Creates a renderer for snippets of one course.
    package init(allowHTML: Bool = false, glossary: Glossary?) {
        self.allowHTML = allowHTML
        self.glossary = glossary
    }

    /// The snippet's HTML and its problems. `source` is the whole file with lines outside the
    /// snippet blanked, so positions are file positions.
    package func render(_ source: SourceText, links: TermLinks) -> (html: HTML, diagnostics: [Diagnostic]) {
        let (document, parseDiagnostics) = MarkdownParser(allowHTML: allowHTML).parse(source)
        var diagnostics = parseDiagnostics
        var results = LessonResults()
        for item in LecternNodeWalk.items(in: document) {
            switch item {
            case .math(let node):
                let result = TeXMath.convert(node.tex, display: node.display)
                diagnostics += result.errors.map { $0.diagnostic(in: node.map) }
                if result.errors.isEmpty, let mathML = result.mathML { results.mathML[node.range] = mathML }
            case .glossaryLink(let node):
                let text = HTML.escape(node.text ?? node.target)
                guard let glossary else { continue }
                guard let entry = glossary.entry(for: node.target) else {
                    diagnostics.append(glossary.unknownTerm(node.target, at: node.range))
                    continue
                }
                switch links {
                case .links(let root):
                    results.nodeHTML[node.range] = HTML(trusted: "<a class=\"term-link\" href=\"\(root)glossary.html#\(entry.slug)\">\(text)</a>")
                case .text:
                    results.nodeHTML[node.range] = HTML(trusted: "<span class=\"term\">\(text)</span>")
                }
            case .value, .fence:
                continue
            }
        }
        let html = HTMLRenderer(lectern: LessonNodeRenderer(results: results), allowHTML: allowHTML).render(document)
        return (HTML(trusted: html), diagnostics)
    }

    /// The inner HTML of the first paragraph of `html` (a tooltip shows only that), or the
    /// whole plain text when there is no paragraph.
    package static func firstParagraph(of html: HTML) -> HTML {
        let markup = html.markup
        guard let open = markup.range(of: "<p>"), let close = markup[open.upperBound...].range(of: "</p>") else {
            return HTML.text(HTMLPlainText.from(html: markup))
        }
        return HTML(trusted: String(markup[open.upperBound..<close.lowerBound]))
    }
}
