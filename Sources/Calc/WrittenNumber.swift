import Foundation

/// A number as an author wrote it, with the tolerance its digits imply: half a unit in the
/// last written digit (`0.7311` ⇒ ±0.00005, `3.5` ⇒ ±0.05, `3` ⇒ ±0.5, `1.9e-22` ⇒ ±0.05e-22).
public struct WrittenNumber: Hashable, Sendable {
    /// The number written.
    public var value: Double
    /// Half a unit in the last written digit; 0 for `inf` and `nan`, which compare exactly.
    public var tolerance: Double

    /// Parses `[sign] digits [. digits] [e|E [sign] digits]`, `inf` or `nan`; a trailing `.` is
    /// allowed (NumPy prints `3.`). Nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard let parsed = Self.parse(Array(text.utf8)[...]) else { return nil }
        self = parsed
    }

    init(value: Double, tolerance: Double) {
        self.value = value
        self.tolerance = tolerance
    }

    /// The parser behind `init?(_:)`, on UTF-8 bytes so that expected outputs parse quickly.
    static func parse(_ input: ArraySlice<UInt8>) -> WrittenNumber? {
        var bytes = input
        while let first = bytes.first, first == 32 || first == 9 { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 32 || last == 9 { bytes = bytes.dropLast() }
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let word = bytes[index...]
        if word.count <= 8, word.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }) {
            switch String(decoding: word, as: UTF8.self).lowercased() {
            case "inf", "infinity": return WrittenNumber(value: negative ? -.infinity : .infinity, tolerance: 0)
            case "nan": return WrittenNumber(value: .nan, tolerance: 0)
            default: return nil
            }
        }
        func isDigit(_ at: Int) -> Bool { at < bytes.endIndex && bytes[at] >= 48 && bytes[at] <= 57 }
        var integerDigits = 0
        var fractionDigits = 0
        var exponent = 0
        while isDigit(index) { integerDigits += 1; index += 1 }
        var trailingDot = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(index) { fractionDigits += 1; index += 1 }
            trailingDot = fractionDigits == 0
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                exponent = Swift.min(exponent * 10 + Int(bytes[index] - 48), 100_000)
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.endIndex else { return nil }
        var literal = String(decoding: bytes, as: UTF8.self)
        if trailingDot, !literal.contains("e"), !literal.contains("E") { literal += "0" }
        guard let parsed = Double(literal) ?? Double(literal.replacingOccurrences(of: ".e", with: ".0e")) else { return nil }
        return WrittenNumber(value: parsed, tolerance: 0.5 * powerOfTen(exponent - fractionDigits))
    }

    private static let exactPowers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { value, _ in value * 10 } }

    /// 10^k, exact for the range decimal literals use.
    private static func powerOfTen(_ k: Int) -> Double {
        // Powers up to 10^22 are exact doubles; 0.5 * 10^-k is computed as 0.5 / 10^k.
        if k >= 0, k < exactPowers.count { return exactPowers[k] }
        if k < 0, -k < exactPowers.count { return 1 / exactPowers[-k] }
        var result = 1.0
        if k >= 0 {
            for _ in 0..<min(k, 400) { result *= 10 }
        } else {
            for _ in 0..<min(-k, 400) { result /= 10 }
        }
        return result
    }

    /// Whether the written digits say too little about `actual` for a match to prove anything:
    /// the implied tolerance is at least the value's size (`0.0` for 0.03, `1` for 0.5), or a
    /// whole number is written (±0.5 or more) for a value that is not one (`1` for 0.731).
    ///
    /// A value that is whole up to floating-point rounding (0.9999999999999999, 1e-17; within
    /// 1e-9 relative) is taken as whole, so `1` for `sum(softmax(z))` stays quiet. Worked examples
    /// warn with `example.loose-tolerance` on this rule; a quiz `answer:` key can use the same.
    public func isTooLoose(for actual: Double) -> Bool {
        guard value.isFinite, actual.isFinite, tolerance > 0 else { return false }
        let magnitude = Swift.abs(actual)
        if Swift.abs(actual - actual.rounded()) <= 1e-9 * Swift.max(1, magnitude) { return false }
        return tolerance >= magnitude || tolerance >= 0.5
    }

    /// The advice for a key that `isTooLoose(for: actual)`, as a lower-case fragment:
    /// `1 implies a tolerance of ±0.5, too loose to check 0.5; write the digits that matter, as in 0.5`.
    public func looseToleranceMessage(for actual: Double) -> String {
        let digits = (try? FormatSpec(precision: 4, type: "g").format(actual)) ?? ValuePrinter.repr(actual)
        return "\(ValuePrinter.repr(value)) implies a tolerance of ±\(ValuePrinter.repr(tolerance)), too loose to check \(ValuePrinter.repr(actual)); write the digits that matter, as in \(digits)"
    }

    /// Whether `actual` lies within `tolerance` (or the implied tolerance) of the written value.
    /// NaN matches NaN and infinities match themselves, so an author can write `nan` or `inf`.
    public func matches(_ actual: Double, tolerance override: Double? = nil) -> Bool {
        if value.isNaN || actual.isNaN { return value.isNaN && actual.isNaN }
        if value.isInfinite || actual.isInfinite { return value == actual }
        let allowed = override ?? tolerance
        // A few ulps of slack so that a value exactly half a unit away, after rounding, still counts.
        let slack = 4 * Swift.max(Swift.abs(value), Swift.abs(actual)) * Double.ulpOfOne
        return Swift.abs(actual - value) <= allowed + slack
    }
}
