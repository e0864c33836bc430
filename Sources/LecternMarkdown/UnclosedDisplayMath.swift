import Diagnostics

/// The diagnostic for a `$$` that opens display math nobody closes.
enum UnclosedDisplayMath {
    /// `math.unclosed-display` at the `$$`.
    static func diagnostic(at range: SourceRange) -> Diagnostic {
        .error(MarkdownCodes.mathUnclosedDisplay,
               "'$$' opens display math that is never closed; the formula would be published as raw TeX",
               at: range,
               notes: [DiagnosticNote("close it with '$$' in the same paragraph; inside a formula, a line starting with '- ', '+ ', '* ', '> ', '#' or '1. ' starts a new block unless each '$$' stands on a line of its own, so put them there, indent the line or move the symbol")])
    }
}
