import Diagnostics

/// Python written as Calc: each habit is refused where the parser meets it, with a message that
/// says what Calc does instead (see `PythonHabit`). None of these inputs is valid Calc, so no
/// valid program changes meaning.
extension Parser {
    /// Source text between two scalar offsets.
    func sourceText(from start: Int, to end: Int) -> String {
        let scalars = source.unicodeScalars
        guard start >= 0, end > start else { return "" }
        return String(String.UnicodeScalarView(scalars.dropFirst(start).prefix(end - start)))
    }

    func sourceText(of node: Node) -> String {
        sourceText(from: node.offset, to: node.offset + node.length)
    }

    /// `def`, `for`, `while`, `import` and `from` at the start of a statement, followed by what
    /// follows them in Python.
    mutating func refusePythonStatement() throws(CalcError) {
        guard case .identifier(let word) = current.kind else { return }
        let next = peekKind(1)
        var followedByName = false
        if case .identifier = next { followedByName = true }
        if case .keyword = next { followedByName = true }
        // Most statements are assignments or expressions: nothing to compare.
        guard followedByName || next == .symbol(.leftParen) else { return }
        let token = current
        switch word {
        case "def" where followedByName:
            throw CalcError(offset: token.offset, length: token.length, code: CalcCodes.pythonDef,
                            message: "Calc has no def: compute the value directly and name it, as in y = 2 * x + 1",
                            notes: ["library functions such as relu and softmax apply to whole vectors and matrices"])
        case "for" where followedByName, "while" where followedByName || next == .symbol(.leftParen):
            var notes = ["there are no loops: operators and functions apply to every element at once, as in relu(x) or 2 * x"]
            if containsRange() { notes.append("for the numbers 0, 1, 2 write the list [0, 1, 2]") }
            throw CalcError(offset: token.offset, length: token.length, code: CalcCodes.pythonLoop,
                            message: "Calc has no \(word) loops: write the expression for the whole vector",
                            notes: notes)
        case "import" where followedByName, "from" where followedByName:
            throw CalcError(offset: token.offset, length: token.length, code: CalcCodes.pythonImport,
                            message: "Calc has no modules to import: exp, relu, softmax and the other functions are always there, without a prefix")
        default:
            return
        }
    }

    /// Whether the rest of the statement calls `range`.
    private func containsRange() -> Bool {
        var ahead = 1
        while true {
            switch peekKind(ahead) {
            case .separator, .end: return false
            case .identifier("range"): return true
            default: ahead += 1
            }
        }
    }

    /// `lambda x: …` (`lambda` followed by a parameter or a colon).
    mutating func refuseLambda() throws(CalcError) {
        let token = current
        switch peekKind(1) {
        case .identifier, .symbol(.colon): break
        default: return
        }
        // The body is what follows the colon, up to the end of the statement.
        var ahead = 1
        var parameters: [String] = []
        while true {
            let kind = peekKind(ahead)
            if case .identifier(let name) = kind { parameters.append(name) }
            if kind == .symbol(.colon) || kind == .separator || kind == .end { break }
            ahead += 1
        }
        var body: String?
        if peekKind(ahead) == .symbol(.colon) {
            var last = ahead + 1
            while peekKind(last) != .separator, peekKind(last) != .end { last += 1 }
            let start = tokenOffset(ahead: ahead + 1)
            body = PythonHabit.quoted(sourceText(from: start, to: tokenEnd(ahead: last - 1)))
        }
        let bound = parameters.isEmpty ? "its arguments" : parameters.joined(separator: ", ")
        let message = if let body, !body.isEmpty {
            "Calc has no lambda: bind \(bound) to a value and write \(body) directly"
        } else {
            "Calc has no lambda: bind \(bound) to a value and write the expression directly"
        }
        throw CalcError(offset: token.offset, length: token.length, code: CalcCodes.pythonLambda, message: message,
                        notes: ["library functions such as relu and softmax apply to whole vectors and matrices"])
    }

    private func tokenOffset(ahead: Int) -> Int {
        peekToken(ahead).offset
    }

    private func tokenEnd(ahead: Int) -> Int {
        let token = peekToken(ahead)
        return token.offset + token.length
    }

    /// `print(…)`: the call's arguments are already parsed.
    func printHabit(at name: Node, arguments: [Node]) -> CalcError {
        let shown = arguments.count == 1 ? PythonHabit.quoted(sourceText(of: arguments[0])) : "the value"
        let what = shown == "…" || shown == "the value" ? "the value itself" : shown
        return CalcError(offset: name.offset, length: name.length, code: CalcCodes.pythonPrint,
                         message: "Calc has no print: the value of the last statement is printed, so write \(what)")
    }

    /// `[f(v) for v in x]`: the current token is `for`, after the list's first element.
    mutating func comprehensionHabit(element: Node) -> CalcError {
        let keyword = advance()
        var suggestion: String?
        var overRange = false
        if case .identifier(let variable) = current.kind, peekKind(1) == .identifier("in") {
            _ = advance()
            _ = advance()
            if let iterable = try? expression(0) {
                if case .call(_, "range", _, _) = iterable.kind {
                    overRange = true
                } else {
                    var replacement = sourceText(of: iterable)
                    switch iterable.kind {
                    case .name, .call, .list, .index: break
                    default: replacement = "(\(replacement))"
                    }
                    suggestion = PythonHabit.quoted(PythonHabit.substitute(variable, in: sourceText(of: element), with: replacement))
                }
            }
        }
        let message = if let suggestion, suggestion != "…" {
            "Calc has no comprehensions: functions apply elementwise, so write \(suggestion)"
        } else {
            "Calc has no comprehensions: functions and operators apply to every element at once, as in relu(x)"
        }
        return CalcError(offset: keyword.offset, length: keyword.length, code: CalcCodes.pythonComprehension, message: message,
                         notes: overRange ? ["for the numbers 0, 1, 2 write the list [0, 1, 2]"] : [])
    }

    /// `module.member(…)` or `value.attribute`: the current token is the `.`.
    mutating func dotHabit(after base: Node) -> CalcError {
        let dot = advance()
        var members: [Token] = []
        while true {
            // The lexer makes a `.` only before a name, so a word (or a keyword) follows.
            members.append(advance())
            guard isSymbol(.dot) else { break }
            _ = advance()
        }
        let last = members[members.count - 1]
        let member = sourceText(from: last.offset, to: last.offset + last.length)
        let end = last.offset + last.length
        let arguments = isSymbol(.leftParen) ? callText() : nil
        if case .name(let module) = base.kind, PythonHabit.modules.contains(module) {
            return CalcError(offset: base.offset, length: end - base.offset, code: CalcCodes.pythonModule,
                             message: moduleMessage(member: member, arguments: arguments),
                             notes: moduleNotes(member: member))
        }
        return CalcError(offset: dot.offset, length: end - dot.offset, code: CalcCodes.pythonAttribute,
                         message: attributeMessage(member: member, base: PythonHabit.quoted(sourceText(of: base)),
                                                   arguments: arguments),
                         notes: [])
    }

    /// The text inside the parentheses that start at the current token, or nil when they do
    /// not close on this statement.
    private func callText() -> String? {
        var depth = 0
        var ahead = 0
        while true {
            let kind = peekKind(ahead)
            switch kind {
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket):
                depth -= 1
                if depth == 0 {
                    return sourceText(from: current.offset + 1, to: peekToken(ahead).offset).trimmingBlanks()
                }
            case .end: return nil
            default: break
            }
            ahead += 1
        }
    }

    private func moduleMessage(member: String, arguments: String?) -> String {
        let shownArguments = arguments.map(PythonHabit.quoted) ?? "x"
        if PythonHabit.constants.contains(member) {
            return "Calc has no modules: write \(member)"
        }
        if member == "array" || member == "asarray" {
            let list = arguments.map(PythonHabit.quoted) ?? "[1, 2]"
            return "Calc has no modules, and a list is already an array: write \(list)"
        }
        let name = PythonHabit.renamedMembers[member] ?? member
        if functions.callee(named: name) != .unknown {
            return "Calc has no modules: write \(name)(\(shownArguments))"
        }
        return "Calc has no modules, and '\(member)' is not one of its functions"
    }

    private func moduleNotes(member: String) -> [String] {
        let name = PythonHabit.renamedMembers[member] ?? member
        guard !PythonHabit.constants.contains(member), member != "array", member != "asarray",
              functions.callee(named: name) == .unknown else { return [] }
        if let suggestion = Suggestion.closest(to: member, among: functions.names) {
            return [Suggestion.note(suggestion)]
        }
        return ["functions are called by their names alone, as in exp(x) or softmax(z)"]
    }

    private func attributeMessage(member: String, base: String, arguments: String?) -> String {
        if let template = PythonHabit.attributes[member], arguments == nil {
            return "Calc has no attributes: write " + template.replacingPlaceholder(with: base)
        }
        let name = PythonHabit.renamedMembers[member] ?? member
        if functions.callee(named: name) != .unknown {
            let rest = arguments.map { $0.isEmpty ? "" : ", " + $0 } ?? ""
            return "Calc has no methods: write \(name)(\(base)\(rest))"
        }
        return "Calc has no attributes or methods: functions take the value as an argument, as in shape(\(base))"
    }
}

extension String {
    /// The text with each `%@` replaced by `value`.
    fileprivate func replacingPlaceholder(with value: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: "%@") {
            out += rest[..<range.lowerBound] + value
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
