import CourseKit
import Diagnostics
import Foundation

/// Everything `build` and `check` print: diagnostics, the summary line, timings and the
/// progress line. Only the CLI prints.
struct RunReporter: Sendable {
    var options: CourseOptions

    /// Whether standard error is a terminal (the progress line is for people only).
    var showsProgress: Bool { isatty(STDERR_FILENO) == 1 && options.diagnosticsFormat == .text }

    /// The progress callback for the pipeline.
    func progress() -> @Sendable (String) -> Void {
        guard showsProgress else { return { _ in } }
        return { pass in Self.writeError("\r\u{1B}[K\(pass)…") }
    }

    /// Clears the progress line.
    func endProgress() {
        if showsProgress { Self.writeError("\r\u{1B}[K") }
    }

    /// Prints the diagnostics in the chosen format, then the summary line on standard error.
    func report(_ outcome: BuildOutcome, extra: [PassTiming] = []) {
        endProgress()
        let diagnostics = options.strict ? outcome.diagnostics.map(Self.strictened) : outcome.diagnostics
        switch options.diagnosticsFormat {
        case .text:
            Self.writeError(diagnostics.map(Self.text).joined())
        case .json, .github, .sarif:
            // Structured formats go to standard output so they can be piped; text stays on stderr.
            FileHandle.standardOutput.write(Data(diagnostics.map(Self.text).joined().utf8))
        }
        if options.timings {
            for timing in outcome.timings + extra {
                Self.writeError("timing: \(timing.pass) \(Self.milliseconds(timing.duration)) ms\n")
            }
        }
        Self.writeError(Self.summary(lessons: outcome.lessonCount, diagnostics) + "\n")
    }

    /// `3 lessons, 2 errors, 1 warning`.
    static func summary(lessons: Int, _ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return [plural(lessons, "lesson"), plural(errors, "error"), plural(warnings, "warning")].joined(separator: ", ")
    }

    /// A warning promoted to an error under `--strict`.
    static func strictened(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        if copy.severity == .warning { copy.severity = .error }
        return copy
    }

    private static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func text(_ diagnostic: Diagnostic) -> String {
        var line = diagnostic.range.map { "\($0.start): " } ?? ""
        line += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]\n"
        for note in diagnostic.notes {
            line += "  " + (note.range.map { "\($0.start): " } ?? "") + "note: \(note.message)\n"
        }
        return line
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    /// Writes to standard error.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
