import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite("Quiz rendering")
struct QuizRenderingTests {
    static func build(strict: Bool = false) throws -> BuildOutcome {
        var pipeline = CoursePipeline(contentDirectory: Repository.fixture("quiz-course"), templatesDirectory: Repository.templates)
        pipeline.checks = CheckPass(strict: strict)
        return try pipeline.run()
    }

    static func lesson() throws -> String {
        let data = try #require(try build().site?.files["lessons/kinds.html"])
        return String(decoding: data, as: UTF8.self)
    }

    /// The markup of the `index`-th quiz form (0-based).
    static func form(_ html: String, _ index: Int) throws -> String {
        let parts = html.components(separatedBy: "<form class=\"quiz ")
        try #require(parts.count > index + 1)
        return String(parts[index + 1].prefix { _ in true }.components(separatedBy: "</form>")[0])
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func theSummaryCountsCheckedAndUnverifiedQuizzes() throws {
        let outcome = try Self.build()
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.reportLines == ["quizzes: 3 checked, 1 claim, 1 unverified, 0 failed; examples: 1 run, 0 failed"])
    }

    @Test func strictMakesTheUnverifiedQuizAnError() throws {
        let outcome = try Self.build(strict: true)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["quiz.unverified"])
        #expect(errors.first?.range?.start.line == 56)
    }

    @Test func everyQuizIsAFormWithAFieldsetAndALegend() throws {
        let html = try Self.lesson()
        #expect(count("<form class=\"quiz ", in: html) == 5)
        #expect(count("<fieldset>", in: html) == 5)
        #expect(count("<legend>", in: html) == 5)
        #expect(count("aria-live=\"polite\"", in: html) >= 5)
        #expect(count("<details class=\"quiz-answer\">", in: html) == 5)
        #expect(count("<summary>Show answer</summary>", in: html) == 5)
    }

    @Test func singleChoiceUsesRadioButtonsInsideLabels() throws {
        let form = try Self.form(try Self.lesson(), 0)
        #expect(form.hasPrefix("quiz-single\" id=\"quiz-pick-the-value-of-relu-1-"))
        #expect(form.contains("data-kind=\"single\" data-key=\"0\""))
        #expect(form.contains("<legend><span class=\"quiz-label\">Quiz 1 of 5</span> Pick the value of <code>relu(-1)</code>.</legend>"))
        #expect(count("<li><label><input type=\"radio\"", in: form) == 2)
        #expect(form.contains("<button type=\"button\" class=\"quiz-hint-button\" aria-expanded=\"false\" aria-controls=\"quiz-pick-the-value-of-relu-1-"))
        #expect(form.contains("<p>Negative inputs are <em>clipped</em>.</p>"))
        #expect(form.contains("<div class=\"quiz-explanation\" hidden><p>ReLU clips negatives to zero.</p>"))
        #expect(form.contains("<p>Answer: 0</p>"))
    }

    @Test func multipleAnswerUsesCheckboxesAndInlineValuesUseTheExampleBindings() throws {
        let form = try Self.form(try Self.lesson(), 1)
        #expect(form.contains("data-kind=\"multiple\" data-key=\"0,1\""))
        #expect(count("<input type=\"checkbox\"", in: form) == 3)
        #expect(form.contains("Which of these are at least 2?"))
        #expect(form.contains("<p>Answer: 3; 5</p>"))
    }

    @Test func numericUsesADecimalTextInputWithALabel() throws {
        let form = try Self.form(try Self.lesson(), 2)
        #expect(form.contains("data-kind=\"numeric\" data-key=\"6\" data-tolerance=\"0.5\""))
        #expect(form.contains("<label for=\"quiz-what-is-w-cdot-3-"))
        // A text field, so the browser hands the script "3,5" or "−1" as typed instead of dropping characters.
        #expect(form.contains("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" id=\"quiz-what-is-w-cdot-3-"))
        #expect(form.contains("<button type=\"submit\" class=\"quiz-submit\" disabled>"))
        #expect(!form.contains("type=\"radio\""))
        #expect(form.contains("<p>Answer: 6</p>"))
    }

    @Test func trueFalseUsesTwoRadiosAndKeepsFurtherQuestionParagraphs() throws {
        let form = try Self.form(try Self.lesson(), 3)
        #expect(form.contains("data-kind=\"true-false\" data-key=\"true\""))
        #expect(form.contains("value=\"true\"> <span class=\"quiz-option-text\">True</span>"))
        #expect(form.contains("value=\"false\"> <span class=\"quiz-option-text\">False</span>"))
        #expect(form.contains("<legend><span class=\"quiz-label\">Quiz 4 of 5</span> Tanh is zero-centred.</legend>"))
        #expect(form.contains("<div class=\"quiz-question-more\"><p>Its outputs lie in"))
    }

    @Test func authorMarkupInAQuizIsEscaped() throws {
        let form = try Self.form(try Self.lesson(), 4)
        #expect(form.contains("&lt;b&gt;with markup&lt;/b&gt;"))
        #expect(!form.contains("<b>"))
    }

    @Test func stepStripHasOneMarkerPerQuiz() throws {
        let html = try Self.lesson()
        #expect(html.contains("<nav class=\"quiz-steps\" aria-labelledby=\"lectern-quiz-steps-label\" hidden>\n<p class=\"quiz-steps-label\" id=\"lectern-quiz-steps-label\">Quizzes on this page</p>"))
        #expect(count("class=\"quiz-step\"", in: html) == 5)
        #expect(html.contains("aria-label=\"Quiz 5: not answered\">5</a>"))
        #expect(html.contains("<p class=\"lesson-quiz-progress\">5 quizzes in this lesson</p>"))
    }

    @Test func inlineValuesInHeadingsTablesAndMath() throws {
        let html = try Self.lesson()
        // σ(1) = 0.7310585786300049: two decimals 0.73, three 0.731; relu(-1) = 0.
        #expect(html.contains("Sigmoid at one is 0.73</h2>"))
        #expect(html.contains("<td>0</td>"))
        #expect(html.contains("\\sigma(1) \\approx 0.731</annotation>"))
    }

    @Test func workedExampleShowsPromptsOutputsAndAHiddenCopyButton() throws {
        let html = try Self.lesson()
        #expect(html.contains("<span class=\"example-prompt\" aria-hidden=\"true\">&gt;&gt;&gt; </span><span class=\"example-input\">w * 3</span>"))
        #expect(html.contains("<span class=\"example-output\">6</span>"))
        #expect(html.contains("<button type=\"button\" class=\"example-copy\" hidden>Copy</button>"))
    }

    @Test func indexListsEachLessonsQuizIds() throws {
        let data = try #require(try Self.build().site?.files["index.html"])
        let html = String(decoding: data, as: UTF8.self)
        #expect(html.contains("data-lesson=\"kinds\" data-quizzes=\"pick-the-value-of-relu-1-"))
        #expect(html.contains("<html lang=\"en\" data-course=\"quiz-fixture\">"))
    }

    @Test func exportListsEveryQuizWithItsKey() throws {
        let outcome = try CoursePipeline(contentDirectory: Repository.fixture("quiz-course"), templatesDirectory: Repository.templates).check()
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        let templates = try PageRenderer(templates: try TemplateSet.load(from: Repository.templates))
        let json = QuizExport.json(for: try #require(outcome.course), templates: templates)
        let data = Data(json.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let quizzes = try #require(object["quizzes"] as? [[String: Any]])
        #expect(quizzes.count == 5)
        #expect(quizzes.map { $0["kind"] as? String } == ["single", "multiple", "numeric", "true-false", "single"])
        #expect(quizzes[1]["key"] as? [Int] == [0, 1])
        #expect(quizzes[2]["key"] as? Double == 6)
        #expect(quizzes[2]["tolerance"] as? Double == 0.5)
        #expect(quizzes[3]["key"] as? Bool == true)
        #expect(quizzes[4]["status"] as? String == "unverified")
        #expect((quizzes[1]["question"] as? [String: Any])?["text"] as? String == "Which of these are at least 2?")
        // Sorted keys make the export byte-stable.
        #expect(try #require(json).contains("\"check\" : \"relu(-1)\",\n      \"explanation\""))
    }
}
