import Diagnostics

extension Parser {
    /// `\begin{name} … \end{name}` as a table.
    mutating func parseEnvironment(_ begin: Token) throws(MathError) -> NodeRef {
        let (name, nameToken) = try parseEnvironmentName(after: begin)
        guard let spec = Environments.specs[name] else {
            var notes: [String] = []
            if let suggestion = Self.suggestion(for: name, among: Environments.names) {
                notes.append(Suggestion.note(suggestion))
            }
            throw MathError(
                offset: nameToken.offset, length: max(name.unicodeScalars.count, 1),
                code: MathErrorCode.unknownEnvironment, message: "unknown environment '\(name)'", notes: notes)
        }
        try enter(at: begin, weight: 2)
        environmentDepth += 1
        let savedStop = stopCharacter
        stopCharacter = nil
        defer {
            leave(weight: 2)
            environmentDepth -= 1
            stopCharacter = savedStop
        }
        var columnAlign: [String]
        switch spec.columns {
        case .all(let value): columnAlign = [value]
        case .alternating: columnAlign = ["right", "left"]
        case .fromArgument: columnAlign = try parseColumnSpec(after: begin)
        }
        if spec.starOption, case .character("[") = peek().kind {
            columnAlign = try parseColumnSpec(after: begin, bracketed: true)
        }
        if spec.countArgument, case .openBrace = peek().kind {
            _ = try parseWordArgument(of: begin)
        }
        var rows: [[NodeRef]] = []
        var cells: [NodeRef] = []
        while true {
            let cell = try parseRow()
            cells.append(cell)
            let token = peek()
            switch token.kind {
            case .alignment:
                advance()
            case .command(let command) where command.role == .newline || command.role == .cr:
                advance()
                skipOptionalBracket()
                rows.append(cells)
                cells = []
            case .command(let command) where command.role == .end:
                advance()
                let (endName, _) = try parseEnvironmentName(after: token)
                guard endName == name else {
                    throw MathError(
                        offset: token.offset, length: token.length, code: MathErrorCode.mismatchedEnd,
                        message: "'\\end{\(endName)}' does not match '\\begin{\(name)}'",
                        notes: ["close the environment with '\\end{\(name)}'"])
                }
                // A trailing `\\` before `\end` adds no row.
                if cells.count > 1 || !tree.isEmptyRow(cells[0]) || rows.isEmpty { rows.append(cells) }
                return table(rows, columnAlign: columnAlign, spec: spec)
            case .endOfInput:
                throw missingEnd(begin, name: name)
            case .command(let command) where leftDepth > 0 && (command.role == .right || command.role == .middle):
                throw missingEnd(begin, name: name)
            default:
                throw strayTerminator(token)
            }
        }
    }

    func missingEnd(_ begin: Token, name: String) -> MathError {
        MathError(
            offset: begin.offset, length: begin.length, code: MathErrorCode.missingEnd,
            message: "'\\begin{\(name)}' is never closed",
            notes: ["add '\\end{\(name)}' at the end of the environment"])
    }

    mutating func table(_ rows: [[NodeRef]], columnAlign: [String], spec: EnvironmentSpec) -> NodeRef {
        var alignedPairs = false
        if case .alternating = spec.columns { alignedPairs = true }
        return tree.add(Table(
            rows: rows, columnAlign: columnAlign, displayStyle: spec.displayStyle,
            open: spec.open, close: spec.close, small: spec.small, alignedPairs: alignedPairs))
    }

    /// `{name}` after `\begin` or `\end`, with the token where the name starts.
    mutating func parseEnvironmentName(after command: Token) throws(MathError) -> (String, Token) {
        let open = peek()
        guard case .openBrace = open.kind else { throw missingArgument(command) }
        advance()
        let first = peekRaw()
        var name = ""
        while true {
            let token = peekRaw()
            switch token.kind {
            case .character(let scalar) where scalar != "$" && scalar != "#":
                name.unicodeScalars.append(scalar)
            case .space:
                break
            case .closeBrace:
                advance()
                return (name, first)
            default:
                throw unclosedBrace(open)
            }
            advance()
        }
    }

    /// Column alignments from an `array` argument (`{l|c|r}`) or a `matrix*` option (`[r]`).
    mutating func parseColumnSpec(after begin: Token, bracketed: Bool = false) throws(MathError) -> [String] {
        let open = peek()
        if bracketed {
            guard case .character("[") = open.kind else { return ["center"] }
        } else {
            guard case .openBrace = open.kind else { throw missingArgument(begin) }
        }
        advance()
        var columns: [String] = []
        while true {
            let token = peekRaw()
            switch token.kind {
            case .character("l"): columns.append("left")
            case .character("c"): columns.append("center")
            case .character("r"): columns.append("right")
            case .character("|"), .character(":"), .space: break
            case .character("]") where bracketed:
                advance()
                return columns.isEmpty ? ["center"] : columns
            case .closeBrace where !bracketed:
                advance()
                return columns.isEmpty ? ["center"] : columns
            case .endOfInput:
                if bracketed {
                    throw MathError(
                        offset: open.offset, code: MathErrorCode.unclosedBracket,
                        message: "unclosed '[': the column option needs a ']'")
                }
                throw unclosedBrace(open)
            default:
                var shown = "this token"
                if case .character(let scalar) = token.kind { shown = "'\(Character(scalar))'" }
                throw MathError(
                    offset: token.offset, length: token.length, code: MathErrorCode.unknownColumnSpec,
                    message: "unknown column type \(shown) in the column specification",
                    notes: ["use 'l', 'c' or 'r' for columns and '|' for rules"])
            }
            advance()
        }
    }
}
