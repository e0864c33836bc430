import Diagnostics
import Foundation

/// One diagnostic as the problems overlay shows it: where, what, and the same text (source
/// line and caret) the terminal prints.
package struct OverlayProblem: Codable, Sendable, Equatable {
    /// `error`, `warning` or `note`.
    package var severity: String
    /// The diagnostic's stable code.
    package var code: String
    /// The author's file, or empty for a course-wide problem.
    package var file: String
    /// 1-based line (0 without a file).
    package var line: Int
    /// 1-based column (0 without a file).
    package var column: Int
    /// The message.
    package var message: String
    /// The diagnostic as `lectern check` prints it, uncoloured, with the source line and caret.
    package var text: String

    /// An entry from its parts.
    package init(severity: String, code: String, file: String, line: Int, column: Int, message: String, text: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.text = text
    }

    /// The overlay entries for `diagnostics`, quoting lines from `sources`.
    package static func list(_ diagnostics: [Diagnostic], sources: SourceLookup) -> [OverlayProblem] {
        let renderer = TextDiagnosticRenderer(sources: sources, colored: false)
        return diagnostics.map { diagnostic in
            let start = diagnostic.range?.start
            return OverlayProblem(
                severity: diagnostic.severity.rawValue, code: diagnostic.code,
                file: start?.file ?? "", line: start?.line ?? 0, column: start?.column ?? 0,
                message: diagnostic.message, text: renderer.render(diagnostic))
        }
    }
}
