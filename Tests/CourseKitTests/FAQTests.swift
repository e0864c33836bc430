import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct FAQParserTests {
    private func parse(_ text: String) -> (FAQ, [Diagnostic]) {
        FAQParser().parse(SourceText(file: "content/faq.md", text: text))
    }

    private func at(_ d: Diagnostic) -> String { d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-" }

    @Test func questionsWithoutLatinLettersGetIdsOfTheirOwn() {
        // "question-" and the first six hex digits of the question's 32-bit FNV-1a (computed
        // independently in Python); before, both were "question" and collided.
        let (faq, diagnostics) = parse("## 为什么?\n\n因为。\n\n## 怎么样?\n\n很好。\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(faq.entries.map(\.id) == ["question-493d66", "question-1f8f4c"])
    }

    @Test func readsQuestionsIdsAndAnswersInFileOrder() {
        let (faq, diagnostics) = parse("""
        # Questions

        ## Why do gradients vanish?
        id: vanishing-gradient

        Because $\\sigma'(z) \\le 1/4$.

        ## Where does softmax belong?
        For one label out of several classes.
        """)
        #expect(diagnostics.isEmpty)
        #expect(faq.entries.map(\.id) == ["vanishing-gradient", "where-does-softmax-belong"])
        #expect(faq.entries.map(\.question) == ["Why do gradients vanish?", "Where does softmax belong?"])
        #expect(faq.entries[0].answer == "Because $\\sigma'(z) \\le 1/4$.")
        #expect(faq.entries[0].answerSource.line(6) == "Because $\\sigma'(z) \\le 1/4$.")
        #expect(faq.entries[0].answerSource.line(4) == nil)
        #expect(faq.entry(id: "vanishing-gradient")?.question == "Why do gradients vanish?")
    }

    @Test(arguments: [
        ("## A?\nid: same\nOne.\n## B?\nid: same\nTwo.\n", "faq.duplicate-id", "5:5"),
        ("## A?\nid: Not Valid\nOne.\n", "faq.bad-id", "2:5"),
        ("## A?\nid: a\n\n## B?\nTwo.\n", "faq.empty-answer", "1:4"),
        ("##\nText.\n", "faq.empty-question", "1:1"),
    ])
    func reportsProblemsAtTheirPosition(text: String, code: String, position: String) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.map(at) == [position])
    }

    @Test func unknownIDsSuggestTheClosestOne() {
        let (faq, _) = parse("## Why?\nid: dying-relu\nBecause.\n")
        let range = SourceRange(start: SourceLocation(file: "content/lessons/relu.md", line: 4, column: 7), length: 10)
        let diagnostic = faq.unknownID("dying-rel", at: range)
        #expect(diagnostic.code == "faq.unknown-id")
        #expect(diagnostic.range == range)
        #expect(diagnostic.notes.map(\.message) == ["did you mean 'dying-relu'?"])
    }
}

@Suite struct FAQStructuredDataTests {
    @Test func isValidJSONWithQuestionsAndAnswers() throws {
        let script = FAQStructuredData.script(questions: [
            ("Is </script> safe?", "Yes: <b>\"quoted\"</b> & escaped.\nTwo lines."),
            ("Second?", "σ(0) = 1/2"),
        ])
        #expect(script.hasPrefix("<script type=\"application/ld+json\">"))
        let body = script.dropFirst("<script type=\"application/ld+json\">".count).dropLast("</script>".count)
        #expect(!body.contains("</"))
        #expect(!body.contains("<"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "FAQPage")
        let entities = try #require(json["mainEntity"] as? [[String: Any]])
        #expect(entities.count == 2)
        #expect(entities[0]["@type"] as? String == "Question")
        #expect(entities[0]["name"] as? String == "Is </script> safe?")
        let answer = try #require(entities[0]["acceptedAnswer"] as? [String: Any])
        #expect(answer["@type"] as? String == "Answer")
        #expect(answer["text"] as? String == "Yes: <b>\"quoted\"</b> & escaped.\nTwo lines.")
        #expect((entities[1]["acceptedAnswer"] as? [String: Any])?["text"] as? String == "σ(0) = 1/2")
    }
}

@Suite struct PlainTextTests {
    @Test func dropsTagsDecodesEntitiesAndReadsMathAsTeX() {
        let html = "<p>The <em>sigmoid</em> &amp; its slope: <math><mi>σ</mi><annotation encoding=\"application/x-tex\">\\sigma &lt; 1</annotation></math>.</p>\n<p>Done&#33;</p><script>var x = 1;</script>"
        #expect(HTMLPlainText.from(html: html) == "The sigmoid & its slope: \\sigma < 1. Done!")
    }
}
