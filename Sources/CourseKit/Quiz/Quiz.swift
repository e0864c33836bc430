import Diagnostics

/// One quiz as the author wrote it in a ```` ```quiz ```` fence, structurally valid.
///
/// Produced by `QuizParser`; the key is not proven yet (that is `QuizChecker`'s job).
package struct Quiz: Sendable {
    /// Stable id for progress storage and links: the author's `id:` or one derived from the question.
    package var id: String
    /// Where the id came from: the `id:` value, or nil when derived.
    package var idRange: SourceRange?
    /// Single choice, multiple answer, numeric or true/false.
    package var kind: QuizKind
    /// The question paragraphs (Markdown).
    package var question: QuizText
    /// The options of a choice quiz, in the author's order; empty for numeric and true/false.
    package var options: [QuizOption]
    /// The key of a numeric or true/false quiz.
    package var answer: QuizAnswer?
    /// The Calc statements that prove the key; nil when the quiz is unverified.
    package var check: QuizCheck?
    /// The author's explicit `tolerance:`, if any.
    package var tolerance: QuizField<Double>?
    /// The explanation shown after answering (Markdown), if any.
    package var explanation: QuizText?
    /// The hint shown on request (Markdown), if any.
    package var hint: QuizText?
    /// The whole fence, for diagnostics about the quiz as a whole.
    package var range: SourceRange
    /// The `params:`, `constraint:` and `variants:` of a parameterised quiz; nil for a plain one.
    package var parameters: QuizParameters? = nil

    /// The tolerance a numeric answer is checked with: explicit, or half a unit of its last written digit.
    package var effectiveTolerance: Double? {
        if let tolerance { return tolerance.value }
        if case .number(let number)? = answer?.value { return number.impliedTolerance }
        return nil
    }
}

/// The four kinds of quiz DESIGN.md describes.
package enum QuizKind: String, Sendable, Hashable, Codable {
    /// Options with exactly one marked `[x]`.
    case singleChoice = "single"
    /// Options with several marked.
    case multipleAnswer = "multiple"
    /// `answer:` is a number.
    case numeric
    /// `answer:` is `true` or `false`.
    case trueFalse = "true-false"
}

/// A value the author wrote in a field, with where it was written.
package struct QuizField<T: Sendable>: Sendable {
    /// The parsed value.
    package var value: T
    /// The value's text in the author's file.
    package var range: SourceRange
}

/// The key of a numeric or true/false quiz.
package struct QuizAnswer: Sendable {
    /// The key's value.
    package enum Value: Sendable, Hashable {
        case number(QuizNumber)
        case boolean(Bool)
        /// `answer: {= expression}`: a number computed for each variant (see `QuizVariantChecker`).
        case computed(InlineValueSource)
    }

    /// The key.
    package var value: Value
    /// Where the answer's value is written.
    package var range: SourceRange
}

/// Calc text written in a quiz field (`check:`, `params:`, `constraint:`), with a map back to
/// the author's lines.
package struct QuizCheck: Sendable {
    /// Calc source: one line per written line, continuation indentation removed.
    package var source: String
    /// Maps scalar offsets in `source` to the author's file.
    package var map: SnippetMap
    /// The field's name, for notes saying where a computed value came from.
    package var range: SourceRange
}
