/// How serious a diagnostic is.
public enum Severity: String, Hashable, Comparable, Sendable, Codable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A suggested edit: replace the text in `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A secondary message attached to a diagnostic, optionally pointing somewhere else.
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?

    public init(_ message: String, range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// One finding about an author's input: what is wrong, where, and what to do.
///
/// `code` is stable across releases (`math.unbalanced-brace`, `quiz.wrong-key`) so that CI
/// scripts and SARIF viewers can filter on it; the message may improve over time.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var code: String
    /// A lower-case fragment saying what is wrong and, where possible, what to do.
    public var message: String
    /// Where the problem is; nil for problems of the whole run (a missing folder).
    public var range: SourceRange?
    public var notes: [DiagnosticNote]
    public var fixIt: FixIt?

    public init(
        _ severity: Severity,
        code: String,
        message: String,
        range: SourceRange?,
        notes: [DiagnosticNote] = [],
        fixIt: FixIt? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIt = fixIt
    }

    public static func error(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, range: range, notes: notes, fixIt: fixIt)
    }

    public static func warning(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, range: range, notes: notes, fixIt: fixIt)
    }

    /// The order diagnostics are reported in: by file, then position, then severity and code.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.range, rhs.range) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (l?, r?) where l != r: return l < r
        default:
            return (lhs.severity, lhs.code, lhs.message) < (rhs.severity, rhs.code, rhs.message)
        }
    }
}
