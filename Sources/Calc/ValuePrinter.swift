/// Prints values the way a NumPy user reads them: `[0, 3.5]`, `0.7310585786300049`,
/// `[[1, 2], [3, 4]]`, `True`.
///
/// Whole numbers below 1e16 print without `.0`; other numbers print the shortest text that
/// reads back to the same float64 (Python's `repr`, exponents as `1e-05` and `1e+16`).
enum ValuePrinter {
    static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(.towardZero), Swift.abs(x) < 1e16 {
            if x == 0 { return x.sign == .minus ? "-0" : "0" }
            return String(Int64(x))
        }
        // Swift's description is the shortest round-trip form with Python's exponent style.
        return x.description
    }

    static func repr(_ b: Bool) -> String { b ? "True" : "False" }

    static func repr(_ value: Value) -> String {
        switch value {
        case .number(let x): repr(x)
        case .boolean(let b): repr(b)
        case .string(let s): quoted(s)
        case .vector(let v): list(v.map { repr($0) })
        case .booleanVector(let v): list(v.map { repr($0) })
        case .matrix(let m): list((0..<m.rows).map { list(m.row($0).map { repr($0) }) })
        case .booleanMatrix(let m): list((0..<m.rows).map { list(m.row($0).map { repr($0) }) })
        }
    }

    /// `repr(value)`, or `calc.output-too-large` (at offset 0) when it would be longer than
    /// `maxLength` characters; stops at the limit instead of printing everything first.
    static func repr(_ value: Value, maxLength: Int) throws(CalcError) -> String {
        // A number prints in at most 24 characters: no need to count as it is built.
        if case .number(let x) = value, maxLength >= 24 { return repr(x) }
        try BoundedText.precheck(elements: Cost.elements(of: value), minimumWidth: 1, limit: maxLength)
        var out = BoundedText(limit: maxLength)
        func list(_ count: Int, _ item: (Int) -> String) throws(CalcError) {
            try out.append("[")
            for i in 0..<count {
                if i > 0 { try out.append(", ") }
                try out.append(item(i))
            }
            try out.append("]")
        }
        switch value {
        case .number, .boolean, .string: try out.append(repr(value))
        case .vector(let v): try list(v.count) { repr(v[$0]) }
        case .booleanVector(let v): try list(v.count) { repr(v[$0]) }
        case .matrix(let m):
            try out.append("[")
            for r in 0..<m.rows {
                if r > 0 { try out.append(", ") }
                try list(m.columns) { repr(m.elements[r * m.columns + $0]) }
            }
            try out.append("]")
        case .booleanMatrix(let m):
            try out.append("[")
            for r in 0..<m.rows {
                if r > 0 { try out.append(", ") }
                try list(m.columns) { repr(m.elements[r * m.columns + $0]) }
            }
            try out.append("]")
        }
        return out.text
    }

    static func list(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// Python's repr of a string: single quotes unless the text holds one.
    static func quoted(_ s: String) -> String {
        let quote = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = quote
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case Character(quote): out += "\\" + quote
            default: out.append(c)
            }
        }
        return out + quote
    }
}

extension Value: CustomStringConvertible {
    /// The value as the REPL and worked examples print it.
    public var description: String { ValuePrinter.repr(self) }
}
