extension Parser {
    /// A control sequence and its arguments.
    mutating func parseCommand(_ name: String, token: Token) throws(MathError) -> Primary {
        advance()
        if name == "prime" { return Primary(.op(Operator(text: "\u{2032}", lspace: "0em", rspace: "0em"))) }
        if let symbol = Symbols.table[name] { return symbolPrimary(symbol, name: name) }
        if let function = Commands.namedFunctions[name] {
            var primary = Primary(.identifier(function.text, normal: false))
            primary.isFunction = true
            primary.isOperator = true
            primary.placement = function.limits ? .displayOnly : .beside
            return primary
        }
        if let width = Commands.spaces[name] { return Primary(.space(width)) }
        if let accent = Commands.accents[name] { return try parseAccent(accent, token: token) }
        if let arrow = Commands.extensibleArrows[name] {
            let below = try parseOptionalArgument()
            let above = try parseArgument(of: token)
            let node = Node.op(Operator(text: arrow, stretchy: true, lspace: "0.2778em", rspace: "0.2778em"))
            return Primary(.underOver(UnderOver(base: node, under: below, over: above)))
        }
        if let big = Commands.bigSizes[name] {
            let delimiter = try parseDelimiter(after: token)
            var op = Operator(text: delimiter, stretchy: true, size: big.size)
            switch big.role {
            case .opening, .closing: op.fence = true
            case .relation:
                op.lspace = "0.2778em"
                op.rspace = "0.2778em"
            case .ordinary: break
            }
            return Primary(.op(op))
        }
        if let font = Commands.fonts[name] { return Primary(try parseArgument(of: token, font: font)) }
        if let textFont = Commands.texts[name] { return Primary(try parseText(of: token, font: textFont)) }
        if Commands.colors.contains(name) {
            return Primary(.style(StyleChange(color: name), try parseArgument(of: token)))
        }
        if Commands.styles[name] != nil || Commands.sizes[name] != nil { return Primary(.row([])) }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = try parseArgument(of: token)
            let denominator = try parseArgument(of: token)
            var fraction = Fraction(numerator: numerator, denominator: denominator)
            if name == "dfrac" { fraction.displayStyle = true }
            if name == "tfrac" { fraction.displayStyle = false }
            if name == "cfrac" {
                fraction.displayStyle = true
                fraction.continued = true
            }
            return Primary(.fraction(fraction))
        case "binom", "dbinom", "tbinom":
            let top = try parseArgument(of: token)
            let bottom = try parseArgument(of: token)
            let node = Node.row([
                .op(Operator(text: "(", stretchy: true, fence: true)),
                .fraction(Fraction(numerator: top, denominator: bottom, lineThickness: "0")),
                .op(Operator(text: ")", stretchy: true, fence: true)),
            ])
            if name == "binom" { return Primary(node) }
            return Primary(.style(StyleChange(displayStyle: name == "dbinom"), node))
        case "sqrt":
            let index = try parseOptionalArgument()
            let radicand = try parseArgument(of: token)
            return Primary(.root(radicand, index: index))
        case "left":
            return Primary(try parseLeft(token))
        case "begin":
            return Primary(try parseEnvironment(token))
        case "operatorname", "operatornamewithlimits":
            var starred = name == "operatornamewithlimits"
            if case .character("*") = peekRaw().kind {
                starred = true
                advance()
            }
            var primary = Primary(try parseArgument(of: token, font: .roman))
            primary.isFunction = true
            primary.isOperator = true
            primary.placement = starred ? .displayOnly : .beside
            return primary
        case "mathop":
            var primary = Primary(try parseArgument(of: token))
            primary.isOperator = true
            primary.placement = .displayOnly
            return primary
        case "mathrel", "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
            return Primary(try parseArgument(of: token))
        case "overset", "stackrel", "underset":
            let script = try parseArgument(of: token)
            let base = try parseArgument(of: token)
            if name == "underset" { return Primary(.underOver(UnderOver(base: base, under: script))) }
            return Primary(.underOver(UnderOver(base: base, over: script)))
        case "not":
            return Primary(try parseNegation(token))
        case "bmod":
            return Primary(.op(Operator(text: "mod", lspace: "0.2222em", rspace: "0.2222em")))
        case "pmod", "mod", "pod":
            let argument = try parseArgument(of: token)
            var items: [Node] = [.space(name == "mod" ? "0.6667em" : "1em")]
            if name != "mod" { items.append(.op(Operator(text: "(", stretchy: false))) }
            if name != "pod" { items += [.identifier("mod", normal: false), .space("0.3333em")] }
            items.append(argument)
            if name != "mod" { items.append(.op(Operator(text: ")", stretchy: false))) }
            return Primary(.row(items))
        case "tag":
            var starred = false
            if case .character("*") = peekRaw().kind {
                starred = true
                advance()
            }
            let label = try parseText(of: token, font: .normal)
            tag = starred ? label : .row([.text("("), label, .text(")")])
            return Primary(.row([]))
        case "notag", "nonumber", "hline", "nobreak", "allowbreak", "relax", "strut":
            return Primary(.row([]))
        case "Set", "set", "Braket", "braket":
            return Primary(try parseBracketPair(name, token: token))
        case "textcolor":
            let color = try parseWordArgument(of: token)
            return Primary(.style(StyleChange(color: color), try parseArgument(of: token)))
        case "color":
            let color = try parseWordArgument(of: token)
            return Primary(.style(StyleChange(color: color), try parseArgument(of: token)))
        case "phantom", "hphantom", "vphantom":
            return Primary(.phantom(try parseArgument(of: token)))
        case "vert", "lvert", "rvert":
            return Primary(.op(.bar("|")))
        case "Vert", "lVert", "rVert", "|":
            return Primary(.op(.bar("\u{2016}")))
        case "mid":
            return Primary(.op(Operator(text: "\u{2223}", lspace: "0.2778em", rspace: "0.2778em")))
        case "{":
            return Primary(.op(Operator(text: "{", stretchy: false)))
        case "}":
            return Primary(.op(Operator(text: "}", stretchy: false)))
        case "$", "#", "%", "_":
            return Primary(.identifier(name, normal: true))
        case "&":
            return Primary(.op(Operator(text: "&")))
        case "limits", "nolimits":
            throw MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.misplacedLimits,
                message: "'\\\(name)' must follow an operator such as '\\sum' or '\\int'")
        default:
            errors.append(unknownCommand(name, token: token))
            return Primary(.row([]))
        }
    }

    func unknownCommand(_ name: String, token: Token) -> MathError {
        var notes: [String] = []
        if let suggestion = EditDistance.closest(to: name, among: Commands.allNames) {
            notes.append("did you mean '\\\(suggestion)'?")
        }
        return MathError(
            offset: token.offset, length: token.length, code: MathErrorCode.unknownCommand,
            message: "unknown command '\\\(name)'", notes: notes)
    }

    /// A symbol command as an atom of its class.
    mutating func symbolPrimary(_ symbol: MathSymbol, name: String) -> Primary {
        switch symbol.symbolClass {
        case .ordinary, .upright:
            var text = symbol.text
            var normal = symbol.symbolClass == .upright
            if font != .normal {
                let scalars = symbol.text.unicodeScalars
                if scalars.count == 1, let scalar = scalars.first, let styled = font.map(scalar) {
                    text = String(Character(styled))
                    normal = false
                } else if font == .roman {
                    normal = true
                }
            }
            return Primary(.identifier(text, normal: normal))
        case .relation, .binary, .punctuation:
            return Primary(.op(Operator(text: symbol.text)))
        case .opening, .closing:
            return Primary(.op(Operator(text: symbol.text, stretchy: false)))
        case .largeOperator:
            let integral = Commands.integrals.contains(name)
            var primary = Primary(.op(Operator(text: symbol.text, limitsInDisplay: !integral)))
            primary.isOperator = true
            primary.placement = integral ? .beside : .displayOnly
            return primary
        }
    }

    /// An argument read with letters in `font`.
    mutating func parseArgument(of token: Token, font: MathFont) throws(MathError) -> Node {
        let saved = self.font
        self.font = font
        defer { self.font = saved }
        return try parseArgument(of: token)
    }

    /// `\hat{x}`, `\overline{…}`, `\overbrace{…}`.
    mutating func parseAccent(_ accent: Commands.Accent, token: Token) throws(MathError) -> Primary {
        let base = try parseArgument(of: token)
        let mark = Node.op(Operator(text: accent.mark, stretchy: accent.stretchy))
        if accent.brace {
            var primary = Primary(.underOver(accent.under
                ? UnderOver(base: base, under: mark, accentUnder: true)
                : UnderOver(base: base, over: mark, accent: true)))
            primary.placement = .always
            primary.isOperator = true
            return primary
        }
        if accent.under { return Primary(.underOver(UnderOver(base: base, under: mark, accentUnder: true))) }
        return Primary(.underOver(UnderOver(base: base, over: mark, accent: true)))
    }

    /// `[…]` after `\sqrt` or `\xrightarrow`, if present.
    mutating func parseOptionalArgument() throws(MathError) -> Node? {
        let open = peek()
        guard case .character("[") = open.kind else { return nil }
        try enter(at: open)
        advance()
        let savedStop = stopCharacter
        stopCharacter = "]"
        defer {
            stopCharacter = savedStop
            leave()
        }
        let body = try parseRow()
        let token = peek()
        switch token.kind {
        case .character("]"):
            advance()
            return body
        case .endOfInput:
            throw MathError(
                offset: open.offset, code: MathErrorCode.unclosedBracket,
                message: "unclosed '[': the optional argument needs a ']'",
                notes: ["write e.g. '\\sqrt[3]{x}'"])
        default:
            throw strayTerminator(token)
        }
    }

    /// `\not` before a relation: the negated relation.
    mutating func parseNegation(_ token: Token) throws(MathError) -> Node {
        let next = peek()
        if Self.endsRow(next) { return .op(Operator(text: "\u{29F8}")) }
        let negated = try parsePrimary()
        if case .op(var op) = negated.node {
            op.text = Self.negations[op.text] ?? (op.text + "\u{338}")
            return .op(op)
        }
        return .row([.op(Operator(text: "\u{29F8}", lspace: "0em", rspace: "0em")), negated.node])
    }

    static let negations: [String: String] = [
        "=": "\u{2260}", "\u{2208}": "\u{2209}", "\u{2261}": "\u{2262}", "\u{220B}": "\u{220C}",
        "<": "\u{226E}", ">": "\u{226F}", "\u{2264}": "\u{2270}", "\u{2265}": "\u{2271}",
        "\u{223C}": "\u{2241}", "\u{2243}": "\u{2244}", "\u{2245}": "\u{2247}", "\u{2248}": "\u{2249}",
        "\u{2282}": "\u{2284}", "\u{2283}": "\u{2285}", "\u{2286}": "\u{2288}", "\u{2287}": "\u{2289}",
        "\u{2223}": "\u{2224}", "\u{2225}": "\u{2226}",
    ]

    /// `\Set{x | x > 0}` and `\Braket{ϕ | A | ψ}` (braket package): stretchy outer fences,
    /// with `|` as a stretchy middle bar (only the first one in `\Set`).
    mutating func parseBracketPair(_ name: String, token: Token) throws(MathError) -> Node {
        let body = try parseArgument(of: token)
        let isSet = name.lowercased() == "set"
        let stretchy = name.first == "S" || name.first == "B"
        var items: [Node]
        if case .row(let inner) = body { items = inner } else { items = [body] }
        var changed = false
        for index in items.indices {
            guard case .op(var op) = items[index], op.text == "|" || op.text == "\u{2223}" else { continue }
            if isSet && changed { break }
            op.text = "|"
            op.stretchy = stretchy
            op.fence = true
            op.lspace = "0.2778em"
            op.rspace = "0.2778em"
            items[index] = .op(op)
            changed = true
        }
        let open = isSet ? "{" : "\u{27E8}"
        let close = isSet ? "}" : "\u{27E9}"
        return .row([.op(Operator(text: open, stretchy: stretchy, fence: true))] + items
            + [.op(Operator(text: close, stretchy: stretchy, fence: true))])
    }
}
