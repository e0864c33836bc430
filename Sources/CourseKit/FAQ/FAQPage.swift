import Foundation

/// One question on `faq.html`.
package struct FAQEntryView: Sendable {
    /// The entry's id, the fragment of its `faq.html#id` link.
    package var id: HTML
    /// The question, escaped.
    package var question: HTML
    /// The rendered answer.
    package var answer: HTML
}

/// The view of `faq.mustache`.
package struct FAQPageView: Sendable {
    /// The questions in file order.
    package var entries: [FAQEntryView]
    /// The schema.org `FAQPage` script.
    package var structuredData: HTML
}

/// Writes `faq.html`: one `<details>` per question (opened by `faq.html#id` links through
/// `extras.js`) and the `FAQPage` JSON-LD.
package struct FAQPage: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// `faq.html`, or nothing when the course has no `faq.md`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        let extras = context.course.extras
        guard extras.hasFAQ else { return [:] }
        let entries = extras.faq.entries
        let view = FAQPageView(
            entries: entries.map { entry in
                FAQEntryView(id: .text(entry.id), question: .text(entry.question),
                             answer: extras.answers[entry.id] ?? HTML(trusted: ""))
            },
            structuredData: HTML(trusted: FAQStructuredData.script(
                questions: entries.map { ($0.question, extras.answerText[$0.id] ?? "") })))
        return ["faq.html": try context.page(
            "faq.html", template: "faq", view: view, title: "Frequently asked questions",
            description: "Short answers to the questions readers of \(context.course.config.title) ask most.")]
    }
}
