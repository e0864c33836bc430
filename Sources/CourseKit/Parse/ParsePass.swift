import Diagnostics
import LecternMarkdown

/// The Parse pass: every lesson body, glossary definition and FAQ answer becomes a typed tree,
/// and every problem of its syntax (Markdown, quiz, example and plot fields) is reported here,
/// once. Pure.
///
/// It also keeps page outlines sound: the lesson title is the page's only `<h1>`, so a `#`
/// heading in a body is reported (`lesson.heading-h1`) and rendered one level lower, and a
/// heading that skips a level (`##` then `####`) is reported (`lesson.heading-skip`).
package enum ParsePass {
    /// Parses `course`; problems in one lesson never stop the others. Lessons are parsed on up
    /// to `parallelism` threads; lessons and diagnostics come back in reading order whatever
    /// the number. The lessons come back without their bodies (`Lesson.withoutBody`), in the
    /// parsed course and its `course` alike.
    package static func run(_ course: consuming Course, parallelism: Int = ParallelMap.defaultWidth) -> (ParsedCourse, [Diagnostic]) {
        let allowHTML = course.config.allowHTML
        // The glossary and the FAQ depend on no lesson: with threads to spare they are parsed on
        // a thread of their own beside the lessons (after them, one core idled through the
        // last lessons and then through the glossary's serial split). Alone, they take the
        // pass's threads after the lessons.
        let (glossarySource, faqSource) = (course.glossary, course.faq)
        let notesAhead = parallelism > 1 && (glossarySource != nil || faqSource != nil)
            ? BackgroundQueue(count: 1) { _ in parseNotes(glossary: glossarySource, faq: faqSource, allowHTML: allowHTML, parallelism: 1) }
            : nil
        let results = ParallelMap.map(course.lessons, width: parallelism) { parse($0, allowHTML: allowHTML) }
        for index in course.lessons.indices { course.lessons[index] = course.lessons[index].withoutBody }
        let lessons = results.map(\.0)
        var diagnostics = results.flatMap(\.1)
        let notes = notesAhead.map { ahead in
            defer { ahead.finish() }
            return ahead.value(at: 0)
        } ?? parseNotes(glossary: glossarySource, faq: faqSource, allowHTML: allowHTML, parallelism: parallelism)
        diagnostics += notes.diagnostics
        let parsed = ParsedCourse(course: course, lessons: lessons, glossary: notes.glossary, glossaryEntries: notes.glossaryEntries,
                                  faq: notes.faq, faqEntries: notes.faqEntries)
        return (parsed, diagnostics)
    }

    /// The glossary and FAQ parsed, with their problems in the files' order: the glossary's
    /// split, its definitions, then the FAQ's split and its answers.
    private struct ParsedNotes: Sendable {
        var glossary = Glossary(entries: [])
        var glossaryEntries: [ParsedGlossaryEntry] = []
        var faq = FAQ(entries: [])
        var faqEntries: [ParsedFAQEntry] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Parses `glossary.md` and `faq.md`, definitions and answers on up to `parallelism` threads.
    private static func parseNotes(glossary: SourceText?, faq: SourceText?, allowHTML: Bool, parallelism: Int) -> ParsedNotes {
        var notes = ParsedNotes()
        if let source = glossary {
            let (parsed, found) = GlossaryParser().parse(source)
            notes.glossary = parsed
            notes.diagnostics += found
            let definitions = ParallelMap.map(parsed.entries, width: parallelism) { document($0.definitionSource, allowHTML: allowHTML) }
            for (entry, parsedDefinition) in zip(parsed.entries, definitions) {
                notes.diagnostics += parsedDefinition.1
                notes.glossaryEntries.append(ParsedGlossaryEntry(entry: entry, definition: parsedDefinition.0))
            }
        }
        if let source = faq {
            let (parsed, found) = FAQParser().parse(source)
            notes.faq = parsed
            notes.diagnostics += found
            let answers = ParallelMap.map(parsed.entries, width: parallelism) { document($0.answerSource, allowHTML: allowHTML) }
            for (entry, parsedAnswer) in zip(parsed.entries, answers) {
                notes.diagnostics += parsedAnswer.1
                notes.faqEntries.append(ParsedFAQEntry(entry: entry, answer: parsedAnswer.0))
            }
        }
        return notes
    }

    /// Parses one lesson: what `lectern serve` re-runs when the lesson changes. The parsed
    /// lesson keeps no body (`Lesson.withoutBody`).
    package static func parse(_ lesson: Lesson, allowHTML: Bool) -> (ParsedLesson, [Diagnostic]) {
        var (document, diagnostics) = document(lesson.body, allowHTML: allowHTML)
        diagnostics += normalizeHeadings(&document)
        return (ParsedLesson(lesson: lesson.withoutBody, document: document), diagnostics)
    }

    /// Parses Markdown with Lectern's constructs into a tree whose fences are understood.
    static func document(_ source: SourceText, allowHTML: Bool) -> (ParsedDocument, [Diagnostic]) {
        let (markdown, diagnostics) = MarkdownParser(allowHTML: allowHTML, fenceWords: LecternBlockKind.words).parse(source)
        var fences = FenceParser(allowHTML: allowHTML)
        let document = markdown.rewritten(by: &fences)
        return (document, diagnostics + fences.diagnostics)
    }

    /// Demotes top-level `#` headings to `##` and reports them and skipped levels.
    static func normalizeHeadings(_ document: inout ParsedDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var previous = 1  // the page's own h1
        for index in document.blocks.indices {
            guard case .heading(var heading) = document.blocks[index] else { continue }
            if heading.level == 1 {
                diagnostics.append(.warning(
                    Codes.headingH1, "a '#' heading in a lesson becomes a second page title; use '##' for sections (rendered as '##')",
                    at: SourceRange(start: heading.range.start, length: 1)))
                heading.level = 2
                document.blocks[index] = .heading(heading)
            } else if heading.level > previous + 1 {
                diagnostics.append(.warning(
                    Codes.headingSkip,
                    "heading level \(heading.level) follows level \(previous); use \(String(repeating: "#", count: previous + 1)) so the outline has no gaps",
                    at: SourceRange(start: heading.range.start, length: heading.level)))
            }
            previous = heading.level
        }
        return diagnostics
    }
}
