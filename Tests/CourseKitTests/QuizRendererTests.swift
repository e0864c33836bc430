import Diagnostics
import LecternMarkdown
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite("QuizRenderer")
struct QuizRendererTests {
    @Test(arguments: [
        ("<p>Only one.</p>\n", "Only one.", nil),
        ("<p>First.</p>\n<p>Second.</p>\n", "First.", "<p>Second.</p>"),
        ("<ul>\n<li>a</li>\n</ul>\n", "Question", "<ul>\n<li>a</li>\n</ul>"),
    ] as [(String, String, String?)])
    func legendTakesTheFirstParagraph(html: String, legend: String, rest: String?) {
        let (first, more) = QuizRenderer.splitFirstParagraph(html)
        #expect(first == legend)
        #expect(more == rest)
    }

    @Test func optionsKeepBlocksWhenTheyAreMoreThanOneParagraph() {
        #expect(QuizRenderer.unwrapSingleParagraph("<p>x <em>y</em></p>\n") == "x <em>y</em>")
        #expect(QuizRenderer.unwrapSingleParagraph("<p>a</p>\n<p>b</p>\n") == "<p>a</p>\n<p>b</p>\n")
    }

    @Test func viewOfANumericQuizCarriesKeyAndTolerance() throws {
        let quiz = try #require(parseQuiz("```quiz\nHow much is 73.1% as a fraction?\nanswer: 73.1%\ncheck: 0.731\n```").0)
        let empty = MarkdownDocument<CheckedStage>(blocks: [])
        let checked = CheckedQuiz(quiz: quiz, status: .verified, texts: QuizTexts(question: empty, options: [], explanation: nil, hint: nil))
        let view = QuizRenderer.view(of: checked, number: 2, count: 3) { _ in "" }
        #expect(view.key.markup == "0.731")
        #expect(view.tolerance.markup == "0.0005")
        #expect(view.answer.markup == "73.1%")
        #expect(view.numeric)
        #expect(!view.hasOptions)
        #expect(view.anchor.markup.hasPrefix("quiz-how-much-is-73-1-as-"))
    }

    @Test func quizTextProblemsAreReportedWhereTheAuthorWroteThem() throws {
        // The option text starts at column 7 of line 3 of the lesson; `\frac` is its 6th character.
        let (_, _, diagnostics) = runLesson("```quiz\nQ?\n- [x] caf\u{E9} $\\frac$\n- [ ] b\ncheck: true\n```\n")
        let error = try #require(diagnostics.first { $0.code.hasPrefix("math.") })
        #expect(error.range?.start == SourceLocation(file: "lesson.md", line: 3, column: 13))
    }
}

@Suite("MathValueSubstitution")
struct MathValueSubstitutionTests {
    @Test func multiLineFormulasKeepTheirLinePositions() throws {
        let (results, _, diagnostics) = runLesson("$$\na = {= 1 + 1 :g}\n\\\\ b = {= 2 * 3 :g}\n$$\n")
        #expect(diagnostics.isEmpty)
        let source = try #require(results.mathSources.first)
        #expect(source.tex == "\na = 2\n\\\\ b = 6\n")
        // "\\ b" on the third line of the lesson: the 'b' is its fourth character.
        let offset = source.tex.unicodeScalars.count - " = 6\n".unicodeScalars.count - 1
        #expect(source.map.location(atScalarOffset: offset) == SourceLocation(file: "lesson.md", line: 3, column: 4))
    }
}
