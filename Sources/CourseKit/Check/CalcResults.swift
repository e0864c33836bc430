import Diagnostics

/// What running a lesson's Calc gave: inline values, math with values substituted, worked
/// examples and quizzes, keyed by each construct's range (quiz texts by their pseudo-file ranges).
package struct CalcResults: Sendable {
    /// The formatted text of each inline value that evaluated.
    package var values: [SourceRange: String] = [:]
    /// Math whose TeX contained `{= … }`: the TeX with the values in, and its map to the author's file.
    package var mathSources: [SourceRange: (tex: String, map: SnippetMap)] = [:]
    /// MathML of the formulas inside quiz texts (the lesson's own formulas are the math check's).
    package var mathML: [SourceRange: String] = [:]
    /// Each worked example, by its fence's range.
    package var examples: [SourceRange: CheckedExample] = [:]
    /// The lesson's quizzes in reading order (only structurally valid ones).
    package var quizzes: [CheckedQuiz] = []
    /// How many worked examples ran.
    package var exampleCount = 0
    /// How many worked examples had a mismatch or an error.
    package var failedExampleCount = 0

    /// Empty results.
    package init() {}

    /// The checked quiz of the fence at `range`, if it parsed.
    package func quiz(at range: SourceRange) -> CheckedQuiz? {
        quizzes.first { $0.quiz.range == range }
    }
}

/// Quiz counts for the `lectern check` summary.
package struct QuizCounts: Sendable, Hashable {
    /// Quizzes whose key the check proved.
    package var verified = 0
    /// Quizzes without `check:`.
    package var unverified = 0
    /// Quizzes that are malformed or whose check failed.
    package var failed = 0

    /// Counts as given.
    package init(verified: Int = 0, unverified: Int = 0, failed: Int = 0) {
        self.verified = verified
        self.unverified = unverified
        self.failed = failed
    }

    /// All quizzes counted.
    package var total: Int { verified + unverified + failed }

    /// The counts of two lessons together.
    package static func + (lhs: QuizCounts, rhs: QuizCounts) -> QuizCounts {
        QuizCounts(verified: lhs.verified + rhs.verified, unverified: lhs.unverified + rhs.unverified, failed: lhs.failed + rhs.failed)
    }
}
