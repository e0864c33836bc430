import Diagnostics

/// The lesson check that runs Calc: inline values, values inside math, worked examples and
/// quizzes, in document order with one interpreter per lesson (see `LessonCalcRunner`).
///
/// It runs before the math check, which converts the TeX with the values substituted.
package struct CalcCheck: LessonCheck {
    /// Whether quizzes without `check:` are errors (`--strict`).
    package var strict: Bool

    /// `calc`.
    package var name: String { "calc" }

    /// Creates the check.
    package init(strict: Bool = false) {
        self.strict = strict
    }

    /// Runs the lesson's computations and records their results.
    package func check(_ context: inout LessonCheckContext) {
        let (results, counts, diagnostics) = LessonCalcRunner(strict: strict).run(
            Self.calcItems(context.items),
            items: { Self.calcItems(LecternNodeWalk.items(in: $0)) })
        context.diagnostics.append(contentsOf: diagnostics)
        for (range, text) in results.values {
            context.results.nodeHTML[range] = .text(text)
        }
        context.results.mathML.merge(results.mathML) { current, _ in current }
        context.results.calc = results
        context.results.quizCounts = counts
    }

    /// The constructs that compute, from the pipeline's walk.
    static func calcItems(_ items: [LecternNodeWalk.Item]) -> [LessonCalcRunner.Item] {
        items.compactMap { item in
            switch item {
            case .math(let node): .math(node)
            case .value(let node): .value(node)
            case .fence(let node): .fence(node)
            case .glossaryLink: nil
            }
        }
    }
}

/// The course check for quiz ids: each must be unique in the course, since progress is stored by id.
/// It also adds the quiz and example counts to the end-of-run report.
package struct QuizIDCheck: CourseCheck {
    /// `quiz-ids`.
    package var name: String { "quiz-ids" }

    /// Creates the check.
    package init() {}

    /// Reports every id used by an earlier quiz, and adds the quiz and example counts to the report.
    package func check(_ course: inout CheckedCourse, diagnostics: inout DiagnosticBag) {
        diagnostics.append(contentsOf: QuizID.duplicates(in: course.lessons.flatMap { $0.results.calc.quizzes.map(\.quiz) }))
        if let line = course.calcReportLine { course.reportLines.append(line) }
    }
}

extension CheckPass {
    /// The standard checks, with quizzes without `check:` made errors when `strict`.
    package static func standard(strict: Bool) -> CheckPass {
        CheckPass(
            lessonChecks: standardLessonChecks.map { $0 is CalcCheck ? CalcCheck(strict: strict) : $0 },
            courseChecks: standardCourseChecks)
    }
}

extension CheckedCourse {
    /// Quiz counts over the whole course, for the summary line.
    package var quizCounts: QuizCounts {
        lessons.reduce(QuizCounts()) { $0 + $1.results.quizCounts }
    }

    /// `quizzes: 4 checked, 1 unverified, 0 failed; examples: 2 run, 0 failed`, or nil when the
    /// course has neither.
    package var calcReportLine: String? {
        var parts: [String] = []
        let quizzes = quizCounts
        if quizzes.total > 0 {
            parts.append("quizzes: \(quizzes.verified) checked, \(quizzes.unverified) unverified, \(quizzes.failed) failed")
        }
        let examples = exampleCounts
        if examples.total > 0 {
            parts.append("examples: \(examples.total) run, \(examples.failed) failed")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// How many worked examples ran, and how many of them failed.
    package var exampleCounts: (total: Int, failed: Int) {
        lessons.reduce((0, 0)) { ($0.0 + $1.results.calc.exampleCount, $0.1 + $1.results.calc.failedExampleCount) }
    }
}
