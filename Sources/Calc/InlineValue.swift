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

        /// `value` as the spec formats it; an error covers the spec in the original text.
        func format(_ value: Value) -> Result<String, CalcError> {
            guard let spec else { return .success(ValuePrinter.repr(value)) }
            return spec.format(value).mapError { error in
                var error = error
                error.offset = specOffset
                error.length = specLength
                return error
            }
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
            error.offset += specOffset
            return .failure(error)
        }
    }

    /// Runs `text` as statements (bindings change, as in the REPL) and formats the last value
    /// with the spec after the last top-level `:`, if any; nil when the last statement is an
    /// assignment.
    public static func run(_ text: String, in interpreter: inout Interpreter) -> Result<String?, CalcError> {
        parts(text).flatMap { parts in
            interpreter.run(parts.expression).flatMap { value in
                value.map { parts.format($0).map(Optional.some) } ?? .success(nil)
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
                parts.format(value).map { (value, $0) }
            }
        }
    }
}
