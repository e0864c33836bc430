import Diagnostics

/// The stable codes of the diagnostics the `lectern` command reports itself.
enum LecternCodes {
    /// A `lectern serve` rebuild that failed outside the content (a broken template, an unreadable folder).
    static let read = "lectern.read"
    /// The note every diagnostics format writes after the first diagnostics of one source line.
    static let moreOnLine = DiagnosticCap.moreOnLineCode

    /// Every code, for the README's table check.
    static let all = [read, moreOnLine]
}
