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

    // One accessor per field: the parser's recursive functions read fields through these, so
    // that a debug build does not give each of their frames a slot for a whole entry (which
    // made 500 levels of nesting overflow an 8 MB stack).
    var role: CommandEntry.Role { entry.role }
    var symbol: SymbolEntry? { entry.symbol }
    var isIntegral: Bool { entry.isIntegral }
    var kind: Parser.CommandKind? { entry.kind }
    var function: (text: Text, limits: Bool)? { entry.function }
    var space: Text? { entry.space }
    var accent: Commands.Accent? { entry.accent }
    var arrow: Text? { entry.arrow }
    var box: BoxCommand? { entry.box }
    var lengthSpace: LengthSpace? { entry.lengthSpace }
    var big: (size: DelimiterSize, role: Commands.BigRole)? { entry.big }
    var font: MathFont? { entry.font }
    var textFont: MathFont? { entry.textFont }
    var isColor: Bool { entry.isColor }
    var style: (display: Bool, level: Int)? { entry.style }
    var size: Text? { entry.size }
    var delimiter: Text? { entry.delimiter }
    /// The table's name; empty for unknown names (see `Parser.name(of:)`).
    var knownName: String { entry.name }
}
