/// `{= sigmoid(1) :.4f}` in prose: a Calc expression with an optional format spec after the
/// last top-level `:`.
public enum InlineValue {
    /// The text split into expression and spec; the spec's offset is in Unicode scalars.
    public static func split(_ text: String) -> (expression: String, spec: String?, specOffset: Int) {
        let scalars = Array(text.unicodeScalars)
        var depth = 0
        var quote: Unicode.Scalar?
        var colon: Int?
        var index = 0
        var inComment = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inComment {
                if scalar == "\n" { inComment = false }
            } else if let open = quote {
                if scalar == "\\" { index += 1 } else if scalar == open { quote = nil }
            } else {
                switch scalar {
                case "#": inComment = true
                case "'", "\"": quote = scalar
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                case ":" where depth == 0: colon = index
                default: break
                }
            }
            index += 1
        }
        guard let colon else { return (text, nil, scalars.count) }
        var specStart = colon + 1
        while specStart < scalars.count, scalars[specStart] == " " { specStart += 1 }
        var specEnd = scalars.count
        while specEnd > specStart, scalars[specEnd - 1] == " " { specEnd -= 1 }
        let expression = String(String.UnicodeScalarView(scalars[..<colon]))
        let spec = String(String.UnicodeScalarView(scalars[specStart..<specEnd]))
        return (expression, spec, specStart)
    }

    /// An inline value's text, split and with its format spec parsed: what remains is to
    /// compute the expression's value and format it.
    struct Parts: Sendable {
        /// The Calc source before the spec.
        var expression: String
        /// The parsed spec; nil when the text has none (the value prints as the REPL shows it).
        var spec: FormatSpec?
        /// Where the spec starts in the text, in Unicode scalars.
        var specOffset: Int
        /// How many scalars the spec covers (at least 1), for errors about the whole spec.
        var specLength: Int

        /// The `calc.output-too-large` error when even the shortest formatting of `value` (a
        /// character or the spec's width per element) is longer than `maxLength`.
        func refuseLength(of value: Value, maxLength: Int) -> CalcError? {
            do {
                try BoundedText.precheck(elements: Cost.elements(of: value), minimumWidth: spec?.width ?? 1, limit: maxLength)
                return nil
            } catch {
                return place(error)
            }
        }

        /// An error of formatting, moved onto the spec, or onto the expression without one.
        private func place(_ error: CalcError) -> CalcError {
            var error = error
            if spec == nil {
                error.offset = 0
                error.length = max(expression.unicodeScalars.count, 1)
            } else {
                error.offset = specOffset
                error.length = specLength
            }
            return error
        }

        /// `value` as the spec formats it, at most `maxLength` characters; an error covers the
        /// spec in the original text, or the expression when there is no spec.
        func format(_ value: Value, maxLength: Int = Limits.standard.maxOutputLength) -> Result<String, CalcError> {
            guard let spec else {
                do {
                    return .success(try ValuePrinter.repr(value, maxLength: maxLength))
                } catch {
                    return .failure(place(error))
                }
            }
            return spec.format(value, maxLength: maxLength).mapError(place)
        }
    }

    /// The text split into expression and spec, the spec parsed; a bad spec is an error at its
    /// place in `text`.
    static func parts(_ text: String) -> Result<Parts, CalcError> {
        let (expression, specText, specOffset) = split(text)
        var parts = Parts(expression: expression, spec: nil, specOffset: specOffset,
                          specLength: max(specText?.unicodeScalars.count ?? 1, 1))
        guard let specText else { return .success(parts) }
        switch FormatSpec.parse(specText) {
        case .success(let spec):
            parts.spec = spec
            return .success(parts)
        case .failure(var error):
            // Python written inline (`lambda x: x`, `for i in range(3): i`) has a colon that
            // is not a spec's; say what Calc does instead of what the spec lacks.
            if case .failure(let habit) = Parser.parse(text, functions: .standard, limits: .standard),
               habit.code.hasPrefix(PythonHabit.codePrefix) {
                return .failure(habit)
            }
            error.offset += specOffset
            return .failure(error)
        }
    }

    /// Runs `text` as statements (bindings change, as in the REPL) and formats the last value
    /// with the spec after the last top-level `:`, if any; nil when the last statement is an
    /// assignment.
    public static func run(_ text: String, in interpreter: inout Interpreter) -> Result<String?, CalcError> {
        let maxLength = interpreter.limits.maxOutputLength
        return parts(text).flatMap { parts in
            interpreter.run(parts.expression).flatMap { value in
                value.map { parts.format($0, maxLength: maxLength).map(Optional.some) } ?? .success(nil)
            }
        }
    }

    /// The formatted value of `text` (for example ` sigmoid(1) :.4f`), or the first error with
    /// its offset inside `text`. The interpreter's bindings are read, never changed.
    public static func evaluate(_ text: String, in interpreter: Interpreter) -> Result<String, CalcError> {
        valueAndText(text, in: interpreter).map(\.text)
    }

    /// Like `evaluate(_:in:)`, keeping the value beside its formatted text.
    package static func valueAndText(_ text: String, in interpreter: Interpreter) -> Result<(value: Value, text: String), CalcError> {
        parts(text).flatMap { parts in
            interpreter.evaluate(parts.expression).flatMap { value in
                parts.format(value, maxLength: interpreter.limits.maxOutputLength).map { (value, $0) }
            }
        }
    }

    /// Like `valueAndText(_:in:)`, spending the evaluation's work and the formatting's from the
    /// interpreter's budget, so that all inline values of a lesson share one budget.
    package static func valueAndText(_ text: String, charging interpreter: inout Interpreter) -> Result<(value: Value, text: String), CalcError> {
        parts(text).flatMap { parts in
            interpreter.evaluateAndCharge(parts.expression).flatMap { value in
                // A value too long to print is refused before anything is charged for it; then at
                // least a character an element is asked for, and the rest of the text's cost is
                // recorded once its length is known.
                if let tooLong = parts.refuseLength(of: value, maxLength: interpreter.limits.maxOutputLength) {
                    return .failure(tooLong)
                }
                let least = Cost.product(Cost.elements(of: value), Cost.formattingWeight)
                if let scope = interpreter.budget.spend(least) {
                    return .failure(interpreter.budget.error(scope, offset: 0, length: max(text.unicodeScalars.count, 1)))
                }
                let formatted = parts.format(value, maxLength: interpreter.limits.maxOutputLength)
                if case .success(let text) = formatted { interpreter.budget.record(Cost.formatting(text) - least) }
                return formatted.map { (value, $0) }
            }
        }
    }
}
