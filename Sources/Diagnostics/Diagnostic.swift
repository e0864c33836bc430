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

    /// Errors sort before warnings, warnings before notes.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A suggested edit: replace the text in `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    /// The text to replace; an empty range means an insertion.
    public var range: SourceRange
    /// The new text; empty means a deletion.
    public var replacement: String

    /// A fix-it replacing `range` with `replacement`.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A secondary message attached to a diagnostic, optionally pointing somewhere else.
public struct DiagnosticNote: Hashable, Sendable {
    /// What the note says, a lower-case fragment like the diagnostic's.
    public var message: String
    /// What the note points at, when that is not the diagnostic's own range.
    public var range: SourceRange?

    /// A note saying `message`, pointing at `range` if given.
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
    /// Whether this stops the build (error), is advice (warning) or information (note).
    public var severity: Severity
    /// The stable dotted code, such as `math.unbalanced-brace`.
    public var code: String
    /// A lower-case fragment saying what is wrong and, where possible, what to do.
    public var message: String
    /// Where the problem is; nil for problems of the whole run (a missing folder).
    public var range: SourceRange?
    /// The file or folder a diagnostic without a `range` is about (the missing content folder,
    /// the output that cannot be written); nil when it has a range or concerns no path.
    public var path: String?
    /// Further explanation, each possibly pointing elsewhere.
    public var notes: [DiagnosticNote]
    /// An edit that would fix the problem, when one is certain enough to suggest.
    public var fixIt: FixIt?

    /// A diagnostic with every field given.
    public init(
        _ severity: Severity,
        code: String,
        message: String,
        range: SourceRange?,
        notes: [DiagnosticNote] = [],
        fixIt: FixIt? = nil,
        path: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIt = fixIt
        self.path = range == nil ? path : nil
    }

    /// The file the diagnostic points into: its range's, else its `path`.
    public var file: String? { range?.file ?? path }

    /// An error diagnostic.
    public static func error(_ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, range: range, notes: notes, fixIt: fixIt)
    }

    /// A warning diagnostic.
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
