import Foundation
import Testing
@testable import CourseKit

/// `PlotNumber.fixed` prints the exact binary value rounded to the given decimals, as C's
/// `%.*f` does; the SVG bytes of every plot depend on it.
@Suite struct PlotNumberTests {
    @Test(arguments: [
        (0.125, 2, "0.12"),  // exactly halfway: ties go to the even digit
        (0.375, 2, "0.38"),
        (2.675, 2, "2.67"),  // the double just below 2.675
        (1.005, 2, "1.00"),  // the double just below 1.005
        (-0.004, 2, "0.00"),  // never `-0.00`
        (-1.5, 0, "-2"),
        (12.5, 0, "12"),
        (1e21, 0, "1000000000000000000000"),
        (0.1, 20, "0.10000000000000000555"),
        (-7.25, -3, "-7"),
    ])
    func roundsTheExactBinaryValue(value: Double, decimals: Int, expected: String) {
        #expect(PlotNumber.fixed(value, decimals: decimals) == expected)
    }

    @Test func aNumberLongerThanTheFirstBufferIsPrintedWhole() {
        let text = PlotNumber.fixed(1e300, decimals: 3)
        #expect(text.count == 301 + 4)
        // The leading digits of 1e300 as a double, by Python: `str(decimal.Decimal(1e300))[:40]`.
        #expect(text.hasPrefix("1000000000000000052504760255204420248704"))
        #expect(text.hasSuffix(".000"))
    }

    /// Trimming reads bytes; it must leave what trimming characters left, on printed numbers
    /// and on the edge cases of a point and zeros.
    @Test func trimmingBytesMatchesCharacters() {
        var texts = ["0.00", "-0.0", "-0.00", "12.50", "40", ".", "0.", "-.0", "100", "1.000e5", "-0", "0.10200"]
        var value = -3.0
        while value < 3 {
            for decimals in 0...4 { texts.append(PlotNumber.fixed(value, decimals: decimals)) }
            value += 0.0137
        }
        for text in texts {
            #expect(PlotNumber.trimmed(text) == Self.trimmedByCharacters(text), "\(text)")
        }
        #expect(PlotNumber.trimmed("-0.00") == "0")
        #expect(PlotNumber.trimmed("12.50") == "12.5")
    }

    /// The trimming plots did before it read bytes: the reference.
    static func trimmedByCharacters(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return result == "-0" ? "0" : String(result)
    }

    @Test func coordinatesDropTrailingZeros() {
        #expect(PlotNumber.coordinate(12.5) == "12.5")
        #expect(PlotNumber.coordinate(40) == "40")
        #expect(PlotNumber.coordinate(-0.001) == "0")
        #expect(PlotNumber.coordinate(3.14159) == "3.14")
    }
}
