import Foundation
import Testing
@testable import CourseKit

@Suite struct FAQPageTests {
    @Test func eachQuestionIsADetailsElementWithItsID() throws {
        let html = try ExtrasFixture.page("faq.html")
        #expect(html.contains("<details class=\"faq-entry\" id=\"why-zero\">\n<summary>Why is the slope zero on the left?</summary>"))
        #expect(html.contains("<details class=\"faq-entry\" id=\"is-script-safe-in-an-answer\">\n<summary>Is &lt;/script&gt; safe in an answer?</summary>"))
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
