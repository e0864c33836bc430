import Calc
import Diagnostics

/// Evaluates `{= expression :format}` values with a lesson's bindings and formats them for the page.
package enum InlineValueEvaluator {
    /// A failed inline value: the diagnostic to report.
    package struct Failure: Error, Sendable {
        package var diagnostic: Diagnostic
    }

    /// The formatted value, or a diagnostic in the author's file.
    ///
    /// The expression is evaluated without changing any binding: an inline value reads the
    /// lesson's state at its place in the document, it does not change it.
    package static func evaluate(expression: String, format: String?, map: SnippetMap, formatRange: SourceRange?, interpreter: Interpreter) -> Result<(value: Value, text: String), Failure> {
        switch interpreter.evaluate(expression) {
        case .failure(let error):
            return .failure(Failure(diagnostic: error.diagnostic(in: map)))
        case .success(let value):
            switch ValueFormat.format(value, spec: format) {
            case .success(let text):
                return .success((value, text))
            case .failure(let error):
                return .failure(Failure(diagnostic: .error("inline.bad-format", error.message, at: formatRange ?? map.range(atScalarOffset: 0))))
            }
        }
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
                // Copy a code span verbatim: a run of backticks up to the same run.
                var run = 0
                while index + run < scalars.count, scalars[index + run] == "`" { run += 1 }
                var close = index + run
                var found: Int?
                while close < scalars.count {
                    if scalars[close] == "`" {
                        var length = 0
                        while close + length < scalars.count, scalars[close + length] == "`" { length += 1 }
                        if length == run { found = close + length; break }
                        close += length
                    } else {
                        close += 1
                    }
                }
                let end = found ?? index + run
                output.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "=",
               let close = scalars[(index + 2)...].firstIndex(of: "}") {
                let inner = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                let parts = InlineValueSource.split(Substring(inner))
                let expressionStart = index + 2 + parts.expressionOffset
                let expressionMap = SnippetMap(snippet: String(parts.expression), startingAt: map.location(atScalarOffset: expressionStart))
                var formatRange: SourceRange?
                if let format = parts.format {
                    let formatOffset = close - format.unicodeScalars.count
                    formatRange = map.range(atScalarOffset: formatOffset, length: format.unicodeScalars.count)
                }
                switch evaluate(expression: String(parts.expression), format: parts.format, map: expressionMap, formatRange: formatRange, interpreter: interpreter) {
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
}
