import CourseKit
import CourseSite
import Diagnostics
import Foundation

/// Everything `build` and `check` print: diagnostics, the summary line, timings and the
/// progress line. Only the CLI prints.
struct RunReporter: Sendable {
    var options: CourseOptions

    /// Whether standard error is a terminal (the progress line is for people only).
    var showsProgress: Bool { isatty(STDERR_FILENO) == 1 && options.diagnosticsFormat == .text && !options.quiet }

    /// Whether text on standard error may be coloured: a terminal, and `NO_COLOR` unset or
    /// empty (https://no-color.org).
    static var colorsStandardError: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return isatty(STDERR_FILENO) == 1 && noColor.isEmpty
    }

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
    /// - Parameter sizes: the bytes of each written file, for the `--timings` size lines.
    func report(_ outcome: BuildOutcome, extra: [PassTiming] = [], sizes: [String: Int]? = nil) {
        endProgress()
        let diagnostics = diagnostics(of: outcome)
        emit(diagnostics, sources: outcome.sources)
        if options.timings || options.verbose {
            for timing in outcome.timings + extra {
                Self.writeError("timing: \(timing.pass) \(Self.milliseconds(timing.duration)) ms\n")
            }
            let written = sizes ?? outcome.site.map { $0.files.mapValues(\.count) } ?? [:]
            if let index = SearchPage.indexFigures(sizes: written) {
                Self.writeError("size: search index \(index.first) bytes loaded first, largest shard \(index.largestShard) bytes, \(index.total) bytes in \(index.files) files\n")
            }
        }
        guard !options.quiet else { return }
        for line in outcome.reportLines { Self.writeError(line + "\n") }
        Self.writeError(Self.summary(lessons: outcome.lessonCount, diagnostics) + "\n")
    }

    /// Reports a failure that ends the run (exit status 2 is the caller's): the text format
    /// prints `outcome`'s report, if any, then `error: …`, as it always has; a machine format
    /// prints one document holding `outcome`'s diagnostics after the failure's, so it still
    /// parses, and the `error: …` line on standard error unless `--quiet`.
    func fail(_ failure: RunFailure, after outcome: BuildOutcome? = nil) {
        guard options.diagnosticsFormat != .text else {
            if let outcome { report(outcome) } else { endProgress() }
            Self.writeError("error: \(failure.text)\n")
            return
        }
        endProgress()
        emit([failure.diagnostic] + (outcome.map(diagnostics(of:)) ?? []), sources: outcome?.sources ?? [])
        if !options.quiet { Self.writeError("error: \(failure.text)\n") }
    }

    /// `outcome`'s diagnostics, warnings made errors under `--strict`.
    private func diagnostics(of outcome: BuildOutcome) -> [Diagnostic] {
        options.strict ? outcome.diagnostics.map(Self.strictened) : outcome.diagnostics
    }

    /// Prints `diagnostics` in the chosen format: text on standard error, the machine formats on
    /// standard output so they can be redirected on their own.
    private func emit(_ diagnostics: [Diagnostic], sources: [SourceText]) {
        let colored = options.diagnosticsFormat == .text && Self.colorsStandardError
        let renderer = options.diagnosticsFormat.renderer(
            sources: SourceLookup(sources), colored: colored, toolVersion: lecternVersion)
        let output = renderer.render(diagnostics)
        if options.diagnosticsFormat == .text {
            Self.writeError(output)
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// `3 lessons, 2 errors, 1 warning` (or `3 lessons, no problems`).
    static func summary(lessons: Int, _ diagnostics: [Diagnostic]) -> String {
        DiagnosticSummary.count(lessons, "lesson") + ", " + DiagnosticSummary(diagnostics).line
    }

    /// A warning promoted to an error under `--strict`.
    static func strictened(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        if copy.severity == .warning { copy.severity = .error }
        return copy
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
