import Calc
import Diagnostics

/// A plain text rendering of diagnostics for `eval` and `repl`: location, message, code, the
/// source line with a caret under the mistake, and notes.
enum EvalDiagnosticText {
    static func render(_ diagnostic: Diagnostic, source: SourceText?) -> String {
        var out = ""
        if let range = diagnostic.range {
            out += "\(range.start): "
        }
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]\n"
        if let range = diagnostic.range, let source, let line = source.line(range.start.line) {
            let number = String(range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            let width = range.end.line == range.start.line ? max(range.end.column - range.start.column, 1) : 1
            out += " \(number) | \(line)\n"
            out += " \(gutter) | \(String(repeating: " ", count: max(range.start.column - 1, 0)))^"
            out += String(repeating: "~", count: max(min(width, 200) - 1, 0)) + "\n"
        }
        for note in diagnostic.notes {
            out += "note: \(note.message)\n"
        }
        return out
    }

    /// A Calc error in `source` typed on the command line (`file` names it in the location).
    static func render(_ error: CalcError, in source: String, file: String) -> String {
        let map = SnippetMap(snippet: source, startingAt: SourceLocation(file: file, line: 1, column: 1))
        return render(error.diagnostic(in: map), source: SourceText(file: file, text: source))
    }
}
