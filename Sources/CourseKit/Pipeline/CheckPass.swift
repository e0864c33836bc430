import Diagnostics

/// The Check pass: runs the lesson checks over every lesson, then the course checks. Pure.
package struct CheckPass: Sendable {
    /// The checks every build runs, in order. Later checks may read earlier checks' results.
    package static let standardLessonChecks: [any LessonCheck] = [
        // Calc first: it puts the values of `{= … }` inside math into the TeX the math check converts.
        CalcCheck(),
        MathCheck(),
    ]
    /// The course-wide checks every build runs, in order.
    package static let standardCourseChecks: [any CourseCheck] = [
        QuizIDCheck(),
    ]

    /// The lesson checks this pass runs.
    package var lessonChecks: [any LessonCheck]
    /// The course checks this pass runs.
    package var courseChecks: [any CourseCheck]

    /// Creates a pass with the given checks (the standard ones by default).
    package init(lessonChecks: [any LessonCheck] = CheckPass.standardLessonChecks,
                 courseChecks: [any CourseCheck] = CheckPass.standardCourseChecks) {
        self.lessonChecks = lessonChecks
        self.courseChecks = courseChecks
    }

    /// Checks `parsed`; every lesson is checked even after errors in others.
    package func run(_ parsed: ParsedCourse) -> (CheckedCourse, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        var lessons: [CheckedLesson] = []
        for lesson in parsed.lessons {
            var context = LessonCheckContext(lesson: lesson, course: parsed)
            for check in lessonChecks { check.check(&context) }
            diagnostics.append(contentsOf: context.diagnostics.diagnostics)
            lessons.append(CheckedLesson(parsed: lesson, results: context.results))
        }
        var checked = CheckedCourse(parsed: parsed, lessons: lessons)
        for check in courseChecks { check.check(&checked, diagnostics: &diagnostics) }
        return (checked, diagnostics.diagnostics)
    }
}
