import Calc
import Diagnostics
import LecternMarkdown

/// A lesson after the Check pass.
package struct CheckedLesson: Sendable {
    /// The loaded lesson.
    package var lesson: Lesson
    /// The body with every Lectern leaf's results in it.
    package var document: CheckedDocument
    /// The lesson's quizzes in reading order.
    package var quizzes: [CheckedQuiz]
    /// Its quiz outcomes.
    package var quizCounts: QuizCounts
    /// Its worked examples run and failed.
    package var exampleCounts: ExampleCounts
    /// The glossary entries it links, by slug.
    package var termsUsed: Set<String>
    /// The Calc bindings its worked examples leave behind (`eval --lesson`, `repl --lesson`).
    package var bindings: Interpreter
    /// Where the first link to each term starts, by slug, in reading order: that link's tooltip
    /// holds the definition, once per page.
    package var firstTermLinks: [String: SourceLocation] = [:]
}

/// A glossary entry after the Check pass.
package struct CheckedGlossaryEntry: Sendable {
    /// The entry's fields.
    package var entry: GlossaryEntry
    /// The definition, checked.
    package var definition: CheckedDocument
    /// The positions (0-based, reading order) of the lessons that link the term.
    package var lessons: [Int]
}

/// An FAQ entry after the Check pass.
package struct CheckedFAQEntry: Sendable {
    /// The entry's fields.
    package var entry: FAQEntry
    /// The answer, checked.
    package var answer: CheckedDocument
}

/// The output of the Check pass and the input of the Render pass.
package struct CheckedCourse: Sendable {
    /// The loaded course.
    package var course: Course
    /// The lessons in reading order.
    package var lessons: [CheckedLesson]
    /// The glossary, for looking terms up by slug.
    package var glossary: Glossary
    /// The glossary's entries, sorted as the glossary page lists them.
    package var glossaryEntries: [CheckedGlossaryEntry]
    /// The FAQ, for looking entries up by id.
    package var faq: FAQ
    /// The FAQ's entries in the file's order.
    package var faqEntries: [CheckedFAQEntry]

    /// Gathers the checked parts of `course`.
    package init(course: Course, lessons: [CheckedLesson], glossary: Glossary, glossaryEntries: [CheckedGlossaryEntry],
                 faq: FAQ, faqEntries: [CheckedFAQEntry]) {
        self.course = course
        self.lessons = lessons
        self.glossary = glossary
        self.glossaryEntries = glossaryEntries
        self.faq = faq
        self.faqEntries = faqEntries
    }

    /// The validated course.yml.
    package var config: CourseConfig { course.config }
    /// Whether the course has a `glossary.md` (the page and its links exist only then).
    package var hasGlossary: Bool { course.glossary != nil }
    /// Whether the course has a `faq.md`.
    package var hasFAQ: Bool { course.faq != nil }

    /// The checked glossary entry with `slug`.
    package func glossaryEntry(slug: String) -> CheckedGlossaryEntry? {
        glossaryEntries.first { $0.entry.slug == slug }
    }

    /// The checked FAQ entry with `id`.
    package func faqEntry(id: String) -> CheckedFAQEntry? {
        faqEntries.first { $0.entry.id == id }
    }

    /// Quiz counts over the whole course.
    package var quizCounts: QuizCounts { lessons.reduce(QuizCounts()) { $0 + $1.quizCounts } }
    /// Worked example counts over the whole course.
    package var exampleCounts: ExampleCounts { lessons.reduce(ExampleCounts()) { $0 + $1.exampleCounts } }

    /// The lines `lectern check` prints before its summary: quizzes and examples, then the
    /// glossary and FAQ sizes (`quizzes: 4 checked, 1 claim, 1 unverified, 0 failed; examples: 2 run,
    /// 0 failed`). Claims are choice quizzes proven only by a boolean check, kept apart from
    /// `checked` because the check cannot tell a wrongly marked option. A course with
    /// parameterised quizzes also counts their variants after the quizzes checked
    /// (`quizzes: 34 checked, 1,912 variants, 0 claims, 0 unverified, 0 failed`).
    package var reportLines: [String] {
        var parts: [String] = []
        let quizzes = quizCounts
        if quizzes.total > 0 {
            let variants = quizzes.variants > 0 ? " \(Self.grouped(quizzes.variants)) variants," : ""
            parts.append("quizzes: \(quizzes.verified) checked,\(variants) \(DiagnosticSummary.count(quizzes.claimed, "claim")), "
                         + "\(quizzes.unverified) unverified, \(quizzes.failed) failed")
        }
        let examples = exampleCounts
        if examples.run > 0 {
            parts.append("examples: \(examples.run) run, \(examples.failed) failed")
        }
        return (parts.isEmpty ? [] : [parts.joined(separator: "; ")]) + [extrasReportLine].compactMap { $0 }
    }

    /// `1912` as `1,912`: the summary is read by people.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }
}
