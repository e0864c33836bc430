import CourseKit

/// The progress box after a lesson's body: how many quizzes are answered, "Mark as finished"
/// and "Reset progress" (the script fills and enables it; without script it only counts).
package struct LessonProgressAddOn: LessonPageAddOn {
    /// The view of `partials/lesson-progress`.
    struct View: MustacheFields, Hashable {
        var quizCount: Int
        var quizNoun: HTML

        static let mustacheFields: [String: @Sendable (View) -> Any?] = [
            "quizCount": { MustacheNumber($0.quizCount) }, "quizNoun": { $0.quizNoun },
        ]
    }

    /// Creates the add-on.
    package init() {}

    /// The progress section of `lesson`.
    package func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        // An optional partial: template sets without it (older themes, tests) simply get no box.
        guard context.renderer.has("partials/lesson-progress") else { return nil }
        let count = lesson.quizzes.count
        // The box depends only on the count, so most lessons share one rendering.
        return try context.renderer.renderShared(View(quizCount: count, quizNoun: HTML(trusted: count == 1 ? "quiz" : "quizzes")),
                                                 template: "partials/lesson-progress")
    }
}

/// The "Related questions" section of a lesson page: the FAQ entries its front matter lists
/// under `faq:`, each a `<details>` that links to its entry on the FAQ page
/// (`partials/related-questions`).
package struct RelatedQuestions: LessonPageAddOn {
    /// One entry of the section.
    struct Entry: MustacheFields {
        var id: HTML
        var question: HTML
        var answer: HTML

        static let mustacheFields: [String: @Sendable (Entry) -> Any?] = [
            "id": { $0.id }, "question": { $0.question }, "answer": { $0.answer },
        ]
    }

    /// The view of `partials/related-questions`.
    struct View: MustacheFields {
        var entries: [Entry]

        static let mustacheFields: [String: @Sendable (View) -> Any?] = ["entries": { $0.entries }]
    }

    /// Creates the add-on.
    package init() {}

    /// The section, or nil when the lesson lists no (known) FAQ ids.
    package func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        let entries = lesson.lesson.frontMatter.faq.compactMap { context.course.faqEntry(id: $0.value) }
        guard !entries.isEmpty else { return nil }
        let writer = context.html(forPage: RenderContext.lessonPath(lesson.lesson.slug), links: .links)
        let view = View(entries: entries.map {
            Entry(id: .text($0.entry.id), question: .text($0.entry.question), answer: writer.render($0.answer))
        })
        var html = try context.renderer.render(view, template: "partials/related-questions").markup
        if html.hasSuffix("\n") { html.removeLast() }
        return HTML(trusted: html)
    }
}
