import Diagnostics

/// Everything a lesson check may read, and the two things it may add to: results and diagnostics.
package struct LessonCheckContext: Sendable {
    /// The lesson being checked.
    package let lesson: ParsedLesson
    /// The whole course, for checks that look across lessons (glossary terms, FAQ ids).
    package let course: ParsedCourse
    /// The lesson's Lectern constructs in source order.
    package let items: [LecternNodeWalk.Item]
    /// Results so far; checks run in order, so later checks see earlier results.
    package var results = LessonResults()
    /// Problems found so far in this lesson.
    package var diagnostics = DiagnosticBag()

    /// Creates the context for `lesson`.
    package init(lesson: ParsedLesson, course: ParsedCourse) {
        self.lesson = lesson
        self.course = course
        self.items = LecternNodeWalk.items(in: lesson.document)
    }
}

/// One named check run over every lesson, in course order (math conversion, worked examples,
/// inline values, quizzes). A check reports problems as diagnostics and never stops the run.
package protocol LessonCheck: Sendable {
    /// A short name for `--timings` and debugging (`math`, `examples`).
    var name: String { get }
    /// Checks one lesson, adding results and diagnostics to `context`.
    func check(_ context: inout LessonCheckContext)
}

/// A check of the whole course after every lesson was checked (duplicate quiz ids across
/// lessons, glossary terms no lesson uses).
package protocol CourseCheck: Sendable {
    /// A short name for `--timings` and debugging.
    var name: String { get }
    /// Checks `course`, which it may annotate, adding problems to `diagnostics`.
    func check(_ course: inout CheckedCourse, diagnostics: inout DiagnosticBag)
}
