import Diagnostics
import LecternMarkdown

/// A lesson after the Parse pass: its body as a typed tree.
package struct ParsedLesson: Sendable {
    /// The loaded lesson (slug, position, front matter, sources).
    package var lesson: Lesson
    /// The body, every Lectern fence understood, every node with its file range.
    package var document: ParsedDocument
}

/// A glossary entry with its definition parsed.
package struct ParsedGlossaryEntry: Sendable {
    /// The entry's fields.
    package var entry: GlossaryEntry
    /// The definition as a tree.
    package var definition: ParsedDocument
}

/// An FAQ entry with its answer parsed.
package struct ParsedFAQEntry: Sendable {
    /// The entry's fields.
    package var entry: FAQEntry
    /// The answer as a tree.
    package var answer: ParsedDocument
}

/// The output of the Parse pass: every lesson, glossary definition and FAQ answer as a tree.
package struct ParsedCourse: Sendable {
    /// The loaded course.
    package var course: Course
    /// The lessons in reading order.
    package var lessons: [ParsedLesson]
    /// The glossary (empty without `glossary.md`), for resolving `[[…]]` links.
    package var glossary: Glossary
    /// The glossary's entries with their definitions, sorted as the glossary page lists them.
    package var glossaryEntries: [ParsedGlossaryEntry]
    /// The FAQ (empty without `faq.md`).
    package var faq: FAQ
    /// The FAQ's entries with their answers, in the file's order.
    package var faqEntries: [ParsedFAQEntry]
}
