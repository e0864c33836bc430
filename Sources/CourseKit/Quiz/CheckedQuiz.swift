import Diagnostics
import LecternMarkdown

/// A quiz after the Check pass: its key's status and its texts with values and math checked.
package struct CheckedQuiz: Sendable {
    /// The quiz as parsed.
    package var quiz: Quiz
    /// What the check proved about the key.
    package var status: QuizStatus
    /// The question, options, explanation and hint, checked.
    package var texts: QuizTexts<CheckedStage>

    /// The key as a reader would type it: the numeric or true/false answer as written; nil for choice quizzes.
    package var keyText: String? {
        switch quiz.answer?.value {
        case .number(let number)?: number.text
        case .boolean(let value)?: value ? "true" : "false"
        case nil: nil
        }
    }
}

/// What the check pass proved about a quiz's key.
package enum QuizStatus: String, Sendable, Hashable, Codable {
    /// The `check:` ran and agrees with the key.
    case verified
    /// A choice quiz whose `check:` is a boolean claim that holds: the claim is proven, but it
    /// says nothing about which option is marked, so the key itself is the author's word.
    case claimed
    /// No `check:`: the key is the author's word (reported in the summary; an error with `--strict`).
    case unverified
    /// The check did not run, or disagrees with the key (errors were reported).
    case failed
}
