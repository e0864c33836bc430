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

    /// Runs `text` as statements (bindings change, as in the REPL) and formats the last value
    /// with the spec after the last top-level `:`, if any; nil when the last statement is an
    /// assignment.
    public static func run(_ text: String, in interpreter: inout Interpreter) -> Result<String?, CalcError> {
        let (source, specText, specOffset) = split(text)
        var spec: FormatSpec?
        if let specText {
            switch FormatSpec.parse(specText) {
            case .success(let parsed): spec = parsed
            case .failure(var error):
                error.offset += specOffset
                return .failure(error)
            }
        }
        switch interpreter.run(source) {
        case .failure(let error):
            return .failure(error)
        case .success(nil):
            return .success(nil)
        case .success(let value?):
            guard let spec else { return .success(ValuePrinter.repr(value)) }
            switch spec.format(value) {
            case .success(let text): return .success(text)
            case .failure(var error):
                error.offset = specOffset
                error.length = max(specText?.unicodeScalars.count ?? 1, 1)
                return .failure(error)
            }
        }
    }

    /// The formatted value of `text` (for example ` sigmoid(1) :.4f`), or the first error with
    /// its offset inside `text`. The interpreter's bindings are read, never changed.
    public static func evaluate(_ text: String, in interpreter: Interpreter) -> Result<String, CalcError> {
        let (expression, specText, specOffset) = split(text)
        var spec: FormatSpec?
        if let specText {
            switch FormatSpec.parse(specText) {
            case .success(let parsed): spec = parsed
            case .failure(var error):
                error.offset += specOffset
                return .failure(error)
            }
        }
        switch interpreter.evaluate(expression) {
        case .failure(let error):
            return .failure(error)
        case .success(let value):
            guard let spec else { return .success(ValuePrinter.repr(value)) }
            switch spec.format(value) {
            case .success(let text): return .success(text)
            case .failure(var error):
                error.offset = specOffset
                error.length = max(specText?.unicodeScalars.count ?? 1, 1)
                return .failure(error)
            }
        }
    }
}
