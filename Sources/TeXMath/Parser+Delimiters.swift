extension Parser {
    /// `\left⟨d⟩ … [\middle⟨d⟩ …] \right⟨d⟩` as a row fenced by stretchy operators.
    mutating func parseLeft(_ left: Token) throws(MathError) -> NodeRef {
        try enter(at: left)
        leftDepth += 1
        let savedStop = stopCharacter
        stopCharacter = nil
        defer {
            leave()
            leftDepth -= 1
            stopCharacter = savedStop
        }
        let open = try parseDelimiter(after: left)
        let mark = tree.mark
        if !open.isEmpty { tree.push(tree.add(.op(Operator(text: open, stretchy: true, fence: true)))) }
        while true {
            let body = try parseLines()
            if case .row(let inner) = tree[body] { tree.push(contentsOf: inner) } else { tree.push(body) }
            let token = peek()
            switch token.kind {
            case .command(let command) where command.role == .right:
                advance()
                let close = try parseDelimiter(after: token)
                if !close.isEmpty { tree.push(tree.add(.op(Operator(text: close, stretchy: true, fence: true)))) }
                return tree.row(from: mark)
            case .command(let command) where command.role == .middle:
                advance()
                let middle = try parseDelimiter(after: token)
                if !middle.isEmpty {
                    tree.push(tree.add(.op(Operator(text: middle, stretchy: true, fence: true, space: .hair))))
                }
            case .endOfInput, .closeBrace:
                throw leftWithoutRight(left)
            case .alignment where environmentDepth > 0:
                throw leftWithoutRight(left)
            case .command(let command) where environmentDepth > 0 && command.role == .end:
                throw leftWithoutRight(left)
            default:
                throw strayTerminator(token)
            }
        }
    }

    func leftWithoutRight(_ left: Token) -> MathError {
        MathError(
            offset: left.offset, length: left.length, code: MathErrorCode.leftWithoutRight,
            message: "'\\left' without a matching '\\right'",
            notes: ["close it with '\\right)' (or '\\right.' for no delimiter) in the same group"])
    }

    /// The delimiter after `\left`, `\right`, `\middle` or a `\big` command; `""` for `.`.
    mutating func parseDelimiter(after command: Token) throws(MathError) -> Text {
        let token = peek()
        switch token.kind {
        case .character(let scalar):
            if let delimiter = Commands.delimiterCharacters[scalar] {
                advance()
                return delimiter
            }
        case .command(let command):
            if let delimiter = command.delimiter {
                advance()
                return delimiter
            }
            if let symbol = command.symbol, symbol.symbolClass == .opening || symbol.symbolClass == .closing {
                advance()
                return symbol.text
            }
        case .endOfInput, .closeBrace, .alignment:
            throw MathError(
                offset: command.offset, length: command.length, code: MathErrorCode.missingDelimiter,
                message: "'\(display(command))' needs a delimiter after it",
                notes: ["write e.g. '\(display(command))(' or '\(display(command)).' for none"])
        default:
            break
        }
        let shown: String
        switch token.kind {
        case .character(let scalar): shown = Self.string(scalar)
        case .command(let command): shown = "\\" + name(of: command)
        case .openBrace: shown = "{"
        case .superscript: shown = "^"
        case .subscript: shown = "_"
        default: shown = "this"
        }
        throw MathError(
            offset: token.offset, length: token.length, code: MathErrorCode.invalidDelimiter,
            message: "'\(shown)' is not a delimiter '\(display(command))' can use",
            notes: ["use one of ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil, or '.' for none"])
    }
}
