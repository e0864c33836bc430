import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct FAQPageTests {
    // The id sits on the answer inside the <details>: a browser opens the entry around a
    // fragment's target, so a deep link shows the answer without scripts.
    @Test func eachQuestionIsADetailsElementWhoseAnswerHasItsID() throws {
        let html = try ExtrasFixture.page("faq.html")
        #expect(html.contains("<details class=\"faq-entry\">\n<summary>Why is the slope zero on the left?</summary>\n<div class=\"faq-answer\" id=\"why-zero\">"))
        #expect(html.contains("<details class=\"faq-entry\">\n<summary>Is &lt;/script&gt; safe in an answer?</summary>\n<div class=\"faq-answer\" id=\"is-script-safe-in-an-answer\">"))
        #expect(html.contains("see <a class=\"term-link\" href=\"glossary.html#relu\">ReLU</a>."))
    }

    @Test func structuredDataIsOneFAQPageScriptWithoutRawClosingTags() throws {
        let html = try ExtrasFixture.page("faq.html")
        let scripts = html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst()
        #expect(scripts.count == 1)
        let json = try #require(scripts.first?.components(separatedBy: "</script>").first)
        #expect(!json.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questions = try #require(object["mainEntity"] as? [[String: Any]])
        #expect(questions.compactMap { $0["name"] as? String } == ["Why is the slope zero on the left?", "Is </script> safe in an answer?"])
        #expect((questions[0]["acceptedAnswer"] as? [String: Any])?["text"] as? String == "Because the function is constant there; see ReLU.")
    }

    @Test func lessonsShowTheirRelatedQuestions() throws {
        let html = try ExtrasFixture.page("lessons/alpha.html")
        #expect(html.contains("<h2 id=\"lectern-related-questions\">Related questions</h2>"))
        #expect(html.contains("<details class=\"faq-entry\" id=\"lectern-faq-why-zero\">"))
        #expect(html.contains("<a href=\"../faq.html#why-zero\">This question in the FAQ</a>"))
        #expect(html.contains("see <a class=\"term-link\" href=\"../glossary.html#relu\">ReLU</a>."))
        #expect(!(try ExtrasFixture.page("index.html")).contains("Related questions"))
    }
}
