import Diagnostics

/// The stable codes of the diagnostics the `lectern` command reports itself.
enum LecternCodes {
    /// A run or `lectern serve` rebuild that failed outside the content files (a missing content or
    /// templates folder, a broken template, an unreadable folder).
    static let read = "lectern.read"
    /// The site or an export that cannot be written (the output is no folder, or not writable).
    static let write = "lectern.write"
    /// A page's template absent from the templates folder.
    static let missingTemplate = "lectern.missing-template"
    /// A template that does not parse, at its line and column.
    static let templateSyntax = "lectern.template-syntax"
    /// An output folder with files but no marker that Lectern wrote it, which is not replaced.
    static let notASite = "lectern.not-a-site"
    /// The note every diagnostics format writes after the first diagnostics of one source line.
    static let moreOnLine = DiagnosticCap.moreOnLineCode

    /// Every code, for the README's table check.
    static let all = [read, write, missingTemplate, templateSyntax, notASite, moreOnLine]
}
