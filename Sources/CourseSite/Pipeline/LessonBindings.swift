import Calc
import CourseKit
import Diagnostics
import Foundation

/// The Calc bindings a lesson leaves behind, for `eval --lesson` and `repl --lesson`: the lesson
/// is checked exactly as `build` checks it, inside its course when the file sits in a course's
/// `lessons/` folder, else on its own.
package enum LessonBindings {
    /// What checking the lesson gave: its final bindings, its problems and the files to quote.
    package struct Result: Sendable {
        /// The bindings after the lesson's last worked example.
        package var interpreter: Interpreter
        /// The lesson's problems (empty when it checks clean).
        package var diagnostics: [Diagnostic]
        /// The files read, for quoting lines in diagnostics.
        package var sources: [SourceText]
    }

    /// Checks the lesson at `path`.
    /// - Throws: `LecternError.io` when the file cannot be read.
    package static func check(path: String) throws(LecternError) -> Result {
        let file = URL(fileURLWithPath: path)
        let folder = file.deletingLastPathComponent()
        let content = folder.deletingLastPathComponent()
        let slug = file.deletingPathExtension().lastPathComponent
        if folder.lastPathComponent == "lessons",
           FileManager.default.fileExists(atPath: content.appendingPathComponent("course.yml").path) {
            let contentPath = String(path.dropLast(file.lastPathComponent.count + "lessons/".count))
            let outcome = try CoursePipeline(contentDirectory: contentPath.isEmpty ? "." : contentPath, templatesDirectory: "").check()
            if let lesson = outcome.course?.lessons.first(where: { $0.lesson.slug == slug }) {
                let mine = outcome.diagnostics.filter { $0.range?.file == lesson.lesson.source.file }
                return Result(interpreter: lesson.bindings, diagnostics: mine, sources: outcome.sources)
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lesson = Lesson(slug: slug, moduleIndex: 0, position: 0, frontMatter: LessonFrontMatter(title: slug),
                            source: SourceText(file: path, text: text),
                            body: SourceText(file: path, text: FrontMatter(splitting: text).body))
        let (parsed, parseDiagnostics) = ParsePass.parse(lesson, allowHTML: false)
        let (checked, checkDiagnostics) = CheckPass().check(parsed, glossary: Glossary(entries: []), faq: FAQ(entries: []))
        // A lone file has no glossary or FAQ to link to; only its computations matter here.
        let computed = (parseDiagnostics + checkDiagnostics).filter { !$0.code.hasPrefix("glossary.") && !$0.code.hasPrefix("faq.") }
        return Result(interpreter: checked.bindings, diagnostics: computed, sources: [lesson.source])
    }
}
