import Foundation

/// A Python format spec, the text after `:` in `{= sigmoid(1) :.4f}`:
/// `[[fill]align][sign][0][width][,|_][.precision][type]` with type one of
/// `f F e E g G % d` (none: the value's usual printing, or `g` when a precision is given).
///
/// Applied to every element of a vector or matrix: `[0.2689, 0.7311]`.
public struct FormatSpec: Hashable, Sendable {
    /// Padding character when `width` is larger than the text.
    public var fill: Character = " "
    /// `<`, `>`, `^` or `=`; nil for the default (right for numbers).
    public var align: Character?
    /// `+`, `-` or a space.
    public var sign: Character = "-"
    /// Minimum width of each formatted number.
    public var width: Int = 0
    /// `,` or `_` between thousands.
    public var grouping: Character?
    /// Digits after the point (`f`, `e`, `%`) or significant digits (`g`).
    public var precision: Int?
    /// `f`, `F`, `e`, `E`, `g`, `G`, `%`, `d`, or nil.
    public var type: Character?

    /// Parses the spec; errors (`calc.bad-format`) carry offsets inside `text`.
    public static func parse(_ text: String) -> Result<FormatSpec, CalcError> {
        var spec = FormatSpec()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isAlign(_ at: Int) -> Bool { at < scalars.count && "<>^=".unicodeScalars.contains(scalars[at]) }
        if scalars.count >= 2, isAlign(1) {
            spec.fill = Character(scalars[0])
            spec.align = Character(scalars[1])
            i = 2
        } else if isAlign(0) {
            spec.align = Character(scalars[0])
            i = 1
        }
        if i < scalars.count, "+- ".unicodeScalars.contains(scalars[i]) {
            spec.sign = Character(scalars[i])
            i += 1
        }
        if i < scalars.count, scalars[i] == "0" {
            if spec.align == nil {
                spec.fill = "0"
                spec.align = "="
            }
            i += 1
        }
        let widthStart = i
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        if i > widthStart {
            guard let width = Int(String(String.UnicodeScalarView(scalars[widthStart..<i]))), width <= 1000 else {
                return .failure(CalcError(offset: widthStart, length: i - widthStart, code: CalcCodes.badFormat,
                                          message: "format width is too large"))
            }
            spec.width = width
        }
        if i < scalars.count, scalars[i] == "," || scalars[i] == "_" {
            spec.grouping = Character(scalars[i])
            i += 1
        }
        if i < scalars.count, scalars[i] == "." {
            let dot = i
            i += 1
            let start = i
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
            guard i > start, let precision = Int(String(String.UnicodeScalarView(scalars[start..<i]))), precision <= 100 else {
                return .failure(CalcError(offset: dot, length: max(i - dot, 1), code: CalcCodes.badFormat,
                                          message: i > start ? "format precision is at most 100" : "a precision needs digits after '.', as in .4f"))
            }
            spec.precision = precision
        }
        if i < scalars.count, "fFeEgG%d".unicodeScalars.contains(scalars[i]) {
            spec.type = Character(scalars[i])
            i += 1
        }
        guard i == scalars.count else {
            return .failure(CalcError(offset: i, length: scalars.count - i, code: CalcCodes.badFormat,
                                      message: "unknown format '\(text)'; use a Python format spec such as .4f, .3e, .1%, g or d"))
        }
        if spec.type == "d", spec.precision != nil {
            return .failure(CalcError(offset: 0, length: max(scalars.count, 1), code: CalcCodes.badFormat,
                                      message: "format 'd' takes no precision"))
        }
        return .success(spec)
    }

    /// The value formatted elementwise; a `d` format of a fractional number is `calc.bad-format`
    /// and text longer than `maxLength` characters is `calc.output-too-large`, both at offset 0
    /// (the caller moves them to the spec's position). The length is bounded before formatting
    /// (elements × width) and while formatting, so a refused value costs little.
    public func format(_ value: Value, maxLength: Int = Limits.standard.maxOutputLength) -> Result<String, CalcError> {
        do {
            try BoundedText.precheck(elements: Cost.elements(of: value), minimumWidth: width, limit: maxLength)
            var out = BoundedText(limit: maxLength)
            try formatValue(value, into: &out)
            return .success(out.text)
        } catch {
            return .failure(error)
        }
    }

    private func formatValue(_ value: Value, into out: inout BoundedText) throws(CalcError) {
        switch value {
        case .number(let x): try out.append(try format(x))
        case .boolean(let b): try out.append(pad(ValuePrinter.repr(b), numeric: false))
        case .string(let s): try out.append(pad(s, numeric: false))
        case .vector(let v): try list(v.count, into: &out) { i throws(CalcError) in try format(v[i]) }
        case .booleanVector(let v): try list(v.count, into: &out) { i in pad(ValuePrinter.repr(v[i]), numeric: false) }
        case .matrix(let m):
            try out.append("[")
            for r in 0..<m.rows {
                if r > 0 { try out.append(", ") }
                try list(m.columns, into: &out) { c throws(CalcError) in try format(m.elements[r * m.columns + c]) }
            }
            try out.append("]")
        case .booleanMatrix(let m):
            try out.append("[")
            for r in 0..<m.rows {
                if r > 0 { try out.append(", ") }
                try list(m.columns, into: &out) { c in pad(ValuePrinter.repr(m.elements[r * m.columns + c]), numeric: false) }
            }
            try out.append("]")
        }
    }

    /// `[a, b, …]` of `count` items, each formatted by `item`.
    private func list(_ count: Int, into out: inout BoundedText, _ item: (Int) throws(CalcError) -> String) throws(CalcError) {
        try out.append("[")
        for i in 0..<count {
            if i > 0 { try out.append(", ") }
            try out.append(try item(i))
        }
        try out.append("]")
    }

    /// One number formatted as Python's `format(x, spec)` would.
    public func format(_ x: Double) throws(CalcError) -> String {
        var body: String
        let negative = x.sign == .minus && !x.isNaN
        let magnitude = Swift.abs(x)
        if !magnitude.isFinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if type == "F" || type == "E" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case "f", "F": body = String(format: "%.\(precision ?? 6)f", magnitude)
            case "e", "E": body = String(format: "%.\(precision ?? 6)\(type == "E" ? "E" : "e")", magnitude)
            case "g", "G": body = String(format: "%.\(max(precision ?? 6, 1))\(type == "G" ? "G" : "g")", magnitude)
            case "%": body = String(format: "%.\(precision ?? 6)f", magnitude * 100) + "%"
            case "d":
                guard magnitude == magnitude.rounded() else {
                    throw CalcError(offset: 0, code: CalcCodes.badFormat,
                                    message: "format 'd' needs a whole number, got \(ValuePrinter.repr(x))")
                }
                body = magnitude < 1e16 ? String(Int64(magnitude)) : String(format: "%.0f", magnitude)
            default:
                if let precision {
                    body = String(format: "%.\(max(precision, 1))g", magnitude)
                } else {
                    body = ValuePrinter.repr(magnitude)
                }
            }
            if let grouping { body = Self.group(body, with: grouping) }
        }
        let signText: String
        if negative {
            signText = "-"
        } else {
            signText = sign == "+" ? "+" : sign == " " ? " " : ""
        }
        return pad(body, sign: signText, numeric: true)
    }

    /// Inserts a separator every three digits of the integer part.
    private static func group(_ body: String, with separator: Character) -> String {
        let digits = body.prefix { $0.isNumber }
        guard digits.count > 3 else { return body }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return out + body.dropFirst(digits.count)
    }

    private func pad(_ body: String, sign: String = "", numeric: Bool) -> String {
        let length = sign.count + body.count
        guard width > length else { return sign + body }
        let padding = String(repeating: fill, count: width - length)
        switch align ?? (numeric ? ">" : "<") {
        case "<": return sign + body + padding
        case "^":
            let left = padding.count / 2
            return String(padding.prefix(left)) + sign + body + String(padding.dropFirst(left))
        case "=": return sign + padding + body
        default: return padding + sign + body
        }
    }
}
