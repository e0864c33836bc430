import ArgumentParser
import CourseKit
import CourseSite
import Foundation

/// `lectern build`: check the course and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
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

    /// Checks the course, then renders it straight into the writer's temporary folder: pages
    /// go to disk as they are made instead of the whole site being held in memory.
    func run() throws {
        let reporter = RunReporter(options: options)
        let pipeline = options.pipeline()
        let (outcome, templates) = try options.checkForBuild(pipeline, reporter: reporter)
        guard !outcome.fails(strict: options.strict), let course = outcome.course else {
            reporter.report(outcome)
            throw ExitCode(1)
        }
        let clock = ContinuousClock()
        let start = clock.now
        var rendered = start
        reporter.progress()("render")
        let sizes: [String: Int]
        do {
            sizes = try SiteWriter(output: output).write { (sink: inout FolderSink) throws(LecternError) in
                try pipeline.render(course, templates: templates, into: &sink)
                rendered = clock.now
                reporter.progress()("write")
            }
        } catch {
            // A missing partial is found while rendering; anything else failed to write.
            let stage: RunFailure.Stage = if case .missingTemplate = error { .reading } else { .writing }
            reporter.fail(RunFailure(error, stage: stage), after: outcome)
            throw ExitCode(2)
        }
        // `render` includes writing each page into the temporary folder; `write` is the swap.
        reporter.report(outcome, extra: [PassTiming(pass: "render", duration: rendered - start),
                                         PassTiming(pass: "write", duration: clock.now - rendered)],
                        sizes: sizes)
        exitKeeping(outcome, course, templates, status: 0)
    }
}
