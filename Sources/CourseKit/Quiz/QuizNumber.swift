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
        guard let number = Self.plain(text) ?? Self.byCharacters(text) else { return nil }
        self = number
    }

    /// `init?(_:)` read on `Character`s, as every number was (the tests compare the two readings).
    static func byCharacters(_ text: String) -> QuizNumber? {
        var literal = Substring(text)
        let percent = literal.hasSuffix("%")
        if percent { literal = literal.dropLast() }
        // WrittenNumber trims blanks around its text; a quiz number is its text exactly.
        guard !literal.contains(where: \.isWhitespace) else { return nil }
        // The typographic minus sign U+2212 reads as a hyphen-minus.
        let normalized = literal.hasPrefix("−") ? "-" + literal.dropFirst() : String(literal)
        guard let number = WrittenNumber(normalized), number.value.isFinite else { return nil }
        return QuizNumber(text: text, number: number, percent: percent)
    }

    private init(text: String, number: WrittenNumber, percent: Bool) {
        // A percentage scales both the value and its tolerance.
        let divisor = percent ? 100.0 : 1.0
        self.text = text
        value = number.value / divisor
        impliedTolerance = number.tolerance / divisor
    }

    /// `init?(_:)` read on bytes when every byte of `text` is printable ASCII other than a
    /// space: then no character is whitespace, none is the typographic minus, and a `%` at
    /// the end is the last byte. Nil (not read) for any other text; `.some(nil)` when it is
    /// not a number. Comparing `Character`s was most of reading an answer.
    private static func plain(_ text: String) -> QuizNumber?? {
        var bytes = text
        return bytes.withUTF8 { bytes -> QuizNumber?? in
            guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
            let percent = bytes.last == UInt8(ascii: "%")
            let digits = String(decoding: percent ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes, as: UTF8.self)
            guard let number = WrittenNumber(digits), number.value.isFinite else { return .some(nil) }
            return QuizNumber(text: text, number: number, percent: percent)
        }
    }
}
