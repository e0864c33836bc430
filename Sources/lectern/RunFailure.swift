import CourseKit
import Diagnostics

/// A failure that ends a run outside the course's own files (a missing content or templates
/// folder, a template that does not parse, an output that cannot be written), in both the forms
/// the CLI prints it: the `error: …` line of the text format, and a diagnostic for the machine
/// formats, whose readers would otherwise get text they cannot parse. Exit status 2 either way.
struct RunFailure: Sendable {
    /// When the failure happened, which decides the code of an I/O error.
    enum Stage: Sendable {
        /// Reading the content or templates, or rendering.
        case reading
        /// Writing the site or an export.
        case writing
    }

    /// The line the text format prints, without `error: ` and the newline.
    var text: String
    /// The same failure for `--diagnostics-format json|github|sarif`: an error at the path it is
    /// about (a template's position when known), with a `lectern.*` code.
    var diagnostic: Diagnostic

    /// A failure from its two forms.
    init(text: String, diagnostic: Diagnostic) {
        self.text = text
        self.diagnostic = diagnostic
    }

    /// `error` met while `stage` ran.
    init(_ error: LecternError, stage: Stage) {
        text = "\(error)"
        switch error {
        case let .io(path, reason):
            diagnostic = .error(stage == .reading ? LecternCodes.read : LecternCodes.write, reason, at: nil)
            diagnostic.path = path
        case let .missingTemplate(name, directory):
            diagnostic = .error(LecternCodes.missingTemplate, "missing template '\(name)'", at: nil)
            diagnostic.path = "\(directory)/\(name).mustache"
        case let .templateSyntax(path, line, column, reason):
            diagnostic = .error(LecternCodes.templateSyntax, reason,
                                at: SourceRange(start: SourceLocation(file: path, line: max(line, 1), column: max(column, 1))))
        case let .notALecternSite(path, marker):
            diagnostic = .error(LecternCodes.notASite,
                                "refusing to replace a folder Lectern did not create (it has files but no '\(marker)')",
                                at: nil, notes: [DiagnosticNote("choose another --output or empty the folder")])
            diagnostic.path = path
        }
    }
}
