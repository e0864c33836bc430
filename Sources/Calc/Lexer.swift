/// Splits Calc source into tokens, tracking Unicode scalar offsets for diagnostics.
///
/// Works on UTF-8 bytes for speed; only string literals and comments may hold non-ASCII text,
/// and the scalar offset advances once per byte that starts a scalar.
struct Lexer {
    private let bytes: [UInt8]
    private var index = 0
    /// Scalar offset of `bytes[index]`.
    private var offset = 0
    /// Open brackets: inside them a newline does not end a statement, as in Python.
    private var depth = 0

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// All tokens, ending with `.end`, or the first lexical error.
    static func tokenize(_ source: String) -> Result<[Token], CalcError> {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.utf8.count / 2 + 2)
        do {
            while true {
                let token = try lexer.next()
                tokens.append(token)
                if token.kind == .end { return .success(tokens) }
            }
        } catch {
            return .failure(error)
        }
    }

    private mutating func advance() {
        index += 1
        offset += 1
        // Continuation bytes of a multi-byte scalar do not start a new scalar.
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    mutating func next() throws(CalcError) -> Token {
        skipBlanks: while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "#"):
                while let c = peek(), c != UInt8(ascii: "\n") { advance() }
            case UInt8(ascii: "\\") where peek(1) == UInt8(ascii: "\n")
                || (peek(1) == UInt8(ascii: "\r") && peek(2) == UInt8(ascii: "\n")):
                advance()
                if peek() == UInt8(ascii: "\r") { advance() }
                advance()
            case UInt8(ascii: "\n") where depth > 0:
                advance()
            default:
                break skipBlanks
            }
        }
        guard let byte = peek() else { return Token(kind: .end, offset: offset, length: 0) }
        let start = offset
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: ";"):
            advance()
            return Token(kind: .separator, offset: start, length: 1)
        case UInt8(ascii: ".") where peek(1).map(Self.isNameStart) ?? false:
            advance()
            return Token(kind: .symbol(.dot), offset: start, length: 1)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
            return try number()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return word()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try string(quote: byte)
        default:
            return try symbol()
        }
    }

    private static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }

    private static func isWordByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || isDigit(byte)
    }

    private mutating func number() throws(CalcError) -> Token {
        let start = offset
        let startIndex = index
        var sawDigit = false
        while Self.isDigit(peek()) { advance(); sawDigit = true }
        if peek() == UInt8(ascii: ".") {
            advance()
            while Self.isDigit(peek()) { advance(); sawDigit = true }
        }
        guard sawDigit else {
            throw CalcError(offset: start, code: CalcCodes.unexpectedCharacter,
                            message: "unexpected '.'; write a number such as 0.5")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            advance()
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
            guard Self.isDigit(peek()) else {
                while Self.isWordByte(peek()) { advance() }
                throw CalcError(offset: start, length: offset - start, code: CalcCodes.badNumber,
                                message: "malformed number; an exponent needs digits, as in 1e-3")
            }
            while Self.isDigit(peek()) { advance() }
        }
        if Self.isWordByte(peek()) || peek() == UInt8(ascii: ".") {
            while Self.isWordByte(peek()) || peek() == UInt8(ascii: ".") { advance() }
            throw CalcError(offset: start, length: offset - start, code: CalcCodes.badNumber,
                            message: "malformed number '\(text(from: startIndex))'")
        }
        let literal = text(from: startIndex)
        guard let value = Double(literal) else {
            throw CalcError(offset: start, length: offset - start, code: CalcCodes.badNumber,
                            message: "malformed number '\(literal)'")
        }
        return Token(kind: .number(value), offset: start, length: offset - start)
    }

    private func text(from startIndex: Int) -> String {
        String(decoding: bytes[startIndex..<index], as: UTF8.self)
    }

    private mutating func word() -> Token {
        let start = offset
        let startIndex = index
        while Self.isWordByte(peek()) { advance() }
        let name = text(from: startIndex)
        // Keywords are 2 to 5 letters starting with a, o, n, t, f, T or F; skip the lookup otherwise.
        let length = index - startIndex
        let first = bytes[startIndex]
        let mayBeKeyword = length >= 2 && length <= 5 && (first == UInt8(ascii: "a") || first == UInt8(ascii: "o")
            || first == UInt8(ascii: "n") || first == UInt8(ascii: "t") || first == UInt8(ascii: "f")
            || first == UInt8(ascii: "T") || first == UInt8(ascii: "F"))
        let keyword = mayBeKeyword ? Token.Keyword(rawValue: name) : nil
        let kind: Token.Kind = keyword.map { .keyword($0) } ?? .identifier(name)
        return Token(kind: kind, offset: start, length: offset - start)
    }

    private mutating func string(quote: UInt8) throws(CalcError) -> Token {
        let start = offset
        advance()
        var content: [UInt8] = []
        while let byte = peek() {
            if byte == quote {
                advance()
                return Token(kind: .string(String(decoding: content, as: UTF8.self)),
                             offset: start, length: offset - start)
            }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\"), let escaped = peek(1), escaped != UInt8(ascii: "\n") {
                switch escaped {
                case UInt8(ascii: "n"): content.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): content.append(UInt8(ascii: "\t"))
                default: content.append(escaped)
                }
                advance()
                advance()
                continue
            }
            let scalarStart = index
            advance()
            content.append(contentsOf: bytes[scalarStart..<index])
        }
        throw CalcError(offset: start, length: offset - start, code: CalcCodes.unterminatedString,
                        message: "string is not closed; end it with \(quote == UInt8(ascii: "'") ? "'" : "\"") on the same line")
    }

    private mutating func symbol() throws(CalcError) -> Token {
        let start = offset
        let byte = bytes[index]
        let next = peek(1)
        func make(_ symbol: Token.Symbol, _ length: Int) -> Token {
            for _ in 0..<length { advance() }
            return Token(kind: .symbol(symbol), offset: start, length: length)
        }
        switch byte {
        case UInt8(ascii: "+"): return make(.plus, 1)
        case UInt8(ascii: "-"): return make(.minus, 1)
        case UInt8(ascii: "*"): return next == UInt8(ascii: "*") ? make(.power, 2) : make(.star, 1)
        case UInt8(ascii: "/"): return next == UInt8(ascii: "/") ? make(.doubleSlash, 2) : make(.slash, 1)
        case UInt8(ascii: "%"): return make(.percent, 1)
        case UInt8(ascii: "@"): return make(.at, 1)
        case UInt8(ascii: "("):
            depth += 1
            return make(.leftParen, 1)
        case UInt8(ascii: "["):
            depth += 1
            return make(.leftBracket, 1)
        case UInt8(ascii: ")"):
            depth = max(depth - 1, 0)
            return make(.rightParen, 1)
        case UInt8(ascii: "]"):
            depth = max(depth - 1, 0)
            return make(.rightBracket, 1)
        case UInt8(ascii: ","): return make(.comma, 1)
        case UInt8(ascii: ":"): return make(.colon, 1)
        case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? make(.equal, 2) : make(.assign, 1)
        case UInt8(ascii: "!") where next == UInt8(ascii: "="): return make(.notEqual, 2)
        case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? make(.lessEqual, 2) : make(.less, 1)
        case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? make(.greaterEqual, 2) : make(.greater, 1)
        default:
            let scalarStart = index
            advance()
            let character = String(decoding: bytes[scalarStart..<index], as: UTF8.self)
            var notes: [String] = []
            switch character {
            case "^": notes.append("write powers with '**', as in Python: x**2")
            case "−": notes.append("that is a Unicode minus sign; type '-'")
            case "×", "·": notes.append("write '*' for elementwise products and '@' for matrix products")
            case "!": notes.append("write 'not x' for negation and '!=' for 'not equal'")
            case "&", "|": notes.append("write 'and' / 'or'")
            default: break
            }
            throw CalcError(offset: start, code: CalcCodes.unexpectedCharacter,
                            message: "unexpected character '\(character)'", notes: notes)
        }
    }
}
