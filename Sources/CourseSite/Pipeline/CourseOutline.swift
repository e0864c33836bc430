import CourseKit

/// What the pages of a course may show of a lesson other than their own: its slug, place,
/// front matter and quiz ids. Navigation, the index, the tag pages, the glossary's "used in"
/// lists, previous and next links and the sitemap read lessons only through these.
///
/// `IncrementalSite` keeps every page while the outline (with the templates and the course-wide
/// files) stays the same, and re-renders a lesson's page alone when only that lesson's body
/// changed. So anything a page starts to show about other lessons must be added here, or
/// an edit to it would leave stale pages behind (`IncrementalCourseTests` compares every page
/// with a full build after each kind of edit).
package struct CourseOutline: Sendable, Equatable {
    /// One lesson's part of the outline.
    package struct Entry: Sendable, Equatable {
        var slug: String
        var moduleIndex: Int
        var position: Int
        var frontMatter: LessonFrontMatter
        /// Navigation lists a lesson's quiz ids, so progress can be shown from them.
        var quizIDs: [String]
    }

    /// The lessons in reading order.
    package var entries: [Entry]

    /// The outline of `course`.
    package init(_ course: CheckedCourse) {
        entries = course.lessons.map { checked in
            Entry(slug: checked.lesson.slug, moduleIndex: checked.lesson.moduleIndex, position: checked.lesson.position,
                  frontMatter: checked.lesson.frontMatter, quizIDs: checked.quizzes.map(\.quiz.id))
        }
    }
}
