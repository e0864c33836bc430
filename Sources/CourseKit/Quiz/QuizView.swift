import Diagnostics

/// What the quiz template (`partials/quiz.mustache`) receives: every text field is `HTML`,
/// author text already escaped or rendered from Markdown.
package struct QuizView: Sendable {
    /// One option's input and label.
    package struct Option: Sendable {
        package var inputType: HTML
        package var anchor: HTML
        /// The value the script compares with `key` (the option's index, or `true`/`false`).
        package var value: HTML
        package var html: HTML
    }

    /// The form's id, used by the step strip's links.
    package var anchor: HTML
    package var id: HTML
    package var kind: HTML
    /// Indexes of the correct options (`1` or `0,2`), the numeric key, or `true`/`false`.
    package var key: HTML
    /// The numeric tolerance, or empty.
    package var tolerance: HTML
    /// Position among the page's quizzes (1-based) and their count.
    package var number: Int
    package var count: Int
    /// The question's first paragraph, inline markup for the `<legend>`.
    package var legend: HTML
    /// Further question blocks after the first paragraph, if any.
    package var questionMore: HTML?
    package var options: [Option]
    package var hasOptions: Bool
    package var numeric: Bool
    package var hint: HTML?
    package var explanation: HTML?
    /// The key as shown in the no-script "Show answer" box.
    package var answer: HTML
}

/// What the worked-example template (`partials/example.mustache`) receives.
package struct ExampleView: Sendable {
    /// One line of the example: a statement line (with its prompt) or an output line.
    package struct Line: Sendable {
        package var isInput: Bool
        /// `>>>` or `...` for statement lines.
        package var prompt: HTML
        /// Escaped text.
        package var text: HTML
    }

    package var lines: [Line]
}

/// What the step strip (`partials/quiz-steps.mustache`) receives: one marker per quiz of the page.
package struct QuizStepsView: Sendable {
    /// One numbered marker.
    package struct Step: Sendable {
        package var number: Int
        package var anchor: HTML
        package var id: HTML
    }

    package var steps: [Step]
}
