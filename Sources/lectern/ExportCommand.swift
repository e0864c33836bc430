import ArgumentParser
import CourseKit
import Diagnostics
import Foundation

/// `lectern export quizzes --format json`: the course's quizzes for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export course data for other tools.",
        discussion: """
            `lectern export quizzes --format json` checks the course and writes every quiz (id, \
            lesson, kind, question as text and HTML, options, key, tolerance, explanation and \
            hint) to standard output as JSON with sorted keys, in course order. Problems in the \
            course are reported on standard error and nothing is written (exit status 1).

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

    @Option(name: .long, help: ArgumentHelp("The folder holding course.yml and lessons/.", valueName: "dir"))
    var content = "content"

    func validate() throws {
        if content.isEmpty { throw ValidationError("--content needs a folder name.") }
    }

    func run() throws {
        let result: (json: String?, diagnostics: [Diagnostic], sources: [SourceText])
        do {
            result = try QuizExport.run(contentDirectory: content)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if !result.diagnostics.isEmpty {
            let renderer = DiagnosticFormat.text.renderer(sources: SourceLookup(result.sources), colored: false, toolVersion: lecternVersion)
            FileHandle.standardError.write(Data(renderer.render(result.diagnostics).utf8))
        }
        guard let json = result.json else { throw ExitCode(1) }
        FileHandle.standardOutput.write(Data(json.utf8))
    }
}
