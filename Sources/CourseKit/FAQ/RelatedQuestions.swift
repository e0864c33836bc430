/// The "Related questions" section of a lesson page: the FAQ entries its front matter lists
/// under `faq:`, each a `<details>` that links to its entry on the FAQ page.
package struct RelatedQuestions: LessonPageAddOn {
    /// Creates the add-on.
    package init() {}

    /// The section, or nil when the lesson lists no (known) FAQ ids.
    package func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        let extras = context.course.extras
        let entries = lesson.lesson.frontMatter.faq.compactMap { extras.faq.entry(id: $0.value) }
        guard !entries.isEmpty else { return nil }
        var html = "<section class=\"related-questions\" aria-labelledby=\"lectern-related-questions\">\n"
        html += "<h2 id=\"lectern-related-questions\">Related questions</h2>\n"
        for entry in entries {
            html += "<details class=\"faq-entry\" id=\"lectern-faq-\(entry.id)\">\n"
            html += "<summary>\(HTML.escape(entry.question))</summary>\n"
            html += "<div class=\"faq-answer\">\n\(extras.lessonAnswers[entry.id]?.markup ?? "")"
            html += "<p class=\"faq-permalink\"><a href=\"../faq.html#\(entry.id)\">This question in the FAQ</a></p>\n</div>\n</details>\n"
        }
        return HTML(trusted: html + "</section>")
    }
}
