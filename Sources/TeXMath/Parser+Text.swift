extension Parser {
    /// The argument of `\text` and friends: text with its spaces kept, `$…$` switching back
    /// to math.
    mutating func parseText(of command: Token, font: MathFont) throws(MathError) -> NodeRef {
        let open = peek()
        switch open.kind {
        case .openBrace:
            break
        case .closeBrace:
            throw MathError(
                offset: open.offset, code: MathErrorCode.missingArgument,
                message: "'\(display(command))' is missing an argument before this '}'",
                notes: [argumentHint(command)])
        case .character(let scalar):
            advance()
            return tree.add(.text(tree.text(font.map(scalar) ?? scalar)))
        default:
            throw missingArgument(command)
        }
        advance()
        let mark = tree.mark
        var text = ""
        var nesting = 0
        while true {
            let token = peekRaw()
            switch token.kind {
            case .character("$"):
                advance()
                if !text.isEmpty { tree.push(tree.add(.text(tree.text(text)))) }
                text = ""
                let math = try parseMathInText(token)
                tree.push(math)
                continue
            case .character(let scalar):
                text.unicodeScalars.append(font.map(scalar) ?? scalar)
            case .space:
                text.unicodeScalars.append("\u{A0}")
            case .openBrace:
                nesting += 1
            case .closeBrace:
                if nesting == 0 {
                    advance()
                    if !text.isEmpty || tree.pushed(since: mark) == 0 { tree.push(tree.add(.text(tree.text(text)))) }
                    return tree.rowOrSingle(from: mark)
                }
                nesting -= 1
            case .command(let command):
                let name = name(of: command)
                if name.count == 1, "{}$%&#_ ".unicodeScalars.contains(name.unicodeScalars.first ?? " ") {
                    text += name == " " ? "\u{A0}" : name
                } else if let width = command.space {
                    text += width.firstByte == UInt8(ascii: "-") ? "" : "\u{A0}"
                } else if command.textFont != nil || command.role == .newline {
                    // Nested text commands keep their content; line breaks have no meaning here.
                } else if let symbol = command.symbol {
                    text += symbol.text.string
                } else {
                    errors.append(unknownCommand(name, token: token))
                }
            case .superscript:
                text += "^"
            case .subscript:
                text += "_"
            case .alignment:
                text += "&"
            case .endOfInput:
                throw unclosedBrace(open)
            }
            advance()
        }
    }

    /// `$…$` inside `\text{…}`.
    mutating func parseMathInText(_ dollar: Token) throws(MathError) -> NodeRef {
        try enter(at: dollar, weight: 2)
        let saved = stopCharacter
        stopCharacter = "$"
        defer {
            stopCharacter = saved
            leave(weight: 2)
        }
        let body = try parseRow()
        let token = peek()
        guard case .character("$") = token.kind else {
            switch token.kind {
            case .endOfInput, .closeBrace:
                throw MathError(
                    offset: dollar.offset, code: MathErrorCode.misplacedDollar,
                    message: "'$' in text opens math that is never closed",
                    notes: ["add the closing '$'"])
            default:
                throw strayTerminator(token)
            }
        }
        advance()
        return body
    }
}
