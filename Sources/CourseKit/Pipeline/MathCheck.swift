import Diagnostics
import TeXMath

/// Converts every formula to MathML; a formula's errors are reported at the author's line and
/// column through the node's snippet map.
package struct MathCheck: LessonCheck {
    /// `math`.
    package var name: String { "math" }

    /// Creates the check.
    package init() {}

    /// Converts each math node of the lesson.
    package func check(_ context: inout LessonCheckContext) {
        for case .math(let node) in context.items {
            // The Calc check may have put computed values into the TeX.
            let source = context.results.calc.mathSources[node.range] ?? (node.tex, node.map)
            let result = TeXMath.convert(source.tex, display: node.display)
            for error in result.errors {
                context.diagnostics.append(error.diagnostic(in: source.map))
            }
            if result.errors.isEmpty, let mathML = result.mathML {
                context.results.mathML[node.range] = mathML
            }
        }
    }
}
