import Foundation

/// A number as an author wrote it, remembering its digits so a tolerance can be implied from them.
package struct QuizNumber: Sendable, Hashable, CustomStringConvertible {
    /// The text as written (`0.7311`, `-2`, `1.5e-3`, `73.1%`).
    package var text: String
    /// The number's value (a percentage divided by 100).
    package var value: Double
    /// Half a unit in the last written digit: `0.7311` ⇒ 0.00005, `12` ⇒ 0.5, `1.5e-3` ⇒ 0.00005,
    /// `73.1%` ⇒ 0.0005 (the percent scales both).
    package var impliedTolerance: Double

    /// The number as written.
    package var description: String { text }

    /// Parses a plain decimal literal (optional sign, digits, optional fraction, optional exponent,
    /// optional trailing `%`); nil for anything else, including `inf` and `nan`.
    package init?(_ written: some StringProtocol) {
        let text = String(written)
        var scalars = Array(text.unicodeScalars)
        var percent = false
        if scalars.last == "%" {
            percent = true
            scalars.removeLast()
        }
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" || scalars[index] == "−" { index += 1 }
        var integerDigits = 0
        while isDigit(index) { index += 1; integerDigits += 1 }
        var fractionDigits = 0
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while isDigit(index) { index += 1; fractionDigits += 1 }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        var exponent = 0
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            var sign = 1
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
                sign = scalars[index] == "-" ? -1 : 1
                index += 1
            }
            var digits = 0
            var magnitude = 0
            while isDigit(index), digits < 6 {
                magnitude = magnitude * 10 + Int(scalars[index].value - 48)
                index += 1; digits += 1
            }
            guard digits > 0 else { return nil }
            exponent = sign * magnitude
        }
        guard index == scalars.count else { return nil }
        // Swift's Double parser does not know the minus sign U+2212; normalise it.
        var literal = String(String.UnicodeScalarView(scalars))
        literal = literal.replacingOccurrences(of: "−", with: "-")
        guard let parsed = Double(literal), parsed.isFinite else { return nil }
        // Dividing by exact powers of ten keeps 0.5e-4 correctly rounded (0.5 * 0.0001 is not).
        let divisor = percent ? 100.0 : 1.0
        let lastDigit = exponent - fractionDigits
        let half = lastDigit >= 0 ? 0.5 * pow10(lastDigit) : 0.5 / pow10(-lastDigit)
        self.text = text
        self.value = parsed / divisor
        self.impliedTolerance = half / divisor
    }
}

/// 10 to a non-negative integer power, exact up to 10^22.
private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<min(exponent, 400) { result *= 10 }
    return result
}
