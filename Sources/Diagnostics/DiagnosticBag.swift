/// The diagnostics a pass collects; passes append to it instead of stopping at the first problem.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }

    public mutating func error(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
        append(.error(code, message, at: range, notes: notes, fixIt: fixIt))
    }

    public mutating func warning(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
        append(.warning(code, message, at: range, notes: notes, fixIt: fixIt))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// The diagnostics in report order (file, position), duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted(by: Diagnostic.reportOrder).filter { seen.insert($0).inserted }
    }
}
