import CourseKit
import LecternMarkdown

/// One quiz as the LMS formats see it: its proven key and its texts, independent of any format.
///
/// Built from the checked course only, so an exported item never carries a key the build did not check.
package struct ExportItem: Sendable {
    /// The quiz id (unique in the course): the item identifier and the title.
    package var id: String
    /// The title of the module the quiz's lesson belongs to (one question category per module).
    package var module: String
    /// The lesson title, shown in LMS question lists.
    package var lessonTitle: String
    /// The kind of question.
    package var kind: QuizKind
    /// The question's blocks, checked.
    package var question: [Block<CheckedStage>]
    /// The options of a choice quiz (empty otherwise), each with its mark.
    package var options: [(blocks: [Block<CheckedStage>], correct: Bool)]
    /// The key of a numeric quiz.
    package var number: Double?
    /// The tolerance of a numeric quiz.
    package var tolerance: Double?
    /// The key of a true/false quiz.
    package var boolean: Bool?
    /// The explanation, if any.
    package var explanation: [Block<CheckedStage>]?

    /// Every quiz of `course` in course order.
    package static func all(in course: CheckedCourse) -> [ExportItem] {
        course.lessons.flatMap { lesson in
            let modules = course.config.modules
            let module = modules.indices.contains(lesson.lesson.moduleIndex) ? modules[lesson.lesson.moduleIndex].title : ""
            return lesson.quizzes.map { checked in
                let quiz = checked.quiz
                var item = ExportItem(
                    id: quiz.id, module: module, lessonTitle: lesson.lesson.frontMatter.title, kind: quiz.kind,
                    question: checked.texts.question.blocks,
                    options: quiz.options.indices.map { index in
                        (checked.texts.options.indices.contains(index) ? checked.texts.options[index].blocks : [],
                         quiz.options[index].isMarked)
                    },
                    number: nil, tolerance: nil, boolean: nil, explanation: checked.texts.explanation?.blocks)
                switch quiz.answer?.value {
                case .number(let number)?:
                    item.number = number.value
                    item.tolerance = quiz.effectiveTolerance ?? 0
                case .boolean(let value)?: item.boolean = value
                case nil: break
                }
                return item
            }
        }
    }

    /// The question as plain text, for titles and names.
    package var questionText: String { SearchText.of(question) }
}

/// Numbers as the LMS files write them: shortest round-trip form, no exponent for ordinary sizes.
enum ExportNumber {
    /// `value` written so that parsing it gives `value` back.
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
