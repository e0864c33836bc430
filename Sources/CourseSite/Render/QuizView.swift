import CourseKit
import Diagnostics

/// What the quiz template (`partials/quiz.mustache`) receives: every text field is `HTML`,
/// author text already escaped or rendered from Markdown.
package struct QuizView: Sendable {
    /// One option's input and label.
    package struct Option: Sendable {
        /// `radio` or `checkbox`.
        package var inputType: HTML
        /// The form's id, which names the input group.
        package var anchor: HTML
        /// The value the script compares with `key` (the option's index, or `true`/`false`).
        package var value: HTML
        /// The option's rendered text (inline markup when it is one paragraph).
        package var html: HTML
    }

    /// The form's id, used by the step strip's links.
    package var anchor: HTML
    /// The quiz id, for progress storage.
    package var id: HTML
    /// The kind as `data-kind` (`single`, `multiple`, `numeric`, `true-false`).
    package var kind: HTML
    /// Indexes of the correct options (`1` or `0,2`), the numeric key, or `true`/`false`.
    package var key: HTML
    /// The numeric tolerance, or empty.
    package var tolerance: HTML
    /// Position among the page's quizzes (1-based) and their count.
    package var number: Int
    /// How many quizzes the page has.
    package var count: Int
    /// The question's first paragraph, inline markup for the `<legend>`.
    package var legend: HTML
    /// Further question blocks after the first paragraph, if any.
    package var questionMore: HTML?
    /// The options (two for true/false, none for numeric).
    package var options: [Option]
    /// Whether there are options to list.
    package var hasOptions: Bool
    /// Whether the quiz takes a typed number.
    package var numeric: Bool
    /// The rendered hint, if any.
    package var hint: HTML?
    /// The rendered explanation, if any.
    package var explanation: HTML?
    /// The key as shown in the no-script "Show answer" box.
    package var answer: HTML
    /// A parameterised quiz's variants as JSON for the script (`QuizVariantsJSON`); nil for a plain quiz.
    package var variants: HTML? = nil
}

/// What the worked-example template (`partials/example.mustache`) receives.
package struct ExampleView: Sendable, Hashable {
    /// One line of the example: a statement line (with its prompt) or an output line.
    package struct Line: Sendable, Hashable {
        /// Whether the line is a statement (else an output line).
        package var isInput: Bool
        /// `>>>` or `...` for statement lines.
        package var prompt: HTML
        /// Escaped text.
        package var text: HTML
    }

    /// Statement and output lines in order.
    package var lines: [Line]
}

/// What the step strip (`partials/quiz-steps.mustache`) receives: one marker per quiz of the page.
package struct QuizStepsView: Sendable {
    /// One numbered marker.
    package struct Step: Sendable {
        /// The 1-based number shown in the marker.
        package var number: Int
        /// The form's id, which names the input group.
        package var anchor: HTML
        /// The quiz id, for progress storage.
        package var id: HTML
    }

    /// One marker per quiz, in page order.
    package var steps: [Step]
}

extension QuizView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (QuizView) -> Any?] = [
        "anchor": { $0.anchor },
        "id": { $0.id },
        "kind": { $0.kind },
        "key": { $0.key },
        "tolerance": { $0.tolerance },
        "number": { MustacheNumber($0.number) },
        "count": { MustacheNumber($0.count) },
        "legend": { $0.legend },
        "questionMore": { $0.questionMore },
        "options": { $0.options },
        "hasOptions": { $0.hasOptions },
        "numeric": { $0.numeric },
        "hint": { $0.hint },
        "explanation": { $0.explanation },
        "answer": { $0.answer },
        "variants": { $0.variants },
    ]
}

extension QuizView.Option: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (QuizView.Option) -> Any?] = [
        "inputType": { $0.inputType },
        "anchor": { $0.anchor },
        "value": { $0.value },
        "html": { $0.html },
    ]
}

extension ExampleView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (ExampleView) -> Any?] = [
        "lines": { $0.lines },
    ]
}

extension ExampleView.Line: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (ExampleView.Line) -> Any?] = [
        "isInput": { $0.isInput },
        "prompt": { $0.prompt },
        "text": { $0.text },
    ]
}

extension QuizStepsView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (QuizStepsView) -> Any?] = [
        "steps": { $0.steps },
    ]
}

extension QuizStepsView.Step: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (QuizStepsView.Step) -> Any?] = [
        "number": { MustacheNumber($0.number) },
        "anchor": { $0.anchor },
        "id": { $0.id },
    ]
}
