/// An atom before its scripts, with what the scripts need to know about it.
struct Primary {
    var node: NodeRef
    /// Where `_` and `^` go by default.
    var placement = LimitPlacement.beside
    /// Accepts `\limits` and `\nolimits`.
    var isOperator = false
    /// A named function: followed by an invisible function application operator.
    var isFunction = false

    init(_ node: NodeRef) { self.node = node }
}

extension Parser {
    /// One atom: a character, a command with its arguments, or a group.
    /// With `single`, a character stands alone (`\frac12` takes `1`, not `12`).
    mutating func parsePrimary(single: Bool = false) throws(MathError) -> Primary {
        let token = peek()
        switch token.kind {
        case .openBrace:
            return Primary(try parseGroup())
        case .character(let scalar):
            return try parseCharacter(scalar, token: token, single: single)
        case .command(let command):
            return try parseCommand(command, token: token)
        case .superscript, .subscript:
            // A script with no base (`^2`, `{}_1`): an empty base.
            return Primary(tree.emptyRow())
        default:
            throw strayTerminator(token)
        }
    }

    // MARK: - Characters

    mutating func parseCharacter(_ scalar: Unicode.Scalar, token: Token, single: Bool) throws(MathError) -> Primary {
        advance()
        if Self.isLetter(scalar) {
            if font == .normal { return leaf(.identifier(tree.text(scalar), normal: false)) }
            // In a font command, a run of letters is one identifier (`\mathrm{ReLU}`).
            let first = position
            while !single, case .character(let next) = peekRaw().kind, Self.isLetter(next) { advance() }
            return leaf(.identifier(fontText(scalar, then: first..<position), normal: font.isUpright))
        }
        if Self.isDigit(scalar) || (scalar == "." && nextIsDigit() && !single) {
            let first = position
            while !single, case .character(let next) = peekRaw().kind {
                if Self.isDigit(next) {
                    advance()
                } else if next == ".", position + 1 < tokens.count,
                          case .character(let after) = tokens[position + 1].kind, Self.isDigit(after) {
                    advance()
                } else {
                    break
                }
            }
            return leaf(.number(fontText(scalar, then: first..<position)))
        }
        switch scalar {
        case "+": return leaf(.op(Operator(text: "+")))
        case "-": return leaf(.op(Operator(text: "\u{2212}")))
        case "*": return leaf(.op(Operator(text: "\u{2217}")))
        case "(", "[": return leaf(.op(Operator(text: tree.text(scalar), stretchy: false)))
        case ")", "]": return leaf(.op(Operator(text: tree.text(scalar), stretchy: false)))
        case "|": return leaf(.op(.bar("|")))
        case ",", ";": return leaf(.op(Operator(text: tree.text(scalar), separator: true)))
        case "~": return leaf(.space("0.3333em"))
        case "'":
            // A prime with nothing before it.
            let base = tree.emptyRow()
            let prime = tree.add(.op(Operator(text: "\u{2032}")))
            return leaf(.scripts(Scripts(base: base, sub: nil, sup: prime, placement: .beside)))
        case "$":
            throw MathError(
                offset: token.offset, code: MathErrorCode.misplacedDollar,
                message: "'$' inside a formula",
                notes: ["the formula already is math; write '\\$' for a dollar sign"])
        case "#":
            throw MathError(
                offset: token.offset, code: MathErrorCode.misplacedParameter,
                message: "'#' is a macro parameter and cannot appear in a formula",
                notes: ["write '\\#' for the character"])
        case "/":
            // An ordinary symbol in TeX: no space around it.
            return leaf(.op(Operator(text: "/", space: .zero)))
        case "=", "<", ">", ":", "!", "?", "@", "\"", "`", "\\":
            if scalar == "@" || scalar == "\"" || scalar == "`" {
                return leaf(.identifier(tree.text(scalar), normal: true))
            }
            return leaf(.op(Operator(text: tree.text(scalar))))
        case ".": return leaf(.op(Operator(text: ".")))
        default:
            break
        }
        // Characters typed directly: use the class TeX gives the command drawing them.
        switch Symbols.byCharacter[scalar] {
        case .ordinary?:
            if font != .normal, let styled = font.map(scalar) {
                return leaf(.identifier(tree.text(styled), normal: font.isUpright))
            }
            return leaf(.identifier(tree.text(scalar), normal: font.isUpright))
        case .upright?:
            return leaf(.identifier(tree.text(scalar), normal: true))
        case .largeOperator?:
            var primary = leaf(.op(Operator(text: tree.text(scalar), limitsInDisplay: true)))
            primary.placement = .displayOnly
            primary.isOperator = true
            return primary
        case .opening?, .closing?:
            return leaf(.op(Operator(text: tree.text(scalar), stretchy: false)))
        case .relation?, .binary?, .punctuation?:
            return leaf(.op(Operator(text: tree.text(scalar))))
        case nil:
            if scalar.properties.isAlphabetic {
                return leaf(.identifier(tree.text(scalar), normal: false))
            }
            return leaf(.op(Operator(text: tree.text(scalar))))
        }
    }

    /// A primary of one new node.
    mutating func leaf(_ node: Node) -> Primary {
        Primary(tree.add(node))
    }

    /// `first` and the characters of `tokens[rest]`, each in the current font, as one text.
    ///
    /// Measured first and then written into the arena's text pool in one pass.
    mutating func fontText(_ first: Unicode.Scalar, then rest: Range<Int>) -> Text {
        let font = self.font
        if font == .normal || font == .roman {
            // These fonts map no letter or digit: the text is the ASCII characters themselves
            // (numbers and letter runs are made of ASCII character tokens only).
            if rest.isEmpty { return Text.ascii(UInt8(truncatingIfNeeded: first.value)) }
            let tokens = self.tokens
            return tree.text(capacity: rest.count + 1) { buffer in
                buffer[0] = UInt8(truncatingIfNeeded: first.value)
                var count = 1
                for index in rest {
                    if case .character(let scalar) = tokens[index].kind {
                        buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                        count += 1
                    }
                }
                return count
            }
        }
        if rest.isEmpty { return tree.text(font.map(first) ?? first) }
        var length = UTF8.width(font.map(first) ?? first)
        for index in rest {
            if case .character(let scalar) = tokens[index].kind { length += UTF8.width(font.map(scalar) ?? scalar) }
        }
        let tokens = self.tokens
        return tree.text(capacity: length) { buffer in
            var count = 0
            func put(_ scalar: Unicode.Scalar) {
                let mapped = font.map(scalar) ?? scalar
                if mapped.isASCII {
                    buffer[count] = UInt8(truncatingIfNeeded: mapped.value)
                    count += 1
                    return
                }
                UTF8.encode(mapped) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            put(first)
            for index in rest {
                if case .character(let scalar) = tokens[index].kind { put(scalar) }
            }
            return count
        }
    }

    /// Whether the token at the current position (already past the one being read) is a digit.
    func nextIsDigit() -> Bool {
        if case .character(let next) = tokens[position].kind { return Self.isDigit(next) }
        return false
    }

    /// The one-scalar string for `scalar`; ASCII ones come from a table built once, which is
    /// much cheaper than going through `Character`.
    static func string(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return asciiStrings[Int(scalar.value)] }
        var text = ""
        text.unicodeScalars.append(scalar)
        return text
    }

    private static let asciiStrings: [String] = (0..<128).map { value in
        var text = ""
        text.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
        return text
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }
}
