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
            let result = TeXMath.convert(node.tex, display: node.display)
            for error in result.errors {
                context.diagnostics.append(error.diagnostic(in: node.map))
            }
            if result.errors.isEmpty, let mathML = result.mathML {
                context.results.mathML[node.range] = mathML
            }
        }
    }
}
