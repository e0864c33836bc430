/// Bracketed lists: list literals, call arguments and indices, with their closing checks.
extension Parser {
    mutating func expectClosing(_ symbol: Token.Symbol, open: Token, expected: String) throws(CalcError) {
        if isSymbol(symbol) {
            _ = advance()
            return
        }
        switch current.kind {
        case .end, .separator:
            throw CalcError(offset: open.offset, code: CalcCodes.unclosedBracket,
                            message: "\(open.quoted) is never closed; add \(expected)")
        default:
            throw CalcError(offset: current.offset, length: current.length, code: CalcCodes.unexpectedToken,
                            message: "expected \(expected), found \(current.quoted)")
        }
    }

    /// The comma-separated indices of `base[…]`, each an expression or a slice `start:stop:step`.
    mutating func indexItems(open: Token) throws(CalcError) -> [Node] {
        var items: [Node] = []
        while !isSymbol(.rightBracket) {
            if case .end = current.kind {
                throw CalcError(offset: open.offset, code: CalcCodes.unclosedBracket, message: "'[' is never closed; add ']'")
            }
            let start = current.offset
            var first: Node?
            if !isSymbol(.colon) { first = try expression(0) }
            if isSymbol(.colon) {
                _ = advance()
                var stop: Node?
                var step: Node?
                if !isSymbol(.colon), !isSymbol(.comma), !isSymbol(.rightBracket) { stop = try expression(0) }
                if isSymbol(.colon) {
                    _ = advance()
                    if !isSymbol(.comma), !isSymbol(.rightBracket) { step = try expression(0) }
                }
                let height = [first, stop, step].compactMap { $0?.height }.max() ?? 0
                items.append(try make(.slice(start: first, stop: stop, step: step), from: start, to: previousEnd,
                                      height: height + 1))
            } else if let first {
                items.append(first)
            }
            if isSymbol(.comma) {
                _ = advance()
            } else if !isSymbol(.rightBracket) {
                try expectClosing(.rightBracket, open: open, expected: "',' or ']'")
            }
        }
        _ = advance()
        return items
    }

    /// Comma-separated expressions up to `closing`; a trailing comma is allowed.
    mutating func list(open: Token, closing: Token.Symbol) throws(CalcError) -> [Node] {
        var elements: [Node] = []
        let expected = "'\(closing.rawValue)'"
        while !isSymbol(closing) {
            if case .end = current.kind {
                throw CalcError(offset: open.offset, code: CalcCodes.unclosedBracket,
                                message: "\(open.quoted) is never closed; add \(expected)")
            }
            elements.append(try expression(0))
            if closing == .rightBracket, case .identifier("for") = current.kind, let element = elements.last {
                throw comprehensionHabit(element: element)
            }
            if isSymbol(.comma) {
                _ = advance()
            } else if !isSymbol(closing) {
                try expectClosing(closing, open: open, expected: "',' or \(expected)")
                return elements
            }
        }
        _ = advance()
        return elements
    }

    mutating func callArguments(open: Token) throws(CalcError) -> ([Node], [KeywordArgument]) {
        var arguments: [Node] = []
        var keywords: [KeywordArgument] = []
        while !isSymbol(.rightParen) {
            if case .end = current.kind {
                throw CalcError(offset: open.offset, code: CalcCodes.unclosedBracket,
                                message: "'(' is never closed; add ')'")
            }
            if case .identifier(let name) = current.kind, peekKind(1) == .symbol(.assign) {
                let nameToken = advance()
                _ = advance()
                if keywords.contains(where: { $0.name == name }) {
                    throw CalcError(offset: nameToken.offset, length: nameToken.length, code: CalcCodes.arity,
                                    message: "argument '\(name)' is given twice")
                }
                keywords.append(KeywordArgument(name: name, nameOffset: nameToken.offset, value: try expression(0)))
            } else {
                let argument = try expression(0)
                guard keywords.isEmpty else {
                    throw CalcError(offset: argument.offset, length: argument.length, code: CalcCodes.unexpectedToken,
                                    message: "a positional argument cannot follow a keyword argument")
                }
                arguments.append(argument)
            }
            if isSymbol(.comma) {
                _ = advance()
            } else if !isSymbol(.rightParen) {
                try expectClosing(.rightParen, open: open, expected: "',' or ')'")
                break
            }
        }
        if isSymbol(.rightParen) { _ = advance() }
        return (arguments, keywords)
    }
}
