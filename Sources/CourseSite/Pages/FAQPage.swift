import CourseKit
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
        guard context.course.hasFAQ else { return [:] }
        let writer = context.html(forPage: "faq.html", links: .links)
        let answers = context.course.faqEntries.map { writer.render($0.answer) }
        let view = FAQPageView(
            entries: zip(context.course.faqEntries, answers).map { entry, answer in
                FAQEntryView(id: .text(entry.entry.id), question: .text(entry.entry.question), answer: answer)
            },
            structuredData: HTML(trusted: FAQStructuredData.script(
                questions: zip(context.course.faqEntries, answers).map { ($0.entry.question, HTMLPlainText.from(html: $1.markup)) })))
        return ["faq.html": try context.page(
            "faq.html", template: "faq", view: view, title: "Frequently asked questions",
            description: "Short answers to the questions readers of \(context.course.config.title) ask most.")]
    }
}

extension FAQPage: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
