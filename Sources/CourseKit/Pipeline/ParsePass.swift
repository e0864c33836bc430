import Diagnostics

/// The Parse pass: turns every lesson body into a `MarkdownDocument`. Pure.
///
/// It also keeps page outlines sound: the lesson title is the page's only `<h1>`, so a `#`
/// heading in a body is reported (`lesson.heading-h1`) and rendered one level lower, and a
/// heading that skips a level (`##` then `####`) is reported (`lesson.heading-skip`).
package enum ParsePass {
    /// Parses each lesson of `course`; problems in one lesson never stop the others.
    package static func run(_ course: Course) -> (ParsedCourse, [Diagnostic]) {
        let parser = MarkdownParser(allowHTML: course.config.allowHTML)
        var diagnostics: [Diagnostic] = []
        var lessons: [ParsedLesson] = []
        for lesson in course.lessons {
            var (document, found) = parser.parse(lesson.body)
            diagnostics += found
            diagnostics += normalizeHeadings(&document)
            lessons.append(ParsedLesson(lesson: lesson, document: document))
        }
        return (ParsedCourse(course: course, lessons: lessons), diagnostics)
    }

    /// Demotes top-level `#` headings to `##` and reports them and skipped levels.
    static func normalizeHeadings(_ document: inout MarkdownDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var previous = 1  // the page's own h1
        for index in document.blocks.indices {
            guard case .heading(var heading) = document.blocks[index] else { continue }
            if heading.level == 1 {
                diagnostics.append(.warning(
                    "lesson.heading-h1", "a '#' heading in a lesson becomes a second page title; use '##' for sections (rendered as '##')",
                    at: SourceRange(start: heading.range.start, length: 1)))
                heading.level = 2
                document.blocks[index] = .heading(heading)
            } else if heading.level > previous + 1 {
                diagnostics.append(.warning(
                    "lesson.heading-skip",
                    "heading level \(heading.level) follows level \(previous); use \(String(repeating: "#", count: previous + 1)) so the outline has no gaps",
                    at: SourceRange(start: heading.range.start, length: heading.level)))
            }
            previous = heading.level
        }
        return diagnostics
    }
}
