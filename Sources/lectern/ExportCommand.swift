import ArgumentParser
import CourseKit
import Diagnostics
import Foundation

/// `lectern export quizzes --format json`: the course's quizzes for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export course data for other tools.",
        discussion: """
            `lectern export quizzes --format json` checks the course as `lectern check` does \
            (`--strict` makes warnings fail it) and writes every quiz (id, lesson, kind, question \
            as text and HTML, options, key, tolerance, explanation and hint) to standard output \
            as JSON with sorted keys, in course order. Problems in the course are reported on \
            standard error and nothing is written (exit status 1).

            Examples:
              lectern export quizzes > quizzes.json
              lectern export quizzes --content docs/course --format json
            """)

    /// What can be exported.
    enum What: String, ExpressibleByArgument, CaseIterable {
        case quizzes
    }

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: ArgumentHelp("What to export: quizzes.", valueName: "what"))
    var what: What

    @Option(name: .long, help: ArgumentHelp("The output format: json.", valueName: "format"))
    var format: Format = .json

    @OptionGroup var options: CourseOptions

    func run() throws {
        let reporter = RunReporter(options: options)
        // The same driver as `build`: an export never carries a key the build would reject.
        let outcome = try options.runPipeline(reporter: reporter, render: false)
        let templates: PageRenderer
        do {
            templates = try PageRenderer(templates: options.templateSource.load())
        } catch {
            RunReporter.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
        guard !outcome.fails(strict: options.strict), let course = outcome.course else {
            reporter.report(outcome)
            throw ExitCode(1)
        }
        if !outcome.diagnostics.isEmpty { reporter.report(outcome) }
        FileHandle.standardOutput.write(Data(QuizExport.json(for: course, templates: templates).utf8))
    }
}
