import ArgumentParser
import CourseKit
import CourseSite
import Diagnostics
import Foundation

/// `lectern export quizzes --format json|qti|moodle|gift`: the course's quizzes for other tools and LMSs.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export course data for other tools.",
        discussion: """
            `lectern export quizzes --format json` checks the course as `lectern check` does \
            (`--strict` makes warnings fail it) and writes every quiz (id, lesson, kind, question \
            as text and HTML, options, key, tolerance, explanation and hint) to standard output \
            as JSON with sorted keys, in course order. Problems in the course are reported on \
            standard error and nothing is written (exit status 1).

            Other formats, for learning-management systems, carry the same proven keys: `qti` is an \
            IMS QTI 2.1 content package (a zip; it needs `--output FILE` or standard output \
            redirected away from a terminal), `moodle` is Moodle XML and `gift` is Moodle's GIFT \
            text. `--output FILE` writes the export to FILE instead of standard output. \
            A parameterised quiz exports its first variant; with `--variants N` it exports up \
            to N of its proven variants, each a question of its own named `<id>-v01`, `<id>-v02`, \
            and so on.

            Examples:
              lectern export quizzes > quizzes.json
              lectern export quizzes --content docs/course --format json
              lectern export quizzes --format qti --output quizzes.zip
              lectern export quizzes --format moodle --output quizzes.xml
              lectern export quizzes --format gift --variants 20 --output quizzes.txt
            """)

    /// What can be exported.
    enum What: String, ExpressibleByArgument, CaseIterable {
        case quizzes
    }

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case qti
        case moodle
        case gift
    }

    @Argument(help: ArgumentHelp("What to export: quizzes.", valueName: "what"))
    var what: What

    @Option(name: .long, help: ArgumentHelp("The output format: json, qti, moodle or gift.", valueName: "format"))
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("Write the export to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Export up to this many variants of each parameterised quiz (default: the first only).", valueName: "n"))
    var variants: Int?

    func validate() throws {
        if let variants, variants < 1 {
            throw ValidationError("--variants must be at least 1")
        }
    }

    @OptionGroup var options: CourseOptions

    func run() throws {
        // A zip on a terminal is garbage on the screen; refuse before doing any work.
        if format == .qti, output == nil, isatty(FileHandle.standardOutput.fileDescriptor) != 0 {
            RunReporter.writeError("error: a QTI package is a zip file; give --output FILE or redirect standard output\n")
            throw ExitCode(2)
        }
        let reporter = RunReporter(options: options)
        // The same driver as `build`: an export never carries a key the build would reject.
        let outcome = try options.runPipeline(reporter: reporter, render: false)
        let templates: PageRenderer
        do {
            templates = try PageRenderer(templates: options.templateSource.load())
        } catch {
            reporter.fail(RunFailure(error, stage: .reading))
            throw ExitCode(2)
        }
        guard !outcome.fails(strict: options.strict), let course = outcome.course else {
            reporter.report(outcome)
            throw ExitCode(1)
        }
        let items = ExportItem.all(in: course, variants: variants)
        let title = course.config.title
        let data: Data = switch format {
        case .json: Data(QuizExport.json(for: course, templates: templates, variants: variants).utf8)
        case .qti: QTIPackage.zip(for: items, course: title)
        case .moodle: Data(MoodleXML.document(for: items, course: title).utf8)
        case .gift: Data(GIFT.document(for: items, course: title).utf8)
        }
        let warnings = outcome.diagnostics.isEmpty ? nil : outcome
        guard let output else {
            if let warnings { reporter.report(warnings) }
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            // Reported after the write, so a machine format prints one document either way.
            let reason = error.localizedDescription
            var diagnostic = Diagnostic.error(LecternCodes.write, "cannot write the export: \(reason)", at: nil)
            diagnostic.path = output
            reporter.fail(RunFailure(text: "cannot write \(output): \(reason)", diagnostic: diagnostic), after: warnings)
            throw ExitCode(2)
        }
        if let warnings { reporter.report(warnings) }
    }
}
