/// The output formats of `--diagnostics-format`; the raw value is what the user types.
public enum DiagnosticFormat: String, CaseIterable, Hashable, Sendable {
    /// Human text with quoted source lines and carets.
    case text
    /// One JSON object with every diagnostic and the counts.
    case json
    /// GitHub Actions workflow commands, shown as pull-request annotations.
    case github
    /// A SARIF 2.1.0 log for code-scanning tools.
    case sarif

    /// The renderer for this format. `sources` gives quoted lines (text) and column conversion
    /// (SARIF); `colored` matters only for text; `toolVersion` only for SARIF.
    public func renderer(sources: SourceLookup, colored: Bool = false, toolVersion: String) -> any DiagnosticRenderer {
        switch self {
        case .text: TextDiagnosticRenderer(sources: sources, colored: colored)
        case .json: JSONDiagnosticRenderer()
        case .github: GitHubDiagnosticRenderer()
        case .sarif: SARIFDiagnosticRenderer(toolVersion: toolVersion, sources: sources)
        }
    }
}
