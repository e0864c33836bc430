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
        case .nothing: return Primary(tree.emptyRow())
        case .bracketPair: return Primary(try parseBracketPair(name, token: token))
        case .colored: return try parseColored(nil, token: token)
        case .phantom:
            let body = try parseArgument(of: token)
            return leaf(.phantom(body))
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
            // `\substack{i < n \\ j < m}` is its argument: a group already stacks its `\\` lines.
            (.mathClass, ["substack"]),
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
        if let function = command.function { return functionPrimary(function) }
        if let width = command.space { return leaf(.space(width)) }
        if command.accent != nil { return try parseAccent(command, token: token) }
        if let arrow = command.arrow { return try parseArrow(arrow, token: token) }
        if let big = command.big { return try parseBig(big.size, role: big.role, token: token) }
        if let font = command.font { return Primary(try parseArgument(of: token, font: font)) }
        if let font = command.textFont { return Primary(try parseText(of: token, font: font)) }
        if command.isColor { return try parseColored(command.knownName, token: token) }
        if command.style != nil || command.size != nil { return Primary(tree.emptyRow()) }
        if let box = command.box { return try parseBox(box, token: token) }
        if let space = command.lengthSpace { return try parseLengthSpace(space, token: token) }
        return try parseOtherCommand(name(of: command), token: token)
    }

    /// Control symbols, bars and the errors for commands that cannot start an atom.
    mutating func parseOtherCommand(_ name: String, token: Token) throws(MathError) -> Primary {
        switch name {
        case "prime": return leaf(.op(Operator(text: "\u{2032}")))
        case "vert", "lvert", "rvert": return leaf(.op(.bar("|")))
        case "Vert", "lVert", "rVert", "|": return leaf(.op(.bar("\u{2016}")))
        case "mid": return leaf(.op(Operator(text: "\u{2223}", space: .thick)))
        case "{": return leaf(.op(Operator(text: "{", stretchy: false)))
        case "}": return leaf(.op(Operator(text: "}", stretchy: false)))
        case "$", "#", "%", "_": return leaf(.identifier(tree.text(name), normal: true))
        case "&": return leaf(.op(Operator(text: "&")))
        case "limits", "nolimits": throw Self.misplacedLimits(name, token: token)
        default:
            errors.append(unknownCommand(name, token: token))
            return Primary(tree.emptyRow())
        }
    }

    static func misplacedLimits(_ name: String, token: Token) -> MathError {
        MathError(
            offset: token.offset, length: token.length, code: MathErrorCode.misplacedLimits,
            message: "'\\\(name)' must follow an operator such as '\\sum' or '\\int'")
    }

    mutating func functionPrimary(_ function: (text: Text, limits: Bool)) -> Primary {
        var primary = leaf(.identifier(function.text, normal: false))
        primary.isFunction = true
        primary.isOperator = true
        primary.placement = function.limits ? .displayOnly : .beside
        return primary
    }

    mutating func parseArrow(_ arrow: Text, token: Token) throws(MathError) -> Primary {
        let below = try parseOptionalArgument()
        let above = try parseArgument(of: token)
        let node = tree.add(.op(Operator(text: arrow, stretchy: true, space: .thick)))
        return leaf(.underOver(UnderOver(base: node, under: below, over: above)))
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
        return leaf(.op(op))
    }

    /// `\red{x}` (texvc), `\textcolor{c}{x}` and `\color{c}{x}` used as an argument.
    mutating func parseColored(_ color: String?, token: Token) throws(MathError) -> Primary {
        var name = color ?? ""
        if color == nil { name = try parseWordArgument(of: token) }
        let text = tree.text(name)
        let body = try parseArgument(of: token)
        return Primary(tree.addStyle(StyleChange(color: text), body))
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
        return leaf(.fraction(fraction))
    }

    mutating func parseBinomial(_ name: String, token: Token) throws(MathError) -> Primary {
        let top = try parseArgument(of: token)
        let bottom = try parseArgument(of: token)
        let mark = tree.mark
        tree.push(tree.add(.op(Operator(text: "(", stretchy: true, fence: true))))
        tree.push(tree.add(.fraction(Fraction(numerator: top, denominator: bottom, lineThickness: "0"))))
        tree.push(tree.add(.op(Operator(text: ")", stretchy: true, fence: true))))
        let node = tree.row(from: mark)
        if name == "binom" { return Primary(node) }
        return Primary(tree.addStyle(StyleChange(displayStyle: name == "dbinom"), node))
    }

    mutating func parseSquareRoot(_ token: Token) throws(MathError) -> Primary {
        let index = try parseOptionalArgument()
        let radicand = try parseArgument(of: token)
        return leaf(.root(radicand, index: index))
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
        if name == "underset" { return leaf(.underOver(UnderOver(base: base, under: script))) }
        return leaf(.underOver(UnderOver(base: base, over: script)))
    }

    mutating func parseModulo(_ name: String, token: Token) throws(MathError) -> Primary {
        if name == "bmod" { return leaf(.op(Operator(text: "mod", space: .medium))) }
        let argument = try parseArgument(of: token)
        let mark = tree.mark
        tree.push(tree.add(.space(name == "mod" ? "0.6667em" : "1em")))
        if name != "mod" { tree.push(tree.add(.op(Operator(text: "(", stretchy: false)))) }
        if name != "pod" {
            tree.push(tree.add(.identifier("mod", normal: false)))
            tree.push(tree.add(.space("0.3333em")))
        }
        tree.push(argument)
        if name != "mod" { tree.push(tree.add(.op(Operator(text: ")", stretchy: false)))) }
        return Primary(tree.row(from: mark))
    }

    mutating func parseTag(_ token: Token) throws(MathError) -> Primary {
        var starred = false
        if case .character("*") = peekRaw().kind {
            starred = true
            advance()
        }
        let label = try parseText(of: token, font: .normal)
        if starred {
            tag = label
        } else {
            let mark = tree.mark
            tree.push(tree.add(.text("(")))
            tree.push(label)
            tree.push(tree.add(.text(")")))
            tag = tree.row(from: mark)
        }
        return Primary(tree.emptyRow())
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
    mutating func symbolPrimary(_ symbol: SymbolEntry, integral: Bool) -> Primary {
        switch symbol.symbolClass {
        case .ordinary, .upright:
            var text = symbol.text
            var normal = symbol.symbolClass == .upright
            if font != .normal {
                if let scalar = Self.singleScalar(symbol.text), let styled = font.map(scalar) {
                    text = tree.text(styled)
                    normal = false
                } else if font == .roman {
                    normal = true
                }
            }
            return leaf(.identifier(text, normal: normal))
        case .relation, .binary, .punctuation:
            return leaf(.op(Operator(text: symbol.text)))
        case .opening, .closing:
            return leaf(.op(Operator(text: symbol.text, stretchy: false)))
        case .largeOperator:
            var primary = leaf(.op(Operator(text: symbol.text, limitsInDisplay: !integral)))
            primary.isOperator = true
            primary.placement = integral ? .beside : .displayOnly
            return primary
        }
    }

    /// The scalar of a one-scalar text; nil for longer or empty text.
    static func singleScalar(_ text: Text) -> Unicode.Scalar? {
        guard text.count > 0, !text.hasSeveralScalars else { return nil }
        var iterator = text.bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// An argument read with letters in `font`.
    mutating func parseArgument(of token: Token, font: MathFont) throws(MathError) -> NodeRef {
        let saved = self.font
        self.font = font
        defer { self.font = saved }
        return try parseArgument(of: token)
    }

    /// `\hat{x}`, `\overline{…}`, `\overbrace{…}`.
    mutating func parseAccent(_ command: Command, token: Token) throws(MathError) -> Primary {
        let base = try parseArgument(of: token)
        guard let accent = command.accent else { return Primary(base) }
        let mark = tree.add(.op(Operator(text: accent.mark, stretchy: accent.stretchy)))
        if accent.brace {
            var primary = leaf(.underOver(accent.under
                ? UnderOver(base: base, under: mark, accentUnder: true)
                : UnderOver(base: base, over: mark, accent: true)))
            primary.placement = .always
            primary.isOperator = true
            return primary
        }
        if accent.under { return leaf(.underOver(UnderOver(base: base, under: mark, accentUnder: true))) }
        return leaf(.underOver(UnderOver(base: base, over: mark, accent: true)))
    }

    /// `[…]` after `\sqrt` or `\xrightarrow`, if present.
    mutating func parseOptionalArgument() throws(MathError) -> NodeRef? {
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
    mutating func parseNegation(_ token: Token) throws(MathError) -> NodeRef {
        let next = peek()
        if Self.endsRow(next) { return tree.add(.op(Operator(text: "/", space: .zero))) }
        let negated = try parsePrimary()
        if case .op(var op) = tree[negated.node] {
            op.text = Self.negations[op.text.string] ?? tree.text(op.text, "\u{338}")
            tree.replace(negated.node, with: .op(op))
            return negated.node
        }
        // A slash drawn before anything that has no negated form (every font has one).
        let mark = tree.mark
        tree.push(tree.add(.op(Operator(text: "/", space: .zero))))
        tree.push(negated.node)
        return tree.row(from: mark)
    }

    static let negations: [String: Text] = [
        "=": "\u{2260}", "\u{2208}": "\u{2209}", "\u{2261}": "\u{2262}", "\u{220B}": "\u{220C}",
        "<": "\u{226E}", ">": "\u{226F}", "\u{2264}": "\u{2270}", "\u{2265}": "\u{2271}",
        "\u{223C}": "\u{2241}", "\u{2243}": "\u{2244}", "\u{2245}": "\u{2247}", "\u{2248}": "\u{2249}",
        "\u{2282}": "\u{2284}", "\u{2283}": "\u{2285}", "\u{2286}": "\u{2288}", "\u{2287}": "\u{2289}",
        "\u{2223}": "\u{2224}", "\u{2225}": "\u{2226}",
    ]

    /// `\Set{x | x > 0}` and `\Braket{ϕ | A | ψ}` (braket package): stretchy outer fences,
    /// with `|` as a stretchy middle bar (only the first one in `\Set`).
    mutating func parseBracketPair(_ name: String, token: Token) throws(MathError) -> NodeRef {
        let body = try parseArgument(of: token)
        let isSet = name.lowercased() == "set"
        let stretchy = name.first == "S" || name.first == "B"
        let open: Text = isSet ? "{" : "\u{27E8}"
        let close: Text = isSet ? "}" : "\u{27E9}"
        let mark = tree.mark
        tree.push(tree.add(.op(Operator(text: open, stretchy: stretchy, fence: true))))
        let first = tree.mark
        if case .row(let inner) = tree[body] { tree.push(contentsOf: inner) } else { tree.push(body) }
        var changed = false
        for offset in 0..<tree.pushed(since: first) {
            let item = tree.pushedItem(first, offset)
            guard case .op(var op) = tree[item], op.text == "|" || op.text == "\u{2223}" else { continue }
            if isSet && changed { break }
            op.text = "|"
            op.stretchy = stretchy
            op.fence = true
            op.space = .thick
            // Every node has one parent, so changing it in place changes only this row.
            tree.replace(item, with: .op(op))
            changed = true
        }
        tree.push(tree.add(.op(Operator(text: close, stretchy: stretchy, fence: true))))
        return tree.row(from: mark)
    }
}
