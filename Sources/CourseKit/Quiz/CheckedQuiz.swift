import Diagnostics
import LecternMarkdown

/// A quiz after the Check pass: its key's status and its texts with values and math checked.
///
/// A checked quiz sits twice in a checked lesson, in its tree and in the lesson's list of
/// quizzes; its parts are stored once, behind a reference, so that each place holds a pointer
/// instead of a copy of the quiz (about 800 bytes each, 16 MB at 10,000 lessons). The setters
/// replace the storage, so a changed copy never changes another.
package struct CheckedQuiz: Sendable {
    private final class Storage: Sendable {
        let quiz: Quiz
        let status: QuizStatus
        let texts: QuizTexts<CheckedStage>
        let variants: [CheckedQuizVariant]

        init(quiz: Quiz, status: QuizStatus, texts: QuizTexts<CheckedStage>, variants: [CheckedQuizVariant]) {
            self.quiz = quiz
            self.status = status
            self.texts = texts
            self.variants = variants
        }
    }

    private var storage: Storage

    /// The quiz as parsed.
    package var quiz: Quiz {
        get { storage.quiz }
        set { storage = Storage(quiz: newValue, status: status, texts: texts, variants: variants) }
    }
    /// What the check proved about the key.
    package var status: QuizStatus {
        get { storage.status }
        set { storage = Storage(quiz: quiz, status: newValue, texts: texts, variants: variants) }
    }
    /// The question, options, explanation and hint, checked (a parameterised quiz's first variant).
    package var texts: QuizTexts<CheckedStage> {
        get { storage.texts }
        set { storage = Storage(quiz: quiz, status: status, texts: newValue, variants: variants) }
    }
    /// Every variant proven, in order, for a parameterised quiz; empty for a plain quiz. `quiz`
    /// and `texts` are the first variant's.
    package var variants: [CheckedQuizVariant] {
        get { storage.variants }
        set { storage = Storage(quiz: quiz, status: status, texts: texts, variants: newValue) }
    }

    /// Gathers a checked quiz.
    package init(quiz: Quiz, status: QuizStatus, texts: QuizTexts<CheckedStage>, variants: [CheckedQuizVariant] = []) {
        storage = Storage(quiz: quiz, status: status, texts: texts, variants: variants)
    }

    /// Up to `limit` of the variants: the first, then a sample of the others seeded from the quiz
    /// id (so every export picks the same), in their order, so that a few show a range of values
    /// rather than the first draws of the product.
    package func variants(upTo limit: Int) -> [CheckedQuizVariant] {
        let count = variants.count
        guard limit < count else { return variants }
        var generator = SplitMix64(seed: StableHash.fnv1a(quiz.id, as: UInt64.self))
        var others = Array(1..<count)
        for slot in 0..<max(limit - 1, 0) {
            others.swapAt(slot, slot + Int(generator.next() % UInt64(others.count - slot)))
        }
        return ([0] + others.prefix(max(limit - 1, 0)).sorted()).map { variants[$0] }
    }

    /// The key as a reader would type it: the numeric or true/false answer as written; nil for choice quizzes.
    package var keyText: String? {
        switch quiz.answer?.value {
        case .number(let number)?: number.text
        case .boolean(let value)?: value ? "true" : "false"
        case .computed?, nil: nil
        }
    }
}

/// One variant of a parameterised quiz: its parameter values, its key and its texts.
package struct CheckedQuizVariant: Sendable {
    /// The parameters' values.
    package var bindings: QuizVariantBindings
    /// The quiz with this variant's computed answer filled in.
    package var quiz: Quiz
    /// What the check proved for this variant.
    package var status: QuizStatus
    /// The texts with this variant's values.
    package var texts: QuizTexts<CheckedStage>
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
