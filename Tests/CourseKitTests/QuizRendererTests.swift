import Diagnostics
import Testing
@testable import CourseKit

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
        let checked = CheckedQuiz(quiz: quiz, status: .verified, question: "How much?", options: [], explanation: nil, hint: nil, documents: nil)
        let view = QuizRenderer.view(of: checked, number: 2, count: 3) { _ in "" }
        #expect(view.key.markup == "0.731")
        #expect(view.tolerance.markup == "0.0005")
        #expect(view.answer.markup == "73.1%")
        #expect(view.numeric)
        #expect(!view.hasOptions)
        #expect(view.anchor.markup.hasPrefix("quiz-how-much-is-73-1-as-"))
    }

    @Test func quizTextDiagnosticsMoveBackToTheLesson() throws {
        // The option text starts at column 7 of line 3 of the lesson.
        let quiz = try #require(parseQuiz("```quiz\nQ?\n- [x] caf\u{E9} $\\frac$\n- [ ] b\n```").0)
        let (documents, _) = QuizDocuments.parse(quiz)
        let option = documents.options[0]
        let moved = option.remap(SourceRange(start: SourceLocation(file: option.pseudoFile, line: 1, column: 6), length: 6))
        #expect(moved.start == SourceLocation(file: "lesson.md", line: 3, column: 12))
        #expect(moved.end == SourceLocation(file: "lesson.md", line: 3, column: 18))
        #expect(option.pseudoFile == "lesson.md#L1/option1")
    }
}

@Suite("MathValueSubstitution")
struct MathValueSubstitutionTests {
    @Test func multiLineFormulasKeepTheirLinePositions() throws {
        let (results, _, diagnostics) = runLesson("$$\na = {= 1 + 1 :g}\n\\\\ b = {= 2 * 3 :g}\n$$\n")
        #expect(diagnostics.isEmpty)
        let source = try #require(results.mathSources.values.first)
        #expect(source.tex == "\na = 2\n\\\\ b = 6\n")
        // "\\ b" on the third line of the lesson: the 'b' is its fourth character.
        let offset = source.tex.unicodeScalars.count - " = 6\n".unicodeScalars.count - 1
        #expect(source.map.location(atScalarOffset: offset) == SourceLocation(file: "lesson.md", line: 3, column: 4))
    }
}
