import Calc
import Diagnostics

/// Renders the diagnostics of `eval` and `repl` with the shared text renderer: location,
/// message and code, the source line with a caret under the mistake, and notes.
enum EvalDiagnosticText {
    /// `diagnostics` quoting lines from `sources`.
    static func render(_ diagnostics: [Diagnostic], sources: [SourceText]) -> String {
        TextDiagnosticRenderer(sources: SourceLookup(sources)).render(diagnostics)
    }

    /// A Calc error in `source` typed by the user; `file` names it in the location
    /// (`<expression>:1:5`), and columns count from the start of what was typed.
    static func render(_ error: CalcError, in source: String, file: String) -> String {
        let map = SnippetMap(snippet: source, startingAt: SourceLocation(file: file, line: 1, column: 1))
        return render([error.diagnostic(in: map)], sources: [SourceText(file: file, text: source)])
    }
}
