import Diagnostics

/// A lesson after the Parse pass: its Markdown body as a typed document.
package struct ParsedLesson: Sendable {
    /// The loaded lesson (slug, position, front matter, sources).
    package var lesson: Lesson
    /// The body as Markdown blocks and Lectern constructs, every node with its file range.
    package var document: MarkdownDocument

    /// Pairs a lesson with its document.
    package init(lesson: Lesson, document: MarkdownDocument) {
        self.lesson = lesson
        self.document = document
    }
}

/// The output of the Parse pass: the course with every lesson parsed. Course-wide content
/// (the glossary and FAQ entries) is parsed into this value too once its parsers exist.
package struct ParsedCourse: Sendable {
    /// The loaded course.
    package var course: Course
    /// The lessons in reading order.
    package var lessons: [ParsedLesson]

    /// Creates a parsed course.
    package init(course: Course, lessons: [ParsedLesson]) {
        self.course = course
        self.lessons = lessons
    }
}
