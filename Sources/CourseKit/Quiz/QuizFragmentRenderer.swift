import Diagnostics

/// Renders a lesson's quizzes and worked examples through their templates
/// (`partials/quiz`, `partials/example`) before the lesson body is rendered.
package struct QuizFragmentRenderer: LessonFragmentRenderer {
    /// Creates the renderer.
    package init() {}

    /// The HTML of every checked quiz and worked example of `lesson`, by fence range.
    package func fragments(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> [SourceRange: HTML] {
        var fragments: [SourceRange: HTML] = [:]
        let calc = lesson.results.calc
        let markdown = HTMLRenderer(lectern: LessonNodeRenderer(results: lesson.results), allowHTML: context.course.config.allowHTML)
        for (index, checked) in calc.quizzes.enumerated() {
            let view = QuizRenderer.view(of: checked, number: index + 1, count: calc.quizzes.count) {
                markdown.render($0.document)
            }
            fragments[checked.quiz.range] = try context.renderer.render(view, template: "partials/quiz")
        }
        for (range, example) in calc.examples {
            fragments[range] = try context.renderer.render(ExampleRenderer.view(of: example.example), template: "partials/example")
        }
        return fragments
    }
}

/// The progress box after a lesson's body: how many quizzes are answered, "Mark as finished"
/// and "Reset progress" (the script fills and enables it; without script it only counts).
package struct LessonProgressAddOn: LessonPageAddOn {
    /// The view of `partials/lesson-progress`.
    struct View {
        var quizCount: Int
        var quizNoun: HTML
    }

    /// Creates the add-on.
    package init() {}

    /// The progress section of `lesson`.
    package func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        // An optional partial: template sets without it (older themes, tests) simply get no box.
        guard context.renderer.has("partials/lesson-progress") else { return nil }
        let count = lesson.results.calc.quizzes.count
        return try context.renderer.render(View(quizCount: count, quizNoun: HTML(trusted: count == 1 ? "quiz" : "quizzes")),
                                           template: "partials/lesson-progress")
    }
}
