/// The diagnostics a pass collects; passes append to it instead of stopping at the first problem.
public struct DiagnosticBag: Sendable {
    /// Everything collected, in the order it was added.
    public private(set) var diagnostics: [Diagnostic] = []

    /// A bag holding `diagnostics` to start with.
    public init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds the diagnostics of another pass.
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }

    /// Adds an error.
    public mutating func error(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
        append(.error(code, message, at: range, notes: notes, fixIt: fixIt))
    }

    /// Adds a warning.
    public mutating func warning(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
        append(.warning(code, message, at: range, notes: notes, fixIt: fixIt))
    }

    /// Whether the run must fail.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// How many errors were collected (duplicates included).
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings were collected (duplicates included).
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// Whether nothing at all was collected.
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// The counts by severity of `sorted`, for the run's last line.
    public var summary: DiagnosticSummary { DiagnosticSummary(sorted) }

    /// The diagnostics in report order (file, position), duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted(by: Diagnostic.reportOrder).filter { seen.insert($0).inserted }
    }
}
