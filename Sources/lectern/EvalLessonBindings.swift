import Calc
import Diagnostics
import Foundation

/// The bindings a lesson's worked examples leave behind, for `eval --lesson` and `repl --lesson`.
///
/// Until the course pipeline exposes lesson parsing to the CLI, the ```` ```example ```` fences
/// are found with a line scan (CommonMark fences of three or more backticks or tildes).
struct EvalLessonBindings {
    /// The fence bodies of `text`, each with the 1-based line of its first body line.
    static func exampleBodies(in text: String) -> [(body: String, firstLine: Int)] {
        var bodies: [(String, Int)] = []
        var open: (marker: Character, length: Int, firstLine: Int, lines: [Substring])?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(min(indent, 3))
            if var fence = open {
                let run = content.prefix { $0 == fence.marker }.count
                if indent < 4, run >= fence.length, content.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    bodies.append((fence.lines.joined(separator: "\n"), fence.firstLine))
                    open = nil
                } else {
                    fence.lines.append(line)
                    open = fence
                }
                continue
            }
            guard indent < 4, let marker = content.first, marker == "`" || marker == "~" else { continue }
            let run = content.prefix { $0 == marker }.count
            guard run >= 3 else { continue }
            let info = content.dropFirst(run).drop { $0 == " " }
            let word = info.prefix { !$0.isWhitespace && $0 != "{" }
            if word == "example" {
                open = (marker, run, index + 2, [])
            } else {
                // Skip other fences whole so that their contents are not scanned.
                open = (marker, run, -1, [])
            }
        }
        return bodies.filter { $0.1 > 0 }
    }

    /// Runs every example of the lesson at `path` into `interpreter`; returns the rendered
    /// diagnostics of examples that failed (empty when all pass). Throws only when the file
    /// cannot be read.
    static func load(path: String, into interpreter: inout Interpreter) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        let text = String(decoding: data, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        for (body, firstLine) in exampleBodies(in: text) {
            let example = WorkedExample(body: body)
            let outcome = example.run(in: &interpreter, bodyStart: SourceLocation(file: path, line: firstLine, column: 1))
            diagnostics.append(contentsOf: outcome.diagnostics)
        }
        return diagnostics.isEmpty ? "" : EvalDiagnosticText.render(diagnostics, sources: [SourceText(file: path, text: text)])
    }
}
