import Calc
import CourseKit
import Diagnostics
import Foundation

/// The bindings a lesson's worked examples leave behind, for `eval --lesson` and `repl --lesson`.
///
/// The lesson is parsed as the course pipeline parses it (front matter blanked, cmark-gfm,
/// Lectern's fences), and its ```` ```example ```` blocks run in reading order.
struct EvalLessonBindings {
    /// Runs every example of the lesson at `path` into `interpreter`; returns the rendered
    /// diagnostics of examples that failed (empty when all pass). Throws only when the file
    /// cannot be read.
    static func load(path: String, into interpreter: inout Interpreter) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        let text = String(decoding: data, as: UTF8.self)
        let body = SourceText(file: path, text: FrontMatter(splitting: text).body)
        let (document, _) = MarkdownParser().parse(body)
        var diagnostics: [Diagnostic] = []
        for item in LecternNodeWalk.items(in: document) {
            guard case .fence(let fence) = item, fence.kind == .example else { continue }
            let outcome = WorkedExample(body: fence.body).run(in: &interpreter, bodyMap: fence.bodyMap)
            diagnostics.append(contentsOf: outcome.diagnostics)
        }
        return diagnostics.isEmpty ? "" : EvalDiagnosticText.render(diagnostics, sources: [SourceText(file: path, text: text)])
    }
}
