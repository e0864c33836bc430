import ArgumentParser
import CourseKit
import CourseSite
import Diagnostics
import Foundation

extension DiagnosticFormat: ExpressibleByArgument {}

/// The flags `build`, `check` and `serve` share.
struct CourseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder holding course.yml and lessons/ (example: --content docs/course).", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(
        "The folder holding the Mustache templates and assets/ (example: --templates my-theme). Without it, templates/ is used when it exists, else the templates built into lectern.",
        valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp(
        "How to print diagnostics: text (for people), json, github (workflow annotations) or sarif (example: --diagnostics-format github).",
        valueName: "format"))
    var diagnosticsFormat: DiagnosticFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors: any warning makes the run fail (example: lectern build --strict).")
    var strict = false

    @Flag(name: .long, help: "Print how long each pass took, on standard error.")
    var timings = false

    @Flag(name: [.short, .long], help: "Print only the diagnostics: no progress, summary or status lines.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print more: pass timings, the templates used, what changed before a rebuild.")
    var verbose = false

    @Option(name: [.short, .long], help: ArgumentHelp(
        "How many threads parse, check and render lessons; the site is the same for every number. Default: LECTERN_JOBS when set, else one per core (example: --jobs 1).",
        valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs needs a number of threads, 1 or more.") }
        if jobs == nil, let text = ProcessInfo.processInfo.environment["LECTERN_JOBS"], Int(text).map({ $0 < 1 }) ?? true {
            throw ValidationError("LECTERN_JOBS needs a number of threads, 1 or more (it is '\(text)').")
        }
        if content.isEmpty { throw ValidationError("--content needs a folder name.") }
        if templates?.isEmpty == true { throw ValidationError("--templates needs a folder name.") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
    }

    /// The number of threads for this run: `--jobs`, else `LECTERN_JOBS`, else one per core.
    var threadCount: Int {
        jobs ?? ProcessInfo.processInfo.environment["LECTERN_JOBS"].flatMap { Int($0) } ?? ParallelMap.defaultWidth
    }

    /// Where the templates come from for this run.
    var templateSource: TemplateSource { TemplateSource.resolve(option: templates) }

    /// Runs every pass up to the site (loading, parsing, checks, rendering) on these folders,
    /// showing progress through `reporter`. Content mistakes are in the outcome; a failure to
    /// read or render (a missing folder or template) is reported in the chosen format
    /// (`RunReporter.fail`) and ends the run with status 2.
    func runPipeline(reporter: RunReporter, render: Bool = true) throws -> BuildOutcome {
        let pipeline = pipeline()
        return try Self.stoppingOnFailure(reporter) { () throws(LecternError) in
            render ? try pipeline.run(progress: reporter.progress()) : try pipeline.check(progress: reporter.progress())
        }
    }

    /// Checks the course for `build`, with the templates read for rendering straight to disk;
    /// failures end the run as in `runPipeline(reporter:render:)`.
    func checkForBuild(_ pipeline: CoursePipeline, reporter: RunReporter) throws -> (BuildOutcome, TemplateSet) {
        try Self.stoppingOnFailure(reporter) { () throws(LecternError) in try pipeline.checkForBuild(progress: reporter.progress()) }
    }

    /// The pipeline over these folders, with `--strict` checks.
    func pipeline() -> CoursePipeline {
        let source = templateSource
        if verbose { RunReporter.writeError("templates: \(source.folder ?? "built into lectern")\n") }
        var pipeline = source.pipeline(content: content)
        pipeline.checks = CheckPass(strict: strict)
        pipeline.parallelism = threadCount
        return pipeline
    }

    /// `body`'s result; a `LecternError` is reported and becomes exit status 2.
    private static func stoppingOnFailure<T>(_ reporter: RunReporter, _ body: () throws(LecternError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            reporter.fail(RunFailure(error, stage: .reading))
            throw ExitCode(2)
        }
    }
}
