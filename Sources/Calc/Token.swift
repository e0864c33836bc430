/// One lexical unit of Calc source, with where it sits in the source.
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case number(Double)
        case identifier(String)
        case string(String)
        case keyword(Keyword)
        case symbol(Symbol)
        /// A statement separator: a newline outside brackets or `;`.
        case separator
        case end
    }

    /// Words with a meaning of their own; they cannot be bound.
    enum Keyword: String, Sendable, Equatable {
        case and, or, not
        case trueValue = "true"
        case falseValue = "false"
        case pythonTrue = "True"
        case pythonFalse = "False"
    }

    /// Punctuation and operators.
    enum Symbol: String, Sendable, Equatable {
        case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//", percent = "%"
        case power = "**", at = "@"
        case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", comma = ","
        case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
        case greater = ">", greaterEqual = ">=", colon = ":"
        /// `.` before a name, as in Python's `np.exp` or `x.shape`; Calc has neither, and the
        /// parser says what to write instead.
        case dot = "."
    }

    var kind: Kind
    /// Unicode scalar offset of the first scalar of the token.
    var offset: Int
    /// Length in Unicode scalars (0 for the end marker).
    var length: Int

    /// How an error message quotes the token.
    var quoted: String {
        switch kind {
        case .number: "number"
        case .identifier(let name): "'\(name)'"
        case .string: "string"
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .symbol(let symbol): "'\(symbol.rawValue)'"
        case .separator: "end of statement"
        case .end: "end of input"
        }
    }
}
