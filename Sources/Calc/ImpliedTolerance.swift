/// A number as an author wrote it, with the tolerance its digits imply: half a unit in the
/// last written digit (`0.7311` ⇒ ±0.00005, `3.5` ⇒ ±0.05, `3` ⇒ ±0.5, `1.9e-22` ⇒ ±0.05e-22).
public struct WrittenNumber: Hashable, Sendable {
    public var value: Double
    /// Half a unit in the last written digit; 0 for `inf` and `nan`, which compare exactly.
    public var tolerance: Double

    /// Parses `[sign] digits [. digits] [e|E [sign] digits]`, `inf` or `nan`; a trailing `.` is
    /// allowed (NumPy prints `3.`). Nil for anything else.
    public init?(_ text: some StringProtocol) {
        let trimmed = String(text).trimmingBlanks()
        var scalars = Substring(trimmed).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        let rest = String(String.UnicodeScalarView(scalars)).lowercased()
        if rest == "inf" || rest == "infinity" || rest == "nan" {
            value = rest == "nan" ? .nan : (negative ? -.infinity : .infinity)
            tolerance = 0
            return
        }
        var integerDigits = 0
        var fractionDigits = 0
        var exponent = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
            integerDigits += 1
            index = scalars.index(after: index)
        }
        if index < scalars.endIndex, scalars[index] == "." {
            index = scalars.index(after: index)
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
                fractionDigits += 1
                index = scalars.index(after: index)
            }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < scalars.endIndex, scalars[index] == "e" || scalars[index] == "E" {
            index = scalars.index(after: index)
            var exponentText = ""
            if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" {
                exponentText.unicodeScalars.append(scalars[index])
                index = scalars.index(after: index)
            }
            let digitsStart = index
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
                exponentText.unicodeScalars.append(scalars[index])
                index = scalars.index(after: index)
            }
            guard index > digitsStart, let parsed = Int(exponentText), Swift.abs(parsed) < 10_000 else { return nil }
            exponent = parsed
        }
        guard index == scalars.endIndex, let parsed = Double(trimmed.hasSuffix(".") ? trimmed + "0" : trimmed) else {
            return nil
        }
        value = parsed
        tolerance = 0.5 * Self.powerOfTen(exponent - fractionDigits)
    }

    /// 10^k, exact for the range decimal literals use.
    private static func powerOfTen(_ k: Int) -> Double {
        var result = 1.0
        if k >= 0 {
            for _ in 0..<min(k, 400) { result *= 10 }
        } else {
            for _ in 0..<min(-k, 400) { result /= 10 }
        }
        return result
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

/// The tolerance a written number implies; quizzes use it for `answer:` keys.
public enum ImpliedTolerance {
    /// Half a unit in the last written digit of `literal`, or nil when it is not a number.
    public static func of(_ literal: some StringProtocol) -> Double? {
        WrittenNumber(literal)?.tolerance
    }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        var scalars = unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
