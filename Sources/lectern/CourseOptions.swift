import ArgumentParser
import CourseKit
import Diagnostics

extension DiagnosticFormat: ExpressibleByArgument {}

/// The flags `build` and `check` share.
struct CourseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding course.yml and lessons/.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The folder holding the Mustache templates and assets/.", valueName: "dir"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp(
        "How to print diagnostics: text (for people), json, github (workflow annotations) or sarif.",
        valueName: "format"))
    var diagnosticsFormat: DiagnosticFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors: any warning makes the run fail.")
    var strict = false

    @Flag(name: .long, help: "Print how long each pass took, on standard error.")
    var timings = false

    func validate() throws {
        if content.isEmpty { throw ValidationError("--content needs a folder name.") }
        if templates.isEmpty { throw ValidationError("--templates needs a folder name.") }
    }

    /// Runs every pass up to the site (loading, parsing, checks, rendering) on these folders,
    /// showing progress through `reporter`. Content mistakes are in the outcome; a failure to
    /// read or render (a missing folder or template) is printed and ends the run with status 2.
    func runPipeline(reporter: RunReporter, render: Bool = true) throws -> BuildOutcome {
        var pipeline = CoursePipeline(contentDirectory: content, templatesDirectory: templates)
        pipeline.checks = CheckPass(strict: strict)
        do {
            return render ? try pipeline.run(progress: reporter.progress()) : try pipeline.check(progress: reporter.progress())
        } catch {
            reporter.endProgress()
            RunReporter.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
