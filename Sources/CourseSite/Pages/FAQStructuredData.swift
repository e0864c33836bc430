import CourseKit

/// The schema.org `FAQPage` JSON-LD for the FAQ page, so search engines can show the
/// questions and answers.
package enum FAQStructuredData {
    /// The `<script type="application/ld+json">` element. `answers` are the plain-text answers
    /// in entry order. Keys are written in sorted order and every string goes through
    /// `JSONText`, so `</script>` inside an answer cannot end the element.
    package static func script(questions: [(question: String, answer: String)]) -> String {
        let items = questions.map { item in
            "{\"@type\":\"Question\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\(JSONText.quoted(item.answer))},\"name\":\(JSONText.quoted(item.question))}"
        }
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"mainEntity\":[\(items.joined(separator: ","))]}</script>"
    }
}
