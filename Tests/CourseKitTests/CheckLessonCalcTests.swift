import Calc
import Diagnostics
import Testing
@testable import CourseKit

@Suite("Lesson Calc runner")
struct CheckLessonCalcTests {
    @Test func valuesSeeOnlyBindingsMadeBeforeThem() {
        let lesson = """
        Too early: {= w :g}.

        ```example
        >>> w = 4
        ```

        In time: {= w * 2 :g}.
        """
        let (results, _, diagnostics) = runLesson(lesson)
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@1:15"])
        #expect(results.values.sorted() == ["8"])
    }

    @Test func examplesShareBindingsAndQuizChecksDoNotLeak() {
        let lesson = """
        ```example
        >>> a = 3
        ```

        ```quiz
        What is a + 1?
        answer: 4
        check: b = a + 1
               b
        ```

        Still unbound: {= b :g}
        """
        let (_, counts, diagnostics) = runLesson(lesson)
        #expect(counts == QuizCounts(verified: 1))
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@12:19"])
    }

    @Test func aValueInsideMathIsSubstitutedIntoTheTeX() throws {
        let (results, _, diagnostics) = runLesson("Here $\\sigma(0) = {= sigmoid(0) :.1f}$ holds.\n")
        #expect(diagnostics.isEmpty)
        let source = try #require(results.mathSources.first)
        #expect(source.tex == "\\sigma(0) = 0.5")
        // Offsets after the value map back to the author's text: the formula starts at column 7.
        #expect(source.map.location(atScalarOffset: 0) == SourceLocation(file: "lesson.md", line: 1, column: 7))
        #expect(source.map.location(atScalarOffset: 12) == SourceLocation(file: "lesson.md", line: 1, column: 19))
    }

    @Test func anErrorInsideAValueInsideMathPointsAtTheAuthorsColumn() {
        let (_, _, diagnostics) = runLesson("Math $x = {= nope(0) }$.\n")
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@1:14"])
    }

    @Test func aBadFormatSpecIsReported() {
        let (_, _, diagnostics) = runLesson("Value {= 1 :q}.\n")
        #expect(diagnostics.map(\.code) == ["calc.bad-format"])
        #expect(diagnostics.first?.range?.start.line == 1)
    }

    @Test func valueErrorsInsideAQuizTextPointIntoTheLesson() {
        let lesson = """
        # Title

        ```quiz
        Is {= sigmod(0) } a half?

        answer: true
        check: sigmoid(0) == 0.5
        ```
        """
        let (_, counts, diagnostics) = runLesson(lesson)
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@4:7"])
        #expect(counts == QuizCounts(failed: 1))
    }

    @Test func mathErrorsInsideAQuizTextPointIntoTheLesson() {
        let lesson = """
        ```quiz
        What is $\\frac1{2}}$?
        - [x] 0.5
        - [ ] 2
        check: 1 / 2
        ```
        """
        let (_, _, diagnostics) = runLesson(lesson)
        #expect(diagnostics.map(\.code) == ["math.unbalanced-brace"] || diagnostics.allSatisfy { $0.range?.start.line == 2 })
        #expect(diagnostics.allSatisfy { $0.range?.file == "lesson.md" })
    }

    @Test func aFailingExampleIsCountedAndStillBindsWhatRan() {
        let lesson = """
        ```example
        >>> k = 2
        >>> k * 2
        5
        ```

        {= k :g}
        """
        let (results, _, diagnostics) = runLesson(lesson)
        #expect(diagnostics.map(\.where_) == ["example.mismatch@4:1"])
        #expect(results.exampleCount == 1)
        #expect(results.failedExampleCount == 1)
        #expect(results.values.sorted() == ["2"])
    }

    @Test func aFailingExampleInsideAListItemPointsAtTheExpectedOutput() {
        let lesson = """
        1. Try it:

           ```example
           >>> sigmoid(0)
           0.6
           ```
        """
        let (results, _, diagnostics) = runLesson(lesson)
        // The expected output "0.6" is on line 5, after the item's three columns of indentation.
        #expect(diagnostics.map(\.where_) == ["example.mismatch@5:4"])
        #expect(results.failedExampleCount == 1)
    }

    @Test func exampleLinesInsideAQuoteInAListKeepTheirOwnColumns() {
        // The quote marker is followed by a space on the statement's line but not on the
        // output's, so the two body lines start at different columns of the lesson.
        let lesson = """
        - Try it:

          > ```example
          > >>> relu(-1) + 1
          >2
          > ```
        """
        let (_, _, diagnostics) = runLesson(lesson)
        #expect(diagnostics.map(\.where_) == ["example.mismatch@5:4"])
    }

    @Test func malformedQuizzesAreCountedAsFailed() {
        let (results, counts, _) = runLesson("```quiz\nNo options?\n```\n")
        #expect(counts == QuizCounts(failed: 1))
        #expect(results.quizzes.isEmpty)
    }
}

/// Calc work is budgeted per lesson and per build, counting work (not time), so the same
/// course always stops at the same place.
@Suite struct CalcBudgetTests {
    private func check(lessons: Int, budget: WorkBudget) throws -> [Diagnostic] {
        var files: [String: String] = [:]
        for index in 0..<lessons {
            files["l\(index)"] = "---\ntitle: L\(index)\n---\n\n" + String(repeating: "Sum {= sum(ones(1000)) }.\n\n", count: 5)
        }
        let slugs = files.keys.sorted().joined(separator: ", ")
        let course = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [\(slugs)]\n", lessons: files)
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(course).0))
        return CheckPass(budget: budget).run(parsed).1
    }

    @Test func inlineValuesDrawFromTheLessonBudget() throws {
        let diagnostics = try check(lessons: 1, budget: WorkBudget(lessonLimit: 5_000, buildLimit: 1_000_000))
        #expect(diagnostics.contains { $0.code == "calc.lesson-budget" })
        // The first values fit; the budget stops a later one, at its line.
        #expect((diagnostics.first { $0.code == "calc.lesson-budget" }?.range?.start.line ?? 0) > 5)
    }

    @Test func lessonsShareTheBuildBudgetInReadingOrder() throws {
        let diagnostics = try check(lessons: 6, budget: WorkBudget(lessonLimit: 1_000_000, buildLimit: 60_000))
        let stopped = Set(diagnostics.filter { $0.code == "calc.build-budget" }.compactMap { $0.range?.file })
        #expect(!stopped.isEmpty)
        #expect(!stopped.contains("content/lessons/l0.md"))
        #expect(try check(lessons: 6, budget: WorkBudget(lessonLimit: 1_000_000, buildLimit: 60_000)).map(\.range) == diagnostics.map(\.range))
    }
}

/// Heading anchors come from the heading's words; a computed value in it changes its text, not
/// its address.
@Suite struct HeadingAnchorTests {
    @Test func aValueInAHeadingIsLeftOutOfItsAnchor() throws {
        let (run, _, diagnostics) = runLesson("## Relu of two is {= relu(2) :.1f}\n\nText.\n")
        #expect(diagnostics.isEmpty)
        guard case .heading(let heading)? = run.lesson.document.blocks.first else { Issue.record("no heading"); return }
        #expect(heading.anchor == "relu-of-two-is")
        #expect(run.values == ["2.0"])
    }
}
