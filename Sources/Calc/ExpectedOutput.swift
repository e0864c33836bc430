/// The expected output of a worked-example step, read leniently: Calc's printing
/// (`[0, 3.5]`), NumPy's (`array([0. , 3.5])`, `[0. 3.5]`, `np.float64(0.5)`, `np.True_`),
/// `True`/`true`, `inf`, `nan`.
///
/// Each written number keeps the tolerance its digits imply; text that is not a value is
/// compared as text with the printed value.
indirect enum ExpectedOutput: Sendable, Equatable {
    case number(WrittenNumber)
    case boolean(Bool)
    case list([ExpectedOutput])
    case text(String)

    init(_ source: String) {
        var reader = Reader(bytes: Array(source.utf8))
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

    /// The first written number whose implied tolerance is too loose for the element of
    /// `value` it stands for (`WrittenNumber.isTooLoose(for:)`), with that element.
    func firstLooseNumber(against value: Value) -> (written: WrittenNumber, actual: Double)? {
        switch (self, value) {
        case (.number(let written), .number(let x)):
            return written.isTooLoose(for: x) ? (written, x) : nil
        case (.list(let items), .vector(let v)) where items.count == v.count:
            for (item, x) in zip(items, v) {
                if let loose = item.firstLooseNumber(against: .number(x)) { return loose }
            }
            return nil
        case (.list(let items), .matrix(let m)) where items.count == m.rows:
            for (row, item) in items.enumerated() {
                if let loose = item.firstLooseNumber(against: .vector(m.row(row))) { return loose }
            }
            return nil
        default:
            return nil
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        /// Open brackets; values have at most 2 dimensions, so deeper text is not a value.
        var depth = 0

        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 32 || byte == 10 || byte == 9 || byte == 13
        }

        mutating func skipBlanks() {
            while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        }

        mutating func document() -> ExpectedOutput? {
            skipBlanks()
            // NumPy's reprs: `array([…])`, and NumPy 2's `np.float64(0.5)`, `np.True_`.
            var wrapped = false
            for prefix in ["array(", "np.array(", "np.float64(", "np.int64(", "np.float32("] where bytes[index...].starts(with: prefix.utf8) {
                index += prefix.utf8.count
                wrapped = true
                break
            }
            if !wrapped {
                for (word, truth) in [("np.True_", true), ("np.False_", false)] where bytes[index...].starts(with: word.utf8) {
                    index += word.utf8.count
                    skipBlanks()
                    return index == bytes.count ? .boolean(truth) : nil
                }
            }
            guard let value = item() else { return nil }
            skipBlanks()
            if wrapped {
                guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
                index += 1
                skipBlanks()
            }
            return index == bytes.count ? value : nil
        }

        mutating func item() -> ExpectedOutput? {
            skipBlanks()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "[") {
                depth += 1
                defer { depth -= 1 }
                guard depth <= 8 else { return nil }
                index += 1
                var items: [ExpectedOutput] = []
                while true {
                    skipBlanks()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        return .list(items)
                    }
                    guard let element = item() else { return nil }
                    items.append(element)
                    skipBlanks()
                    // NumPy separates elements by spaces alone; commas are optional.
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
                }
            }
            let start = index
            while index < bytes.count, !Self.isBlank(bytes[index]) {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
                    || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") { break }
                index += 1
            }
            let word = bytes[start..<index]
            if word.elementsEqual("True".utf8) || word.elementsEqual("true".utf8) { return .boolean(true) }
            if word.elementsEqual("False".utf8) || word.elementsEqual("false".utf8) { return .boolean(false) }
            return WrittenNumber.parse(word).map { .number($0) }
        }
    }
}

extension Value {
    /// Whether `text`, written as a worked example's expected output or a quiz option
    /// (`0.7311`, `[0, 3.5]`, `True`), agrees with this value: numbers within the tolerance
    /// their written digits imply (or within `tolerance`, absolute, when given), booleans
    /// exactly, vectors and matrices element by element.
    public func matches(written text: String, tolerance: Double? = nil) -> Bool {
        ExpectedOutput(text).matches(self, tolerance: tolerance)
    }
}
