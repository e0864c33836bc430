import Calc
import Diagnostics

/// Evaluates `{= expression :format}` values with a lesson's bindings and formats them for the page.
///
/// The expression is evaluated without changing any binding: an inline value reads the lesson's
/// state at its place in the document, it does not change it.
package enum InlineValueEvaluator {
    /// A failed inline value: the diagnostic to report.
    package struct Failure: Error, Sendable {
        /// The problem, at the author's location.
        package var diagnostic: Diagnostic
    }

    /// The value and its formatted text for the inside of `{= … }` (without the braces), or a
    /// diagnostic mapped through `map`, which covers `inner`.
    package static func evaluate(inner: String, map: SnippetMap, interpreter: Interpreter) -> Result<(value: Value, text: String), Failure> {
        InlineValue.valueAndText(inner, in: interpreter).mapError { Failure(diagnostic: $0.diagnostic(in: map)) }
    }

    /// Replaces every `{= … }` in a piece of Markdown (outside code spans) with its formatted value.
    ///
    /// Used for quiz texts, whose Markdown is rendered only after the check pass; the value lands in
    /// the text before parsing, which also puts it inside any math around it. Errors leave the
    /// original text in place and are returned as diagnostics.
    package static func expand(_ markdown: String, map: SnippetMap, interpreter: Interpreter) -> (String, [Diagnostic]) {
        let scalars = Array(markdown.unicodeScalars)
        var output = String.UnicodeScalarView()
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                output.append(scalar)
                output.append(scalars[index + 1])
                index += 2
                continue
            }
            if scalar == "`" {
                let end = codeSpanEnd(scalars, from: index)
                output.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "=",
               let close = scalars[(index + 2)...].firstIndex(of: "}") {
                let inner = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                let innerMap = SnippetMap(snippet: inner, startingAt: map.location(atScalarOffset: index + 2))
                switch evaluate(inner: inner, map: innerMap, interpreter: interpreter) {
                case .success(let result):
                    output.append(contentsOf: result.text.unicodeScalars)
                case .failure(let failure):
                    diagnostics.append(failure.diagnostic)
                    output.append(contentsOf: scalars[index...close])
                }
                index = close + 1
                continue
            }
            output.append(scalar)
            index += 1
        }
        return (String(output), diagnostics)
    }

    /// Where the code span opening at `start` (a run of backticks) ends: after the closing run of
    /// the same length, or right after the opening run when there is none (then it is literal text).
    private static func codeSpanEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var run = 0
        while start + run < scalars.count, scalars[start + run] == "`" { run += 1 }
        var index = start + run
        while index < scalars.count {
            guard scalars[index] == "`" else { index += 1; continue }
            var length = 0
            while index + length < scalars.count, scalars[index + length] == "`" { length += 1 }
            if length == run { return index + length }
            index += length
        }
        return start + run
    }
}
