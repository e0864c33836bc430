/// Turns tokens into statements by precedence climbing, with Python's precedence:
/// `or` < `and` < `not` < comparisons < `+ -` < `* / // % @` < unary `-` < `**` < call/index.
///
/// `**` is right-associative and its right operand may carry a unary minus (`2**-1`), while a
/// unary minus on its left binds looser (`-2**2` is -4). Comparison chains (`a < b < c`) mean
/// `a < b and b < c`. Nesting is bounded by `Limits.maxNesting`, so no input can exhaust the stack.
struct Parser {
    private let tokens: [Token]
    private var position = 0
    let functions: FunctionTable
    /// The text parsed; only messages about Python habits quote it.
    let source: String
    private let maxNesting: Int
    private var depth = 0

    private enum Precedence {
        static let or = 1, and = 2, not = 3, comparison = 4, additive = 5, multiplicative = 6
        static let unary = 7, power = 8
    }

    init(tokens: [Token], functions: FunctionTable, maxNesting: Int, source: String = "") {
        self.tokens = tokens
        self.source = source
        self.functions = functions
        self.maxNesting = maxNesting
    }

    /// Parses a whole source text into a program.
    static func parse(_ source: String, functions: FunctionTable, limits: Limits) -> Result<Program, CalcError> {
        switch Lexer.tokenize(source) {
        case .failure(let error):
            return .failure(error)
        case .success(let tokens):
            var parser = Parser(tokens: tokens, functions: functions, maxNesting: limits.maxNesting, source: source)
            do {
                return .success(try parser.program())
            } catch {
                return .failure(error)
            }
        }
    }

    var current: Token { tokens[min(position, tokens.count - 1)] }

    func peekToken(_ ahead: Int) -> Token {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    func peekKind(_ ahead: Int) -> Token.Kind {
        tokens[min(position + ahead, tokens.count - 1)].kind
    }

    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isSymbol(_ symbol: Token.Symbol) -> Bool {
        current.kind == .symbol(symbol)
    }

    mutating func program() throws(CalcError) -> Program {
        var statements: [Statement] = []
        while true {
            while current.kind == .separator { _ = advance() }
            if current.kind == .end { break }
            statements.append(try statement())
            switch current.kind {
            case .separator, .end:
                continue
            case .symbol(.assign):
                throw CalcError(offset: current.offset, code: CalcCodes.badAssignment,
                                message: "only a name can be assigned to; compare with '=='")
            case .symbol(.rightParen), .symbol(.rightBracket):
                throw CalcError(offset: current.offset, code: CalcCodes.unmatchedBracket,
                                message: "unmatched \(current.quoted)")
            case .symbol(.colon):
                throw CalcError(offset: current.offset, code: CalcCodes.unexpectedToken,
                                message: "unexpected ':'; a format spec such as ':.4f' may only end an inline value or an eval expression")
            default:
                throw CalcError(offset: current.offset, length: current.length, code: CalcCodes.unexpectedToken,
                                message: "unexpected \(current.quoted) after the expression; separate statements with ';' or a new line")
            }
        }
        return Program(statements: statements)
    }

    private mutating func statement() throws(CalcError) -> Statement {
        try refusePythonStatement()
        if case .identifier(let name) = current.kind, peekKind(1) == .symbol(.assign) {
            let nameToken = advance()
            _ = advance()
            if case .library = functions.callee(named: name) {
                throw CalcError(offset: nameToken.offset, length: nameToken.length, code: CalcCodes.badAssignment,
                                message: "'\(name)' is a library function; choose another name")
            }
            if case .builtin = functions.callee(named: name) {
                throw CalcError(offset: nameToken.offset, length: nameToken.length, code: CalcCodes.badAssignment,
                                message: "'\(name)' is a built-in function; choose another name")
            }
            let value = try expression(0)
            return .assign(name: name, nameOffset: nameToken.offset, nameLength: nameToken.length, value: value)
        }
        return .expression(try expression(0))
    }

    private func make(_ kind: Node.Kind, from start: Int, to end: Int, children first: Node, _ second: Node? = nil) throws(CalcError) -> Node {
        let height = Swift.max(first.height, second?.height ?? 0) + 1
        return try make(kind, from: start, to: end, height: height)
    }

    func make(_ kind: Node.Kind, from start: Int, to end: Int, height: Int) throws(CalcError) -> Node {
        guard height <= maxNesting else {
            throw CalcError(offset: start, length: max(end - start, 1), code: CalcCodes.tooDeep,
                            message: "expression is nested too deeply (more than \(maxNesting) levels); split it with assignments")
        }
        return Node(kind: kind, offset: start, length: max(end - start, 1), height: height)
    }

    var previousEnd: Int {
        let token = tokens[max(position - 1, 0)]
        return token.offset + token.length
    }

    private mutating func enter() throws(CalcError) {
        depth += 1
        if depth > maxNesting {
            throw CalcError(offset: current.offset, code: CalcCodes.tooDeep,
                            message: "expression is nested too deeply (more than \(maxNesting) levels); split it with assignments")
        }
    }

    private static func binaryOperator(_ kind: Token.Kind) -> (BinaryOperator, Int)? {
        guard case .symbol(let symbol) = kind else { return nil }
        switch symbol {
        case .plus: return (.add, Precedence.additive)
        case .minus: return (.subtract, Precedence.additive)
        case .star: return (.multiply, Precedence.multiplicative)
        case .slash: return (.divide, Precedence.multiplicative)
        case .doubleSlash: return (.floorDivide, Precedence.multiplicative)
        case .percent: return (.remainder, Precedence.multiplicative)
        case .at: return (.matmul, Precedence.multiplicative)
        case .power: return (.power, Precedence.power)
        case .equal: return (.equal, Precedence.comparison)
        case .notEqual: return (.notEqual, Precedence.comparison)
        case .less: return (.less, Precedence.comparison)
        case .lessEqual: return (.lessEqual, Precedence.comparison)
        case .greater: return (.greater, Precedence.comparison)
        case .greaterEqual: return (.greaterEqual, Precedence.comparison)
        default: return nil
        }
    }

    /// An expression whose operators all bind at least as tightly as `minimum`.
    mutating func expression(_ minimum: Int) throws(CalcError) -> Node {
        try enter()
        defer { depth -= 1 }
        var lhs = try prefix()
        while true {
            if current.kind == .keyword(.and) || current.kind == .keyword(.or) {
                let isAnd = current.kind == .keyword(.and)
                let precedence = isAnd ? Precedence.and : Precedence.or
                guard precedence >= minimum else { break }
                _ = advance()
                let rhs = try expression(precedence + 1)
                lhs = try make(.logical(isAnd: isAnd, lhs, rhs), from: lhs.offset, to: previousEnd, children: lhs, rhs)
                continue
            }
            guard let (op, precedence) = Self.binaryOperator(current.kind), precedence >= minimum else { break }
            let opToken = advance()
            if op.isComparison {
                lhs = try comparisonChain(first: lhs, op: op, opToken: opToken)
                continue
            }
            // `**` is right-associative and takes a unary operand on its right.
            let rhs = try expression(op == .power ? Precedence.unary : precedence + 1)
            lhs = try make(.binary(op, lhs, rhs, operatorOffset: opToken.offset, operatorLength: opToken.length),
                           from: lhs.offset, to: previousEnd, children: lhs, rhs)
        }
        return lhs
    }

    private mutating func comparisonChain(first: Node, op: BinaryOperator, opToken: Token) throws(CalcError) -> Node {
        var left = first
        var op = op
        var opToken = opToken
        var result: Node?
        while true {
            let right = try expression(Precedence.additive)
            let comparison = try make(.binary(op, left, right, operatorOffset: opToken.offset, operatorLength: opToken.length),
                                      from: left.offset, to: previousEnd, children: left, right)
            if let previous = result {
                result = try make(.logical(isAnd: true, previous, comparison), from: first.offset, to: previousEnd,
                                  children: previous, comparison)
            } else {
                result = comparison
            }
            guard let (next, precedence) = Self.binaryOperator(current.kind),
                  precedence == Precedence.comparison else { break }
            op = next
            opToken = advance()
            left = right
        }
        return result ?? first
    }

    private mutating func prefix() throws(CalcError) -> Node {
        let token = current
        switch token.kind {
        case .keyword(.not):
            _ = advance()
            let operand = try expression(Precedence.not)
            return try make(.not(operand), from: token.offset, to: previousEnd, children: operand)
        case .symbol(.minus), .symbol(.plus):
            _ = advance()
            let operand = try expression(Precedence.power)
            let kind: Node.Kind = token.kind == .symbol(.minus) ? .negate(operand) : .plus(operand)
            return try make(kind, from: token.offset, to: previousEnd, children: operand)
        default:
            return try postfix()
        }
    }

    private mutating func postfix() throws(CalcError) -> Node {
        var node = try primary()
        while true {
            if isSymbol(.leftParen) {
                guard case .name(let name) = node.kind else {
                    throw CalcError(offset: current.offset, code: CalcCodes.notCallable,
                                    message: "only a function name can be called")
                }
                let open = advance()
                let (arguments, keywords) = try callArguments(open: open)
                if name == "print", functions.callee(named: name) == .unknown {
                    throw printHabit(at: node, arguments: arguments)
                }
                let height = ((arguments.map(\.height) + keywords.map(\.value.height)).max() ?? 0) + 1
                node = try make(.call(functions.callee(named: name), name: name, arguments, keywords),
                                from: node.offset, to: previousEnd, height: height)
            } else if isSymbol(.leftBracket) {
                let open = advance()
                let indices = try indexItems(open: open)
                guard !indices.isEmpty else {
                    throw CalcError(offset: open.offset, length: 2, code: CalcCodes.badIndex,
                                    message: "an index is missing between '[' and ']'")
                }
                guard indices.count <= 2 else {
                    throw CalcError(offset: indices[2].offset, length: indices[2].length, code: CalcCodes.badIndex,
                                    message: "too many indices; values have at most 2 dimensions")
                }
                let height = max(node.height, indices.map(\.height).max() ?? 0) + 1
                node = try make(.index(node, indices), from: node.offset, to: previousEnd, height: height)
            } else if isSymbol(.dot) {
                throw dotHabit(after: node)
            } else {
                return node
            }
        }
    }

    /// The current token as a leaf node of `kind`, consumed.
    private mutating func leaf(_ kind: Node.Kind) -> Node {
        let token = advance()
        return Node(kind: kind, offset: token.offset, length: token.length, height: 1)
    }

    private mutating func primary() throws(CalcError) -> Node {
        let token = current
        switch token.kind {
        case .number(let value): return leaf(.number(value))
        case .string(let text): return leaf(.string(text))
        case .keyword(.trueValue), .keyword(.pythonTrue): return leaf(.boolean(true))
        case .keyword(.falseValue), .keyword(.pythonFalse): return leaf(.boolean(false))
        case .identifier(let name):
            if name == "lambda" { try refuseLambda() }
            return leaf(.name(name))
        case .symbol(.leftParen):
            let open = advance()
            let inner = try expression(0)
            try expectClosing(.rightParen, open: open, expected: "')'")
            // Parentheses only group; keep the span of the inner expression for messages.
            return inner
        case .symbol(.leftBracket):
            let open = advance()
            let elements = try list(open: open, closing: .rightBracket)
            let height = (elements.map(\.height).max() ?? 0) + 1
            return try make(.list(elements), from: open.offset, to: previousEnd, height: height)
        case .end, .separator:
            throw CalcError(offset: token.offset, length: max(token.length, 1), code: CalcCodes.expectedExpression,
                            message: "expected an expression, found \(token.quoted)")
        case .symbol(.rightParen), .symbol(.rightBracket):
            throw CalcError(offset: token.offset, code: CalcCodes.expectedExpression,
                            message: "expected an expression, found \(token.quoted)")
        default:
            throw CalcError(offset: token.offset, length: token.length, code: CalcCodes.expectedExpression,
                            message: "expected an expression, found \(token.quoted)")
        }
    }
}
