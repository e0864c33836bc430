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

    /// Loads, parses and checks the course in `contentDirectory` and returns the JSON export, or nil
    /// (with the diagnostics) when the course has errors.
    /// - Throws: `LecternError` when the folder cannot be read.
    package static func run(contentDirectory: String) throws(LecternError) -> (json: String?, diagnostics: [Diagnostic], sources: [SourceText]) {
        let files = try ContentReader(directory: contentDirectory).read()
        let sources = [files.courseFile, files.glossary, files.faq].compactMap { $0 }
            + files.lessons.keys.sorted().compactMap { files.lessons[$0] }
        var diagnostics = DiagnosticBag()
        let (loaded, loadDiagnostics) = CourseLoader.load(files)
        diagnostics.append(contentsOf: loadDiagnostics)
        guard let course = loaded else { return (nil, diagnostics.sorted, sources) }
        let (parsed, parseDiagnostics) = ParsePass.run(course)
        diagnostics.append(contentsOf: parseDiagnostics)
        let (checked, checkDiagnostics) = CheckPass().run(parsed)
        diagnostics.append(contentsOf: checkDiagnostics)
        guard !diagnostics.hasErrors else { return (nil, diagnostics.sorted, sources) }
        return (json(for: checked), diagnostics.sorted, sources)
    }

    /// The export of a checked course: pretty-printed JSON with sorted keys, ending in a newline.
    package static func json(for course: CheckedCourse) -> String {
        var entries: [Entry] = []
        for lesson in course.lessons {
            let markdown = HTMLRenderer(lectern: LessonNodeRenderer(results: lesson.results), allowHTML: course.config.allowHTML)
            func text(_ plain: String?, _ document: QuizTextDocument?) -> Text? {
                guard let plain else { return nil }
                let html = document.map { markdown.render($0.document) } ?? HTML.escape(plain)
                return Text(text: plain, html: html.hasSuffix("\n") ? String(html.dropLast()) : html)
            }
            for (index, checked) in lesson.results.calc.quizzes.enumerated() {
                let quiz = checked.quiz
                let key: Key
                switch quiz.answer?.value {
                case .number(let number)?: key = .number(number.value)
                case .boolean(let value)?: key = .boolean(value)
                case nil: key = .options(quiz.options.indices.filter { quiz.options[$0].isMarked })
                }
                let options = quiz.options.isEmpty ? nil : quiz.options.indices.map { optionIndex -> Option in
                    let rendered = text(checked.options[optionIndex], checked.documents?.options[optionIndex])
                    return Option(text: rendered?.text ?? "", html: QuizRenderer.unwrapSingleParagraph(rendered?.html ?? ""),
                                  correct: quiz.options[optionIndex].isMarked)
                }
                entries.append(Entry(
                    id: quiz.id, lesson: lesson.lesson.slug, lessonTitle: lesson.lesson.frontMatter.title,
                    position: index + 1, kind: quiz.kind.rawValue, status: checked.status.rawValue,
                    question: text(checked.question, checked.documents?.question) ?? Text(text: "", html: ""),
                    options: options, key: key,
                    tolerance: quiz.kind == .numeric ? quiz.effectiveTolerance : nil,
                    explanation: text(checked.explanation, checked.documents?.explanation),
                    hint: text(checked.hint, checked.documents?.hint),
                    check: quiz.check?.source))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(course: course.config.title, quizzes: entries))) ?? Data("{}".utf8)
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }
}
