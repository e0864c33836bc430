import Diagnostics

extension Parser {
    /// A control sequence and its arguments.
    ///
    /// Every case calls a small function of its own: this function sits on the recursion path
    /// of nested arguments, so its stack frame must stay small (debug builds give every
    /// temporary a slot of its own).
    mutating func parseCommand(_ command: Command, token: Token) throws(MathError) -> Primary {
        advance()
        if command.role != .prime, let symbol = command.symbol {
            return symbolPrimary(symbol, integral: command.isIntegral)
        }
        if let kind = command.kind { return try parseStructuralCommand(kind, name: command.knownName, token: token) }
        return try parseFamilyCommand(command, token: token)
    }

    /// A command with a parsing rule of its own.
    mutating func parseStructuralCommand(_ kind: CommandKind, name: String, token: Token) throws(MathError) -> Primary {
        switch kind {
        case .fraction: return try parseFraction(name, token: token)
        case .binomial: return try parseBinomial(name, token: token)
        case .squareRoot: return try parseSquareRoot(token)
        case .left: return Primary(try parseLeft(token))
        case .begin: return Primary(try parseEnvironment(token))
        case .operatorName: return try parseOperatorName(name, token: token)
        case .mathOperator: return try parseMathOperator(token)
        case .mathClass: return Primary(try parseArgument(of: token))
        case .stacked: return try parseStacked(name, token: token)
        case .negation: return Primary(try parseNegation(token))
        case .modulo: return try parseModulo(name, token: token)
        case .tag: return try parseTag(token)
        case .nothing: return Primary(.row([]))
        case .bracketPair: return Primary(try parseBracketPair(name, token: token))
        case .colored: return try parseColored(nil, token: token)
        case .phantom: return Primary(.phantom(try parseArgument(of: token)))
        }
    }

    /// Commands with a parsing rule of their own.
    enum CommandKind {
        case fraction, binomial, squareRoot, left, begin, operatorName, mathOperator, mathClass
        case stacked, negation, modulo, tag, nothing, bracketPair, colored, phantom
    }

    static let commandKinds: [String: CommandKind] = {
        var kinds: [String: CommandKind] = [:]
        let groups: [(CommandKind, [String])] = [
            (.fraction, ["frac", "dfrac", "tfrac", "cfrac"]),
            (.binomial, ["binom", "dbinom", "tbinom"]),
            (.squareRoot, ["sqrt"]), (.left, ["left"]), (.begin, ["begin"]),
            (.operatorName, ["operatorname", "operatornamewithlimits"]),
            (.mathOperator, ["mathop"]),
            (.mathClass, ["mathrel", "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner"]),
            (.stacked, ["overset", "stackrel", "underset"]),
            (.negation, ["not"]),
            (.modulo, ["bmod", "pmod", "mod", "pod"]),
            (.tag, ["tag"]),
            (.nothing, ["notag", "nonumber", "hline", "nobreak", "allowbreak", "relax", "strut"]),
            (.bracketPair, ["Set", "set", "Braket", "braket"]),
            (.colored, ["textcolor", "color"]),
            (.phantom, ["phantom", "hphantom", "vphantom"]),
        ]
        for (kind, names) in groups {
            for name in names { kinds[name] = kind }
        }
        return kinds
    }()

    /// Commands looked up by family (functions, spaces, accents, fonts…), then the rest.
    mutating func parseFamilyCommand(_ command: Command, token: Token) throws(MathError) -> Primary {
        if let function = command.function { return Self.functionPrimary(function) }
        if let width = command.space { return Primary(.space(width)) }
        if command.accent != nil { return try parseAccent(command, token: token) }
        if let arrow = command.arrow { return try parseArrow(arrow, token: token) }
        if let big = command.big { return try parseBig(big.size, role: big.role, token: token) }
        if let font = command.font { return Primary(try parseArgument(of: token, font: font)) }
        if let font = command.textFont { return Primary(try parseText(of: token, font: font)) }
        if command.isColor { return try parseColored(command.knownName, token: token) }
        if command.style != nil || command.size != nil { return Primary(.row([])) }
        return try parseOtherCommand(name(of: command), token: token)
    }

    /// Control symbols, bars and the errors for commands that cannot start an atom.
    mutating func parseOtherCommand(_ name: String, token: Token) throws(MathError) -> Primary {
        switch name {
        case "prime": return Primary(.op(Operator(text: "\u{2032}")))
        case "vert", "lvert", "rvert": return Primary(.op(.bar("|")))
        case "Vert", "lVert", "rVert", "|": return Primary(.op(.bar("\u{2016}")))
        case "mid": return Primary(.op(Operator(text: "\u{2223}", space: .thick)))
        case "{": return Primary(.op(Operator(text: "{", stretchy: false)))
        case "}": return Primary(.op(Operator(text: "}", stretchy: false)))
        case "$", "#", "%", "_": return Primary(.identifier(name, normal: true))
        case "&": return Primary(.op(Operator(text: "&")))
        case "limits", "nolimits": throw Self.misplacedLimits(name, token: token)
        default:
            errors.append(unknownCommand(name, token: token))
            return Primary(.row([]))
        }
    }

    static func misplacedLimits(_ name: String, token: Token) -> MathError {
        MathError(
            offset: token.offset, length: token.length, code: MathErrorCode.misplacedLimits,
            message: "'\\\(name)' must follow an operator such as '\\sum' or '\\int'")
    }

    static func functionPrimary(_ function: (text: String, limits: Bool)) -> Primary {
        var primary = Primary(.identifier(function.text, normal: false))
        primary.isFunction = true
        primary.isOperator = true
        primary.placement = function.limits ? .displayOnly : .beside
        return primary
    }

    mutating func parseArrow(_ arrow: String, token: Token) throws(MathError) -> Primary {
        let below = try parseOptionalArgument()
        let above = try parseArgument(of: token)
        let node = Node.op(Operator(text: arrow, stretchy: true, space: .thick))
        return Primary(.underOver(UnderOver(base: node, under: below, over: above)))
    }

    mutating func parseBig(_ size: DelimiterSize, role: Commands.BigRole, token: Token) throws(MathError) -> Primary {
        let delimiter = try parseDelimiter(after: token)
        var op = Operator(text: delimiter, stretchy: true, size: size)
        switch role {
        case .opening, .closing: op.fence = true
        case .relation:
            op.space = .thick
        case .ordinary: break
        }
        return Primary(.op(op))
    }

    /// `\red{x}` (texvc), `\textcolor{c}{x}` and `\color{c}{x}` used as an argument.
    mutating func parseColored(_ color: String?, token: Token) throws(MathError) -> Primary {
        var name = color ?? ""
        if color == nil { name = try parseWordArgument(of: token) }
        return Primary(.style(StyleChange(color: name), try parseArgument(of: token)))
    }

    mutating func parseFraction(_ name: String, token: Token) throws(MathError) -> Primary {
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
    }

    mutating func parseBinomial(_ name: String, token: Token) throws(MathError) -> Primary {
        let top = try parseArgument(of: token)
        let bottom = try parseArgument(of: token)
        let node = Node.row([
            .op(Operator(text: "(", stretchy: true, fence: true)),
            .fraction(Fraction(numerator: top, denominator: bottom, lineThickness: "0")),
            .op(Operator(text: ")", stretchy: true, fence: true)),
        ])
        if name == "binom" { return Primary(node) }
        return Primary(.style(StyleChange(displayStyle: name == "dbinom"), node))
    }

    mutating func parseSquareRoot(_ token: Token) throws(MathError) -> Primary {
        let index = try parseOptionalArgument()
        let radicand = try parseArgument(of: token)
        return Primary(.root(radicand, index: index))
    }

    mutating func parseOperatorName(_ name: String, token: Token) throws(MathError) -> Primary {
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
    }

    mutating func parseMathOperator(_ token: Token) throws(MathError) -> Primary {
        var primary = Primary(try parseArgument(of: token))
        primary.isOperator = true
        primary.placement = .displayOnly
        return primary
    }

    mutating func parseStacked(_ name: String, token: Token) throws(MathError) -> Primary {
        let script = try parseArgument(of: token)
        let base = try parseArgument(of: token)
        if name == "underset" { return Primary(.underOver(UnderOver(base: base, under: script))) }
        return Primary(.underOver(UnderOver(base: base, over: script)))
    }

    mutating func parseModulo(_ name: String, token: Token) throws(MathError) -> Primary {
        if name == "bmod" { return Primary(.op(Operator(text: "mod", space: .medium))) }
        let argument = try parseArgument(of: token)
        var items: [Node] = [.space(name == "mod" ? "0.6667em" : "1em")]
        if name != "mod" { items.append(.op(Operator(text: "(", stretchy: false))) }
        if name != "pod" { items += [.identifier("mod", normal: false), .space("0.3333em")] }
        items.append(argument)
        if name != "mod" { items.append(.op(Operator(text: ")", stretchy: false))) }
        return Primary(.row(items))
    }

    mutating func parseTag(_ token: Token) throws(MathError) -> Primary {
        var starred = false
        if case .character("*") = peekRaw().kind {
            starred = true
            advance()
        }
        let label = try parseText(of: token, font: .normal)
        tag = starred ? label : .row([.text("("), label, .text(")")])
        return Primary(.row([]))
    }

    /// The known name closest to a misspelt command or environment name: one edit for names of
    /// up to three letters, two for longer ones, a case slip (`\Frac`) counting half an edit.
    static func suggestion(for name: String, among names: [String]) -> String? {
        Suggestion.closest(to: name, among: names, limit: .edits(name.utf8.count <= 3 ? 1 : 2), caseChangeCost: 0.5)
    }

    /// Unknown commands after this many in one formula get no "did you mean": the search over
    /// every known name is the costly part (a 5 KB formula of 1,000 unknown commands took
    /// seconds), and no diagnostics format shows more than 10 diagnostics of one line anyway.
    static let maxSuggestions = 20

    func unknownCommand(_ name: String, token: Token) -> MathError {
        var notes: [String] = []
        if errors.count < Self.maxSuggestions, let suggestion = Self.suggestion(for: name, among: Commands.allNames) {
            notes.append(Suggestion.note("\\" + suggestion))
        }
        return MathError(
            offset: token.offset, length: token.length, code: MathErrorCode.unknownCommand,
            message: "unknown command '\\\(name)'", notes: notes)
    }

    /// A symbol command as an atom of its class.
    mutating func symbolPrimary(_ symbol: MathSymbol, integral: Bool) -> Primary {
        switch symbol.symbolClass {
        case .ordinary, .upright:
            var text = symbol.text
            var normal = symbol.symbolClass == .upright
            if font != .normal {
                let scalars = symbol.text.unicodeScalars
                if scalars.count == 1, let scalar = scalars.first, let styled = font.map(scalar) {
                    text = Self.string(styled)
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
    mutating func parseAccent(_ command: Command, token: Token) throws(MathError) -> Primary {
        let base = try parseArgument(of: token)
        guard let accent = command.accent else { return Primary(base) }
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
        if Self.endsRow(next) { return .op(Operator(text: "/", space: .zero)) }
        let negated = try parsePrimary()
        if case .op(var op) = negated.node {
            op.text = Self.negations[op.text] ?? (op.text + "\u{338}")
            return .op(op)
        }
        // A slash drawn before anything that has no negated form (every font has one).
        return .row([.op(Operator(text: "/", space: .zero)), negated.node])
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
            op.space = .thick
            items[index] = .op(op)
            changed = true
        }
        let open = isSet ? "{" : "\u{27E8}"
        let close = isSet ? "}" : "\u{27E9}"
        return .row([.op(Operator(text: open, stretchy: stretchy, fence: true))] + items
            + [.op(Operator(text: close, stretchy: stretchy, fence: true))])
    }
}
