/// The expected output of a worked-example step, read leniently: Calc's printing
/// (`[0, 3.5]`), NumPy's (`array([0. , 3.5])`, `[0. 3.5]`), `True`/`true`, `inf`, `nan`.
///
/// Each written number keeps the tolerance its digits imply; text that is not a value is
/// compared as text with the printed value.
indirect enum ExpectedOutput: Sendable, Equatable {
    case number(WrittenNumber)
    case boolean(Bool)
    case list([ExpectedOutput])
    case text(String)

    init(_ source: String) {
        var reader = Reader(scalars: Array(source.unicodeScalars))
        if let value = reader.document() {
            self = value
        } else {
            self = .text(Self.normalized(source))
        }
    }

    /// Whitespace runs as single spaces, trimmed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Whether `value` agrees, with `tolerance` (absolute) replacing the implied ones when given.
    func matches(_ value: Value, tolerance: Double?) -> Bool {
        switch (self, value) {
        case (.number(let written), .number(let x)):
            return written.matches(x, tolerance: tolerance)
        case (.boolean(let b), .boolean(let actual)):
            return b == actual
        case (.list(let items), .vector(let v)):
            return items.count == v.count && zip(items, v).allSatisfy { $0.matches(.number($1), tolerance: tolerance) }
        case (.list(let items), .booleanVector(let v)):
            return items.count == v.count && zip(items, v).allSatisfy { $0.matches(.boolean($1), tolerance: tolerance) }
        case (.list(let items), .matrix(let m)):
            return items.count == m.rows
                && items.enumerated().allSatisfy { $1.matches(.vector(m.row($0)), tolerance: tolerance) }
        case (.list(let items), .booleanMatrix(let m)):
            return items.count == m.rows
                && items.enumerated().allSatisfy { $1.matches(.booleanVector(m.row($0)), tolerance: tolerance) }
        case (.text(let text), .string(let s)):
            return text == Self.normalized(s) || text == Self.normalized(ValuePrinter.repr(value))
        case (.text(let text), _):
            return text == Self.normalized(ValuePrinter.repr(value))
        default:
            return false
        }
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func skipBlanks() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\n"
                || scalars[index] == "\t" || scalars[index] == "\r" { index += 1 }
        }

        mutating func document() -> ExpectedOutput? {
            skipBlanks()
            var wrapped = false
            if scalars[index...].starts(with: "array(".unicodeScalars) {
                index += 6
                wrapped = true
            }
            guard let value = item() else { return nil }
            skipBlanks()
            if wrapped {
                guard index < scalars.count, scalars[index] == ")" else { return nil }
                index += 1
                skipBlanks()
            }
            return index == scalars.count ? value : nil
        }

        mutating func item() -> ExpectedOutput? {
            skipBlanks()
            guard index < scalars.count else { return nil }
            if scalars[index] == "[" {
                index += 1
                var items: [ExpectedOutput] = []
                while true {
                    skipBlanks()
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "]" {
                        index += 1
                        return .list(items)
                    }
                    guard let element = item() else { return nil }
                    items.append(element)
                    skipBlanks()
                    // NumPy separates elements by spaces alone; commas are optional.
                    if index < scalars.count, scalars[index] == "," { index += 1 }
                }
            }
            let start = index
            while index < scalars.count, !" \n\t\r,[]()".unicodeScalars.contains(scalars[index]) { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            switch word {
            case "True", "true": return .boolean(true)
            case "False", "false": return .boolean(false)
            default: return WrittenNumber(word).map { .number($0) }
            }
        }
    }
}
