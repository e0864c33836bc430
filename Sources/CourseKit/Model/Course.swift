import Diagnostics

/// A course as loaded from its content folder: configuration, lessons in reading order, and the
/// glossary and FAQ sources (parsed by a later pass). This is the input of `ParsePass`.
package struct Course: Sendable {
    /// The validated `course.yml`.
    package var config: CourseConfig
    /// Every lesson that could be loaded, in reading order (module by module).
    package var lessons: [Lesson]
    /// `glossary.md`, if the course has one.
    package var glossary: SourceText?
    /// `faq.md`, if the course has one.
    package var faq: SourceText?

    /// Creates a course.
    package init(config: CourseConfig, lessons: [Lesson], glossary: SourceText? = nil, faq: SourceText? = nil) {
        self.config = config
        self.lessons = lessons
        self.glossary = glossary
        self.faq = faq
    }

    /// The lessons of module `index`, in order.
    package func lessons(inModule index: Int) -> [Lesson] {
        lessons.filter { $0.moduleIndex == index }
    }
}
