/// Splits a formula into tokens, dropping `%` comments.
///
/// Works on the formula's Unicode scalars so that every token's offset is the scalar offset
/// callers need for diagnostics.
struct Lexer {
    /// The tokens of `scalars`, always ending with `.endOfInput` at `scalars.count`.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count + 1)
        let count = scalars.count
        var index = 0
        while index < count {
            let scalar = scalars[index]
            let start = index
            switch scalar {
            case "\\":
                index += 1
                if index >= count {
                    // A lone backslash at the end: an empty control sequence name.
                    tokens.append(Token(kind: .command(""), offset: start, length: 1))
                    continue
                }
                if isLetter(scalars[index]) {
                    while index < count, isLetter(scalars[index]) { index += 1 }
                } else {
                    index += 1
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[(start + 1)..<index])
                tokens.append(Token(kind: .command(name), offset: start, length: index - start))
            case "%":
                while index < count, scalars[index] != "\n" { index += 1 }
            case " ", "\t", "\n", "\r":
                while index < count, isSpace(scalars[index]) { index += 1 }
                tokens.append(Token(kind: .space, offset: start, length: index - start))
            case "{":
                index += 1
                tokens.append(Token(kind: .openBrace, offset: start, length: 1))
            case "}":
                index += 1
                tokens.append(Token(kind: .closeBrace, offset: start, length: 1))
            case "^":
                index += 1
                tokens.append(Token(kind: .superscript, offset: start, length: 1))
            case "_":
                index += 1
                tokens.append(Token(kind: .subscript, offset: start, length: 1))
            case "&":
                index += 1
                tokens.append(Token(kind: .alignment, offset: start, length: 1))
            default:
                index += 1
                tokens.append(Token(kind: .character(scalar), offset: start, length: 1))
            }
        }
        tokens.append(Token(kind: .endOfInput, offset: count, length: 1))
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
