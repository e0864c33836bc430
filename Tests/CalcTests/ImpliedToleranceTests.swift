@testable import Calc
import Testing

@Suite struct ImpliedToleranceTests {
    @Test(arguments: [
        ("0.7311", 0.00005), ("3.5", 0.05), ("3", 0.5), ("1.9e-22", 0.05e-22), ("-0.25", 0.005), ("1e3", 500.0),
        ("100", 0.5), ("1.50", 0.005), ("7.", 0.5), ("+2.0E+2", 5.0), ("0.000", 0.0005),
    ])
    func halfAUnitInTheLastDigit(literal: String, expected: Double) throws {
        let tolerance = try #require(WrittenNumber(literal)?.tolerance)
        #expect(Swift.abs(tolerance - expected) <= 1e-12 * expected)
    }

    @Test(arguments: ["", "abc", "1.2.3", "e5", "1e", "--1", "0x10", "1 2"])
    func notNumbers(literal: String) {
        #expect(WrittenNumber(literal)?.tolerance == nil)
    }

    @Test func matching() throws {
        let written = try #require(WrittenNumber("0.7311"))
        #expect(written.matches(0.7310585786300049))
        #expect(!written.matches(0.7310))
        #expect(written.matches(0.73105))
        #expect(!written.matches(0.7312))
        #expect(written.matches(0.7312, tolerance: 1e-3))
        #expect(try #require(WrittenNumber("nan")).matches(.nan))
        #expect(try #require(WrittenNumber("-inf")).matches(-.infinity))
        #expect(!(try #require(WrittenNumber("inf")).matches(1e308)))
        #expect(try #require(WrittenNumber("1.9e-22")).matches(1.9287498479639178e-22))
        #expect(!(try #require(WrittenNumber("1.9e-22")).matches(1.96e-22)))
    }

    @Test func fullPrecisionValuesGetAFewUlpsOfSlack() throws {
        // √2 = 1.41421356237309504880… (mpmath), so 1.4142135623730950 is right to its last digit,
        // though the float64 nearest √2 prints 1.4142135623730951 and lies 1.45e-16 away: more than
        // half a unit (5e-17), within the four ulps (8.9e-16) that binary rounding is allowed.
        #expect(try #require(WrittenNumber("1.4142135623730950")).matches(2.0.squareRoot()))
        #expect(try #require(WrittenNumber("1.4142135623730951")).matches(2.0.squareRoot()))
        // A value exactly half a unit away still matches: 0.25 − 0.245 is 0.0050000000000000044.
        #expect(try #require(WrittenNumber("0.25")).matches(0.245))
        // Beyond the ulps, the written digits rule: one wrong in the tenth significant place fails.
        #expect(!(try #require(WrittenNumber("0.7310585787")).matches(0.7310585786300049)))
        #expect(try #require(WrittenNumber("0.7310585786")).matches(0.7310585786300049))
    }
}
