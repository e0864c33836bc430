import ArgumentParser
import CourseKit
import CourseSite
import Foundation

/// `lectern check`: everything `build` does except writing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the course without writing anything.",
        discussion: """
            Runs every pass of `lectern build` (loading, parsing, math, checks, rendering) and \
            reports all problems, sorted by file and position. With --watch it checks again \
            after every batch of saves until Ctrl-C, for authors who work in a terminal. Exit \
            status: 0 clean, 1 problems in the course, 2 usage or file errors.

            Examples:
              lectern check
              lectern check --strict --diagnostics-format github   (in CI: annotations on the changed lines)
              lectern check --diagnostics-format sarif > lectern.sarif
              lectern check --watch
            """)

    @OptionGroup var options: CourseOptions

    @Flag(name: .long, help: "Keep watching the content and templates folders and check again after each change.")
    var watch = false

    func run() throws {
        let reporter = RunReporter(options: options)
        guard watch else { return try checkOnce(reporter: reporter) }
        let options = options
        let status = blockingRun { await Self.watchLoop(options: options, reporter: reporter) }
        if status != 0 { throw ExitCode(status) }
    }

    /// Runs every pass once, rendering into a `SizeSink`: the pages are made (so template
    /// problems are found) but never all held in memory at once.
    private func checkOnce(reporter: RunReporter) throws {
        let pipeline = options.pipeline()
        let (outcome, templates) = try options.checkForBuild(pipeline, reporter: reporter)
        var extra: [PassTiming] = []
        var sink = SizeSink()
        if let course = outcome.course {
            let clock = ContinuousClock()
            let start = clock.now
            reporter.progress()("render")
            do {
                try pipeline.render(course, templates: templates, into: &sink)
            } catch {
                reporter.fail(RunFailure(error, stage: .reading))
                throw ExitCode(2)
            }
            extra.append(PassTiming(pass: "render", duration: clock.now - start))
        }
        reporter.report(outcome, extra: extra, sizes: sink.sizes)
        exitKeeping(outcome, templates, status: outcome.fails(strict: options.strict) ? 1 : 0)
    }

    /// Checks, then checks again after each batch of changes until interrupted.
    private static func watchLoop(options: CourseOptions, reporter: RunReporter) async -> Int32 {
        let templates = options.templateSource
        let builder = ServeBuilder(content: options.content, templates: templates, strict: options.strict, render: false, jobs: options.threadCount)
        let folders = [options.content] + (templates.folder.map { [$0] } ?? [])
        let watch = ChangeWatch(folders: folders)
        let interrupts = onInterrupt { Task { await watch.stop() } }
        check(builder, changed: [], options: options, reporter: reporter, folders: folders)
        for await changed in watch.batches {
            if !options.quiet {
                let names = changed.sorted().map { URL(fileURLWithPath: $0).lastPathComponent }
                RunReporter.writeError("\nchanged: \(names.joined(separator: ", "))\n")
            }
            check(builder, changed: changed, options: options, reporter: reporter, folders: folders)
        }
        withExtendedLifetime(interrupts) {}  // the signal sources must outlive the loop (release builds free them early otherwise)
        return 0
    }

    private static func check(_ builder: ServeBuilder, changed: Set<String>, options: CourseOptions,
                              reporter: RunReporter, folders: [String]) {
        do {
            reporter.report(try builder.rebuild(changed: changed))
        } catch {
            reporter.fail(RunFailure(error, stage: .reading))
        }
        if !options.quiet { RunReporter.writeError("watching \(folders.joined(separator: ", ")); Ctrl-C stops\n") }
    }
}
