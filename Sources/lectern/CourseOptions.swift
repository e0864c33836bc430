import ArgumentParser
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
}
