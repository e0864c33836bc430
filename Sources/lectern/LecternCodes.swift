/// The stable codes of the diagnostics the `lectern` command reports itself.
enum LecternCodes {
    /// A `lectern serve` rebuild that failed outside the content (a broken template, an unreadable folder).
    static let read = "lectern.read"

    /// Every code, for the README's table check.
    static let all = [read]
}
