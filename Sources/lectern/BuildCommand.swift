import ArgumentParser
import CourseKit
import CourseSite
import Foundation

/// `lectern build`: check the course and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the course and write it as a static site.",
        discussion: """
            Every lesson is loaded, parsed and checked; all problems are reported at once. When \
            there are no errors (and, with --strict, no warnings) the site is written to a folder \
            beside the output and swapped in, so a failed build leaves the previous site as it was. \
            Exit status: 0 success, 1 problems in the course, 2 usage or file errors.

            Examples:
              lectern build
              lectern build --strict --output public
              lectern build --content course --templates theme --timings
            """)

    @OptionGroup var options: CourseOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site into; replaced as a whole (example: --output public).", valueName: "dir"))
    var output = "site"

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output needs a folder name.") }
    }

    func run() throws {
        let reporter = RunReporter(options: options)
        let outcome = try options.runPipeline(reporter: reporter)
        guard !outcome.fails(strict: options.strict), let site = outcome.site else {
            reporter.report(outcome)
            throw ExitCode(1)
        }
        let clock = ContinuousClock()
        let start = clock.now
        reporter.progress()("write")
        do {
            try SiteWriter(output: output).write(site)
        } catch {
            reporter.report(outcome)
            RunReporter.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
        reporter.report(outcome, extra: [PassTiming(pass: "write", duration: clock.now - start)])
    }
}
