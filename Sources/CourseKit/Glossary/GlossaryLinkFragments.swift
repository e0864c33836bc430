import Diagnostics

/// Renders a lesson's `[[…]]` links: a plain link to the glossary entry (works without
/// JavaScript) followed by a tooltip with the definition's first paragraph, shown on hover and
/// on keyboard focus by CSS alone and announced through `aria-describedby`.
package struct GlossaryLinkFragments: LessonFragmentRenderer {
    /// Creates the renderer.
    package init() {}

    /// The HTML of every resolvable glossary link of `lesson`.
    package func fragments(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> [SourceRange: HTML] {
        let extras = context.course.extras
        var fragments: [SourceRange: HTML] = [:]
        for case .glossaryLink(let link) in LecternNodeWalk.items(in: lesson.document) {
            guard let entry = extras.glossary.entry(for: link.target) else { continue }
            fragments[link.range] = Self.html(
                text: link.text ?? link.target, entry: entry, tooltip: extras.tooltips[entry.slug],
                root: RenderContext.root(of: RenderContext.lessonPath(lesson.lesson.slug)),
                id: "lectern-tip-\(link.range.start.line)-\(link.range.start.column)")
        }
        return fragments
    }

    /// The link and its tooltip; `id` must be unique on the page (the link's position is).
    package static func html(text: String, entry: GlossaryEntry, tooltip: HTML?, root: String, id: String) -> HTML {
        var html = "<span class=\"term\"><a class=\"term-link\" href=\"\(root)glossary.html#\(entry.slug)\""
        guard let tooltip else { return HTML(trusted: html + ">\(HTML.escape(text))</a></span>") }
        html += " aria-describedby=\"\(id)\">\(HTML.escape(text))</a>"
        html += "<span class=\"term-tip\" role=\"tooltip\" id=\"\(id)\"><strong class=\"term-tip-term\">\(HTML.escape(entry.term))</strong> \(tooltip.markup)</span></span>"
        return HTML(trusted: html)
    }
}
