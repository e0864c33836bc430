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

    /// Like `evaluate`, charging the work to `interpreter`'s budget (the lesson's and the build's).
    package static func evaluate(inner: String, map: SnippetMap, charging interpreter: inout Interpreter) -> Result<(value: Value, text: String), Failure> {
        InlineValue.valueAndText(inner, charging: &interpreter).mapError { Failure(diagnostic: $0.diagnostic(in: map)) }
    }
}
