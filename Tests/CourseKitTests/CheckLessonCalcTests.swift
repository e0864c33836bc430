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
