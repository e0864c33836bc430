import CourseKit
import Diagnostics
import Foundation

/// `lectern export quizzes --format json`: every quiz of the course with its key, for LMS import
/// scripts. Quizzes come in course order (lesson order, then order in the lesson); JSON keys are sorted.
package enum QuizExport {
    /// One exported quiz.
    struct Entry: Encodable {
        var id: String
        var lesson: String
        var lessonTitle: String
        var position: Int
        var kind: String
        var status: String
        var question: Text
        var options: [Option]?
        var key: Key
        var tolerance: Double?
        var explanation: Text?
        var hint: Text?
        var check: String?
        /// A variant's parameter values (`w = 0.5, x = -3`); nil for a plain quiz.
        var variant: String?
    }

    /// A text both as plain text (values filled in) and as rendered HTML.
    struct Text: Encodable {
        var text: String
        var html: String
    }

    /// One option of a choice quiz.
    struct Option: Encodable {
        var text: String
        var html: String
        var correct: Bool
    }

    /// The key: indexes of the correct options, a number, or a boolean.
    enum Key: Encodable {
        case options([Int])
        case number(Double)
        case boolean(Bool)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .options(let indexes): try container.encode(indexes)
            case .number(let value): try container.encode(value)
            case .boolean(let value): try container.encode(value)
            }
        }
    }

    /// The whole export document.
    struct Document: Encodable {
        var course: String
        var quizzes: [Entry]
    }

    /// The export of a checked course: pretty-printed JSON with sorted keys, ending in a newline.
    /// Quiz texts are written as the lesson pages write them, with `templates`. A parameterised
    /// quiz gives its first variant, or with `variants` up to that many, as `ExportItem` names them.
    package static func json(for course: CheckedCourse, templates: PageRenderer, variants: Int? = nil) -> String {
        let context = RenderContext(renderer: templates, course: course, assets: [])
        var entries: [Entry] = []
        for lesson in course.lessons {
            let writer = context.html(forPage: RenderContext.lessonPath(lesson.lesson.slug), links: .links)
            func text(_ document: CheckedDocument?) -> Text? {
                guard let document else { return nil }
                let html = writer.render(document).markup
                return Text(text: SearchText.of(document.blocks), html: html.hasSuffix("\n") ? String(html.dropLast()) : html)
            }
            for (index, checked) in lesson.quizzes.enumerated() {
                var forms = [(id: checked.quiz.id, quiz: checked.quiz, texts: checked.texts, variant: String?.none)]
                if let limit = variants, !checked.variants.isEmpty {
                    let chosen = checked.variants(upTo: limit)
                    forms = chosen.enumerated().map { number, variant in
                        (ExportItem.variantID(checked.quiz.id, number: number + 1, of: chosen.count), variant.quiz, variant.texts,
                         variant.bindings.label)
                    }
                }
                for form in forms {
                    let quiz = form.quiz
                    let key: Key
                    switch quiz.answer?.value {
                    case .number(let number)?: key = .number(number.value)
                    case .boolean(let value)?: key = .boolean(value)
                    case .computed?, nil: key = .options(quiz.options.indices.filter { quiz.options[$0].isMarked })
                    }
                    let options = quiz.options.isEmpty ? nil : quiz.options.indices.map { optionIndex -> Option in
                        let rendered = text(form.texts.options[optionIndex])
                        return Option(text: rendered?.text ?? "", html: QuizRenderer.unwrapSingleParagraph(rendered?.html ?? ""),
                                      correct: quiz.options[optionIndex].isMarked)
                    }
                    entries.append(Entry(
                        id: form.id, lesson: lesson.lesson.slug, lessonTitle: lesson.lesson.frontMatter.title,
                        position: index + 1, kind: quiz.kind.rawValue, status: checked.status.rawValue,
                        question: text(form.texts.question) ?? Text(text: "", html: ""),
                        options: options, key: key,
                        tolerance: quiz.kind == .numeric ? quiz.effectiveTolerance : nil,
                        explanation: text(form.texts.explanation),
                        hint: text(form.texts.hint),
                        check: quiz.check?.source, variant: form.variant))
                }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(course: course.config.title, quizzes: entries))) ?? Data("{}".utf8)
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }
}
