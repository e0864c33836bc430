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

    /// Every quiz of `course` in course order. A parameterised quiz gives its first variant, or
    /// with `variants` its first `variants` variants, each an item of its own named
    /// `<id>-v01`, `<id>-v02`, … so that an LMS lists them together.
    package static func all(in course: CheckedCourse, variants: Int? = nil) -> [ExportItem] {
        course.lessons.flatMap { lesson in
            let modules = course.config.modules
            let module = modules.indices.contains(lesson.lesson.moduleIndex) ? modules[lesson.lesson.moduleIndex].title : ""
            return lesson.quizzes.flatMap { checked -> [ExportItem] in
                guard let limit = variants, !checked.variants.isEmpty else {
                    return [item(checked.quiz, texts: checked.texts, id: checked.quiz.id, module: module, lesson: lesson)]
                }
                let chosen = checked.variants(upTo: limit)
                return chosen.enumerated().map { index, variant in
                    item(variant.quiz, texts: variant.texts, id: variantID(checked.quiz.id, number: index + 1, of: chosen.count),
                         module: module, lesson: lesson)
                }
            }
        }
    }

    /// The id of the `number`-th (1-based) of `count` exported variants: `relu-v07`, zero-padded
    /// to at least two digits so that variants sort together and in order.
    package static func variantID(_ id: String, number: Int, of count: Int) -> String {
        let digits = String(number)
        let width = max(2, String(count).count)
        return id + "-v" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// One quiz (or variant) as an item.
    private static func item(_ quiz: Quiz, texts: QuizTexts<CheckedStage>, id: String, module: String, lesson: CheckedLesson) -> ExportItem {
        var item = ExportItem(
            id: id, module: module, lessonTitle: lesson.lesson.frontMatter.title, kind: quiz.kind,
            question: texts.question.blocks,
            options: quiz.options.indices.map { index in
                (texts.options.indices.contains(index) ? texts.options[index].blocks : [], quiz.options[index].isMarked)
            },
            number: nil, tolerance: nil, boolean: nil, explanation: texts.explanation?.blocks)
        switch quiz.answer?.value {
        case .number(let number)?:
            item.number = number.value
            item.tolerance = quiz.effectiveTolerance ?? 0
        case .boolean(let value)?: item.boolean = value
        case .computed?, nil: break
        }
        return item
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
