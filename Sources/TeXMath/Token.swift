/// One lexical unit of a formula, with its place in the formula's Unicode scalars.
struct Token: Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// `\name` or a control symbol such as `\,` or `\{`.
        case command(Command)
        /// Any other single character (letters, digits, operators, `~`, `$`, `#`, `'`).
        case character(Unicode.Scalar)
        case openBrace
        case closeBrace
        case superscript
        case `subscript`
        case alignment
        /// A run of white space; math mode skips it, `\text{}` keeps one space for it.
        case space
        case endOfInput
    }

    let kind: Kind
    /// Offset of the first scalar, in Unicode scalars from the start of the formula.
    let offset: Int
    /// Length in Unicode scalars.
    let length: Int
}

/// A control sequence as the lexer found it: its entry in `CommandTable.shared` (looked up once,
/// here) and where its name (without the backslash) lies in the formula's UTF-8 bytes, for the
/// names the table does not know. A plain value, so tokens copy without reference counting.
struct Command: Equatable, Sendable {
    let id: UInt16
    let nameStart: Int32
    let nameLength: Int32

    /// The command's entry (entry 0, with an empty name, for unknown names).
    var entry: CommandEntry {
        _read { yield CommandTable.shared.entries[Int(id)] }
    }
}
