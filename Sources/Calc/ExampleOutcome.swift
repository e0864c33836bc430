import Diagnostics

/// What running one step of a worked example gave.
public struct StepOutcome: Hashable, Sendable {
    /// The statement as run (continuation lines joined by newlines).
    public var statement: String
    /// The expected output as written, or nil.
    public var expected: String?
    /// The printed value; nil for an assignment or a statement that failed.
    public var actual: String?
    /// True when the statement ran and its value matched what was expected (if anything).
    public var passed: Bool
}

/// The outcome of a whole worked example: one entry per step, and the diagnostics at the
/// author's lines and columns.
public struct ExampleOutcome: Hashable, Sendable {
    /// One outcome per `>>>` statement, in order.
    public var steps: [StepOutcome]
    /// Mismatches and statement errors at the author's lines and columns.
    public var diagnostics: [Diagnostic]

    /// True when nothing went wrong.
    public var passed: Bool { diagnostics.allSatisfy { $0.severity != .error } }
}
