/// The counts of a run's diagnostics and the one-line summary the CLI prints last.
public struct DiagnosticSummary: Hashable, Sendable, Codable {
    /// Diagnostics of severity error.
    public var errors: Int
    /// Diagnostics of severity warning.
    public var warnings: Int
    /// Diagnostics of severity note (not the notes attached to others).
    public var notes: Int

    /// Counts given directly.
    public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    /// Counts of `diagnostics` by severity (attached notes are part of their diagnostic).
    public init(_ diagnostics: some Sequence<Diagnostic>) {
        self.init()
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }

    /// `2 errors, 1 warning`; zero counts are left out, and a clean run says `no problems`.
    public var line: String {
        let parts = [(errors, "error", "errors"), (warnings, "warning", "warnings"), (notes, "note", "notes")]
            .filter { $0.0 > 0 }
            .map { Self.count($0.0, $0.1, $0.2) }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }

    /// `1 quiz` / `3 quizzes`: a count with the right form of its noun, for lines the CLI adds.
    public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
