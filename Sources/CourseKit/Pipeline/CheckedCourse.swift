import Diagnostics

/// What the checks learned about one lesson, keyed by each construct's range; the Render pass
/// reads it. Checks added later (worked examples, inline values, quizzes) add their own fields.
package struct LessonResults: Sendable {
    /// The MathML of each formula that converted.
    package var mathML: [SourceRange: String] = [:]
    /// Final HTML for a construct a check fully resolved (e.g. an inline value's formatted
    /// number). The renderer uses it before any default.
    package var nodeHTML: [SourceRange: HTML] = [:]
    /// What the Calc check computed: values, math sources, worked examples, quizzes.
    package var calc = CalcResults()
    /// The lesson's quizzes by outcome, for the summary line.
    package var quizCounts = QuizCounts()

    /// Empty results.
    package init() {}
}

/// A lesson after the Check pass.
package struct CheckedLesson: Sendable {
    /// The parsed lesson.
    package var parsed: ParsedLesson
    /// What the checks computed.
    package var results: LessonResults

    /// The loaded lesson.
    package var lesson: Lesson { parsed.lesson }
    /// The lesson's document.
    package var document: MarkdownDocument { parsed.document }

    /// Pairs a parsed lesson with its results.
    package init(parsed: ParsedLesson, results: LessonResults) {
        self.parsed = parsed
        self.results = results
    }
}

/// The output of the Check pass and the input of the Render pass.
package struct CheckedCourse: Sendable {
    /// The parsed course (config, glossary and FAQ sources).
    package var parsed: ParsedCourse
    /// The lessons in reading order with their results.
    package var lessons: [CheckedLesson]
    /// Extra lines for the end-of-run report, before the summary (a course check adds, say,
    /// `12 quizzes checked, 1 unverified`).
    package var reportLines: [String] = []

    /// The loaded course.
    package var course: Course { parsed.course }
    /// The validated course.yml.
    package var config: CourseConfig { parsed.course.config }

    /// Creates a checked course.
    package init(parsed: ParsedCourse, lessons: [CheckedLesson]) {
        self.parsed = parsed
        self.lessons = lessons
    }
}
