/// Recursive-descent parser from tokens to the math tree.
///
/// Fatal mistakes throw a `MathError` at the token an author should look at; unknown commands
/// are collected and parsing goes on, so one run reports every misspelt command.
struct Parser {
    /// Deepest nesting of groups, arguments and environments accepted; deeper input is an
    /// error rather than a stack overflow.
    static let maxDepth = 500

    /// The lexer's tokens, ending with `.endOfInput`; the caller keeps them alive.
    let tokens: UnsafeBufferPointer<Token>
    /// The formula, for the names of commands the table does not know.
    let source: String
    /// The tree being built.
    var tree: NodeArena
    var position = 0
    var depth = 0
    /// Unknown commands found so far (parsing continues past them).
    var errors: [MathError] = []
    /// The alphabet letters and digits are set in (`\mathbf{…}` changes it for its argument).
    var font = MathFont.normal
    /// How many environments and `\left` groups enclose the current position.
    var environmentDepth = 0
    var leftDepth = 0
    /// `\tag{…}` text, shown beside the formula.
    var tag: NodeRef?
    /// A character that ends rows at the current level: `]` in an optional argument, `$` in
    /// math inside `\text{…}`. Braces hide it.
    var stopCharacter: Unicode.Scalar?

    init(tokens: UnsafeBufferPointer<Token>, source: String) {
        self.init(tokens: tokens, source: source, tree: NodeArena(tokens: tokens.count, bytes: source.utf8.count))
    }

    /// A parser building into `tree` (which may hold the tokens themselves).
    init(tokens: UnsafeBufferPointer<Token>, source: String, tree: NodeArena) {
        self.tokens = tokens
        self.source = source
        self.tree = tree
    }

    // MARK: - Tokens

    /// The next token that is not white space (white space is skipped for good).
    mutating func peek() -> Token {
        while case .space = tokens[position].kind { position += 1 }
        return tokens[position]
    }

    /// The next token, white space included.
    func peekRaw() -> Token { tokens[position] }

    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    /// Counts one more level of nesting. Constructs whose parsing needs deeper native
    /// recursion per level (environments, math inside text) count `weight` levels, so the
    /// limit bounds stack use whatever the input nests.
    mutating func enter(at token: Token, weight: Int = 1) throws(MathError) {
        depth += weight
        if depth > Self.maxDepth {
            throw MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.tooDeep,
                message: "formula nested too deeply: more than \(Self.maxDepth) levels of groups",
                notes: ["split the formula or remove redundant braces"])
        }
    }

    mutating func leave(weight: Int = 1) { depth -= weight }

    // MARK: - Whole formula

    /// Parses the whole formula; stray closers at the top level are errors.
    mutating func parseFormula() throws(MathError) -> NodeRef {
        let body = try parseLines()
        let token = peek()
        switch token.kind {
        case .endOfInput:
            break
        case .closeBrace:
            throw MathError(
                offset: token.offset, code: MathErrorCode.unbalancedBrace,
                message: "unbalanced '}': no '{' is open here",
                notes: ["remove it, or add the '{' it was meant to close"])
        default:
            throw strayTerminator(token)
        }
        if let tag {
            let mark = tree.mark
            tree.push(body)
            tree.push(tree.add(.space("2em")))
            tree.push(tag)
            return tree.row(from: mark)
        }
        return body
    }

    /// The error for a token that ends a row where nothing can accept it.
    func strayTerminator(_ token: Token) -> MathError {
        switch token.kind {
        case .alignment:
            return MathError(
                offset: token.offset, code: MathErrorCode.misplacedAlignment,
                message: "'&' outside an environment",
                notes: ["'&' separates columns inside \\begin{aligned}, \\begin{matrix} or \\begin{cases}"])
        case .command(let command) where command.role == .end:
            return MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.endWithoutBegin,
                message: "'\\end' without a matching '\\begin'")
        case .command(let command) where command.role == .right:
            return MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.rightWithoutLeft,
                message: "'\\right' without a matching '\\left'",
                notes: ["add '\\left' before the opening delimiter, or remove '\\right'"])
        case .command(let command) where command.role == .middle:
            return MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.middleWithoutLeft,
                message: "'\\middle' outside a '\\left … \\right' pair")
        case .closeBrace:
            return MathError(
                offset: token.offset, code: MathErrorCode.unbalancedBrace,
                message: "unbalanced '}': no '{' is open here",
                notes: ["remove it, or add the '{' it was meant to close"])
        default:
            return MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.unbalancedBrace,
                message: "unexpected token")
        }
    }

    // MARK: - Rows

    /// A row, split into lines at `\\` outside environments (a top-level `\\` stacks lines,
    /// as KaTeX and MediaWiki allow).
    mutating func parseLines() throws(MathError) -> NodeRef {
        let mark = tree.mark
        while true {
            let row = try parseRow()
            let token = peek()
            guard case .command(let command) = token.kind, command.role == .newline else {
                if tree.pushed(since: mark) == 0 { return row }
                // A trailing `\\` adds no empty line.
                if !tree.isEmptyRow(row) { tree.push(row) }
                if tree.pushed(since: mark) == 1 { return tree.rowOrSingle(from: mark) }
                var lines: [[NodeRef]] = []
                for index in 0..<tree.pushed(since: mark) { lines.append([tree.pushedItem(mark, index)]) }
                tree.pop(to: mark)
                return tree.add(Table(rows: lines, columnAlign: ["center"]))
            }
            advance()
            skipOptionalBracket()
            tree.push(row)
        }
    }

    /// Whether `token` ends a row; the caller decides whether it is welcome there.
    static func endsRow(_ token: Token) -> Bool {
        switch token.kind {
        case .endOfInput, .closeBrace, .alignment: return true
        case .command(let command): return command.role.endsRow
        default: return false
        }
    }

    /// Atoms up to the next token that ends a row, with `\over` and style switches applied.
    mutating func parseRow() throws(MathError) -> NodeRef {
        // Items go on the arena's scratch stack from `mark`; after an infix command the
        // numerator's items are already a node and the denominator's start afresh.
        let mark = tree.mark
        var infix: Token?
        var numerator: NodeRef?
        while true {
            let token = peek()
            if Self.endsRow(token) { break }
            if let stop = stopCharacter, case .character(stop) = token.kind { break }
            if case .command(let command) = token.kind, command.role == .infix || command.role == .rowSwitch {
                if command.role == .infix {
                    try parseInfix(token, after: infix)
                    infix = token
                    numerator = tree.rowOrSingle(from: mark)
                    continue
                }
                let switched = try parseSwitch(command, token: token)
                tree.push(switched)
                break
            }
            try parseAtom()
        }
        guard let infix, let numerator else { return tree.rowOrSingle(from: mark) }
        return infixFraction(infix, numerator: numerator, denominator: tree.rowOrSingle(from: mark))
    }

    static let infixCommands: Set<String> = ["over", "choose", "atop", "above"]

    /// Commands that act on the rest of the row: infix fractions and switches.
    static let rowCommands: Set<String> = infixCommands.union(Commands.styles.keys)
        .union(Commands.sizes.keys).union(fontSwitches).union(["color"])

    /// Consumes `\over` and friends; a second one in the same row is an error.
    mutating func parseInfix(_ token: Token, after first: Token?) throws(MathError) {
        if let first {
            throw MathError(
                offset: token.offset, length: token.length, code: MathErrorCode.multipleInfix,
                message: "'\(display(token))' after another infix fraction in the same group",
                notes: ["'\(display(first))' is already used here; put one of them in braces"])
        }
        advance()
        if name(of: token) == "above" { _ = try parseDimensionArgument(of: token) }
    }

    mutating func infixFraction(_ infix: Token, numerator: NodeRef, denominator: NodeRef) -> NodeRef {
        let name = name(of: infix)
        var fraction = Fraction(numerator: numerator, denominator: denominator)
        if name != "over" { fraction.lineThickness = "0" }
        guard name == "choose" else { return tree.add(.fraction(fraction)) }
        let mark = tree.mark
        tree.push(tree.add(.op(Operator(text: "(", stretchy: true, fence: true))))
        tree.push(tree.add(.fraction(fraction)))
        tree.push(tree.add(.op(Operator(text: ")", stretchy: true, fence: true))))
        return tree.row(from: mark)
    }

    /// A style, size, colour or old-style font switch: it applies to the rest of the row.
    mutating func parseSwitch(_ command: Command, token: Token) throws(MathError) -> NodeRef {
        advance()
        if let style = command.style {
            let body = try parseRow()
            return tree.addStyle(StyleChange(displayStyle: style.display, scriptLevel: style.level), body)
        }
        if let size = command.size {
            let body = try parseRow()
            return tree.addStyle(StyleChange(size: size), body)
        }
        if command.kind == .colored {
            let color = tree.text(try parseWordArgument(of: token))
            let body = try parseRow()
            return tree.addStyle(StyleChange(color: color), body)
        }
        let saved = font
        font = command.font ?? font
        defer { font = saved }
        return try parseRow()
    }

    /// Font commands that switch the rest of the group instead of taking an argument.
    static let fontSwitches: Set<String> = ["rm", "bf", "it", "sf", "tt", "cal"]

    /// The name of a command token (without the backslash); empty for other tokens.
    func name(of token: Token) -> String {
        if case .command(let command) = token.kind { return name(of: command) }
        return ""
    }

    /// The command's name: the table's copy, or for an unknown name the formula's own bytes.
    func name(of command: Command) -> String {
        if command.id != CommandTable.unknown { return command.knownName }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(command.nameStart))
        let end = utf8.index(start, offsetBy: Int(command.nameLength))
        return String(source[start..<end])
    }

    // MARK: - Atoms and scripts

    /// One atom with its sub- and superscripts and primes, appended to `items`.
    mutating func parseAtom() throws(MathError) {
        let primary = try parsePrimary()
        var sub: NodeRef?
        var sup: NodeRef?
        var supFromPrimesOnly = false
        var placement = primary.placement
        var sawScript = false
        loop: while true {
            let token = peek()
            switch token.kind {
            case .superscript:
                if sup != nil && !supFromPrimesOnly { throw Self.doubleScript(token) }
                advance()
                let argument = try parseScriptArgument(of: token)
                if let primes = sup, supFromPrimesOnly {
                    let mark = tree.mark
                    tree.push(primes)
                    tree.push(argument)
                    sup = tree.row(from: mark)
                } else {
                    sup = argument
                }
                supFromPrimesOnly = false
                sawScript = true
            case .subscript:
                if sub != nil { throw Self.doubleScript(token) }
                advance()
                sub = try parseScriptArgument(of: token)
                sawScript = true
            case .character("'"):
                if sup != nil { throw Self.doubleScript(token) }
                var count = 0
                while case .character("'") = peek().kind {
                    count += 1
                    advance()
                }
                // As Temml and MathJax write it: a plain `<mo>` in the superscript, spaced by
                // the operator dictionary (no spacing inside a script).
                sup = tree.add(.op(Operator(text: primes(count))))
                supFromPrimesOnly = true
                sawScript = true
            case .command(let command) where command.role.isLimits:
                guard primary.isOperator, !sawScript else { throw Self.misplacedLimits(name(of: command), token: token) }
                advance()
                placement = command.role == .limits ? .always : .beside
            default:
                break loop
            }
        }
        if sub != nil || sup != nil {
            tree.push(tree.add(.scripts(Scripts(base: primary.node, sub: sub, sup: sup, placement: placement))))
        } else if tree.isEmptyRow(primary.node) {
            // Nothing to draw (`\hline`, `\notag`, an empty group without scripts).
        } else {
            tree.push(primary.node)
        }
        if primary.isFunction {
            tree.push(tree.add(.op(Operator(text: "\u{2061}"))))
        }
    }

    static func doubleScript(_ token: Token) -> MathError {
        switch token.kind {
        case .superscript:
            return MathError(
                offset: token.offset, code: MathErrorCode.doubleSuperscript,
                message: "double superscript: this '^' follows another",
                notes: ["put both in one group, e.g. 'x^{2^3}' or '{x^2}^3'"])
        case .subscript:
            return MathError(
                offset: token.offset, code: MathErrorCode.doubleSubscript,
                message: "double subscript: this '_' follows another",
                notes: ["put both in one group, e.g. 'x_{i,j}'"])
        default:
            return MathError(
                offset: token.offset, code: MathErrorCode.doubleSuperscript,
                message: "double superscript: a prime after a superscript",
                notes: ["write the prime first, e.g. 'f'^2'"])
        }
    }

    mutating func primes(_ count: Int) -> Text {
        switch count {
        case 1: return "\u{2032}"
        case 2: return "\u{2033}"
        case 3: return "\u{2034}"
        default: return tree.text(String(repeating: "\u{2032}", count: count))
        }
    }

    /// The argument of `^` or `_`.
    mutating func parseScriptArgument(of script: Token) throws(MathError) -> NodeRef {
        let token = peek()
        let missing: Bool
        switch token.kind {
        case .endOfInput, .closeBrace, .alignment, .superscript, .subscript: missing = true
        case .command(let command): missing = command.role.endsRow || command.role.isLimits
        default: missing = false
        }
        if missing {
            let what = script.kind == .superscript ? "superscript" : "subscript"
            let mark = script.kind == .superscript ? "^" : "_"
            throw MathError(
                offset: script.offset, code: MathErrorCode.missingArgument,
                message: "'\(mark)' needs a \(what) after it",
                notes: ["write e.g. 'x\(mark)2' or 'x\(mark){i+1}'"])
        }
        return try parseArgument(of: script)
    }

    // MARK: - Arguments

    /// A mandatory argument of `command`: a group, or a single token (`\frac12`).
    mutating func parseArgument(of command: Token) throws(MathError) -> NodeRef {
        let token = peek()
        switch token.kind {
        case .openBrace:
            return try parseGroup()
        case .closeBrace:
            throw missingArgument(command, before: token)
        case .endOfInput, .alignment, .superscript, .subscript:
            throw missingArgument(command)
        case .command where Self.endsRow(token):
            throw missingArgument(command)
        default:
            try enter(at: token)
            defer { leave() }
            let primary = try parsePrimary(single: true)
            return primary.node
        }
    }

    func missingArgument(_ command: Token, before brace: Token) -> MathError {
        MathError(
            offset: brace.offset, code: MathErrorCode.missingArgument,
            message: "'\(display(command))' is missing an argument before this '}'",
            notes: [argumentHint(command)])
    }

    func missingArgument(_ command: Token) -> MathError {
        MathError(
            offset: command.offset, length: command.length, code: MathErrorCode.missingArgument,
            message: "'\(display(command))' is missing an argument",
            notes: [argumentHint(command)])
    }

    func display(_ token: Token) -> String {
        switch token.kind {
        case .command(let command): return "\\" + name(of: command)
        case .superscript: return "^"
        case .subscript: return "_"
        default: return "command"
        }
    }

    func argumentHint(_ command: Token) -> String {
        switch name(of: command) {
        case "frac", "dfrac", "tfrac", "cfrac": return "a fraction takes two arguments: '\\frac{numerator}{denominator}'"
        case "binom", "dbinom", "tbinom": return "'\\binom' takes two arguments: '\\binom{n}{k}'"
        case "sqrt": return "write e.g. '\\sqrt{x}' or '\\sqrt[3]{x}'"
        default: return "give it an argument in braces, e.g. '\(display(command)){x}'"
        }
    }

    /// A `{…}` group as a row (or stacked lines).
    mutating func parseGroup() throws(MathError) -> NodeRef {
        let open = peek()
        try enter(at: open)
        let savedStop = stopCharacter
        stopCharacter = nil
        defer {
            leave()
            stopCharacter = savedStop
        }
        advance()
        let body = try parseLines()
        try expectClose(of: open)
        return body
    }

    /// Consumes the `}` closing the group opened at `open`, or reports why it is missing.
    mutating func expectClose(of open: Token) throws(MathError) {
        let token = peek()
        switch token.kind {
        case .closeBrace:
            advance()
        case .endOfInput:
            throw unclosedBrace(open)
        case .alignment where environmentDepth > 0:
            throw unclosedBrace(open)
        case .command(let command) where environmentDepth > 0 && command.role == .end:
            throw unclosedBrace(open)
        case .command(let command) where leftDepth > 0 && (command.role == .right || command.role == .middle):
            throw unclosedBrace(open)
        default:
            throw strayTerminator(token)
        }
    }

    func unclosedBrace(_ open: Token) -> MathError {
        MathError(
            offset: open.offset, code: MathErrorCode.unbalancedBrace,
            message: "unbalanced '{': it is never closed",
            notes: ["add the matching '}'"])
    }

    /// The characters of a `{word}` argument (a colour, an environment name, a column spec).
    mutating func parseWordArgument(of command: Token) throws(MathError) -> String {
        let open = peek()
        guard case .openBrace = open.kind else { throw missingArgument(command) }
        advance()
        var word = ""
        while true {
            let token = peekRaw()
            switch token.kind {
            case .character(let scalar): word.unicodeScalars.append(scalar)
            case .command(let command):
                let name = name(of: command)
                word += name.unicodeScalars.count == 1 ? name : "\\" + name
            case .space: break
            case .closeBrace:
                advance()
                return word
            default:
                throw unclosedBrace(open)
            }
            advance()
        }
    }

    /// `{…}` holding a dimension such as `2pt`; read and dropped.
    mutating func parseDimensionArgument(of command: Token) throws(MathError) -> String {
        try parseWordArgument(of: command)
    }

    /// Skips `[…]` after `\\` (extra row space, not needed in MathML).
    mutating func skipOptionalBracket() {
        guard case .character("[") = peekRaw().kind else { return }
        let saved = position
        while position < tokens.count - 1 {
            if case .character("]") = tokens[position].kind {
                advance()
                return
            }
            advance()
        }
        position = saved
    }
}
