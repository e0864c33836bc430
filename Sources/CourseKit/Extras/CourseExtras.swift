/// The course-wide material around the lessons, prepared by `ExtrasCheck` for the pages that
/// show it: the glossary and FAQ with their rendered Markdown, and which lessons use each term.
package struct CourseExtras: Sendable {
    /// The parsed glossary (empty without `glossary.md`).
    package var glossary = Glossary(entries: [])
    /// Whether the course has a `glossary.md` (the page and its links exist only then).
    package var hasGlossary = false
    /// The parsed FAQ (empty without `faq.md`).
    package var faq = FAQ(entries: [])
    /// Whether the course has a `faq.md`.
    package var hasFAQ = false
    /// Each term's definition for the glossary page, by slug.
    package var definitions: [String: HTML] = [:]
    /// Each term's tooltip (first paragraph, no links), by slug.
    package var tooltips: [String: HTML] = [:]
    /// Each answer rendered for a page at the site root, by FAQ id.
    package var answers: [String: HTML] = [:]
    /// Each answer rendered for a lesson page (links one folder up), by FAQ id.
    package var lessonAnswers: [String: HTML] = [:]
    /// Each answer as plain text (JSON-LD, search), by FAQ id.
    package var answerText: [String: String] = [:]
    /// The positions (0-based, reading order) of the lessons linking each term, by slug.
    package var termUsage: [String: [Int]] = [:]

    /// No glossary, no FAQ.
    package init() {}
}
