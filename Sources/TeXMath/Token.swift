/// One lexical unit of a formula, with its place in the formula's Unicode scalars.
struct Token: Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// `\name` or a control symbol such as `\,` or `\{`; the name excludes the backslash.
        case command(String)
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
