import Diagnostics

/// One question of `content/faq.md` with its answer in Markdown.
package struct FAQEntry: Sendable {
    /// The question as the heading writes it.
    package var question: String
    /// Stable id for `faq.html#id` links and lesson front matter: the `id:` line, else the
    /// question's slug.
    package var id: String
    /// The answer's Markdown, exactly as written.
    package var answer: String
    /// The answer's lines cut out of the FAQ file, counting its lines (`SourceText.firstLine`),
    /// so a Markdown parser reports file positions for the answer.
    package var answerSource: SourceText
    /// The heading's question text, for diagnostics about the entry.
    package var range: SourceRange
}
