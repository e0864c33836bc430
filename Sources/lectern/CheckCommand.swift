import ArgumentParser
import CourseKit

/// `lectern check`: everything `build` does except writing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the course without writing anything.",
        discussion: """
            Runs every pass of `lectern build` (loading, parsing, math, checks, rendering) and \
            reports all problems, sorted by file and position. Exit status: 0 clean, 1 problems \
            in the course, 2 usage or file errors.
            """)

    @OptionGroup var options: CourseOptions

    func run() throws {
        let reporter = RunReporter(options: options)
        let outcome = try options.runPipeline(reporter: reporter)
        reporter.report(outcome)
        if outcome.fails(strict: options.strict) { throw ExitCode(1) }
    }
}
