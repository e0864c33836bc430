import Calc

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
    ///
    /// The digits are read by Calc's `WrittenNumber`, which worked examples use for their
    /// expected outputs, so both imply the same tolerance from the same text.
    package init?(_ written: some StringProtocol) {
        let text = String(written)
        var literal = Substring(text)
        let percent = literal.hasSuffix("%")
        if percent { literal = literal.dropLast() }
        // WrittenNumber trims blanks around its text; a quiz number is its text exactly.
        guard !literal.contains(where: \.isWhitespace) else { return nil }
        // The typographic minus sign U+2212 reads as a hyphen-minus.
        let normalized = literal.hasPrefix("−") ? "-" + literal.dropFirst() : String(literal)
        guard let number = WrittenNumber(normalized), number.value.isFinite else { return nil }
        // A percentage scales both the value and its tolerance.
        let divisor = percent ? 100.0 : 1.0
        self.text = text
        self.value = number.value / divisor
        self.impliedTolerance = number.tolerance / divisor
    }
}
