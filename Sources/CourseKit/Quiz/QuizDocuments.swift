import Diagnostics

/// The Markdown texts of one quiz, each parsed as its own small document.
package struct QuizDocuments: Sendable {
    /// The question.
    package var question: QuizTextDocument
    /// Each option, in the author's order.
    package var options: [QuizTextDocument]
    /// The explanation, if any.
    package var explanation: QuizTextDocument?
    /// The hint, if any.
    package var hint: QuizTextDocument?

    /// Every document, in the order the texts appear to the reader.
    package var all: [QuizTextDocument] {
        [question] + options + [explanation, hint].compactMap { $0 }
    }

    /// Parses the texts of `quiz`; pseudo file names derive from the fence's line, unique in a course.
    package static func parse(_ quiz: Quiz) -> (QuizDocuments, [Diagnostic]) {
        let base = "\(quiz.range.file)#L\(quiz.range.start.line)"
        var diagnostics: [Diagnostic] = []
        func parse(_ text: QuizText, _ part: String) -> QuizTextDocument {
            let (document, problems) = QuizTextDocument.parse(text, pseudoFile: "\(base)/\(part)")
            diagnostics.append(contentsOf: problems)
            return document
        }
        let documents = QuizDocuments(
            question: parse(quiz.question, "question"),
            options: quiz.options.enumerated().map { parse($1.text, "option\($0 + 1)") },
            explanation: quiz.explanation.map { parse($0, "explanation") },
            hint: quiz.hint.map { parse($0, "hint") }
        )
        return (documents, diagnostics)
    }
}
