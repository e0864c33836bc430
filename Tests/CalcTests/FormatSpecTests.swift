@testable import Calc
import Testing

@Suite struct FormatSpecTests {
    private func formatted(_ spec: String, _ value: Value) -> String? {
        guard case .success(let parsed) = FormatSpec.parse(spec), case .success(let text) = parsed.format(value) else { return nil }
        return text
    }

    /// Outputs as Python's `format(value, spec)` gives them.
    @Test(arguments: [
        (".4f", 0.7310585786300049, "0.7311"), (".2f", 2.675, "2.67"), ("f", 1.5, "1.500000"), (".0f", 2.5, "2"),
        (".3e", 12345.678, "1.235e+04"), ("e", 0.0, "0.000000e+00"), (".1%", 0.25, "25.0%"), ("%", 0.5, "50.000000%"),
        ("g", 0.0001234, "0.0001234"), ("g", 1234567.0, "1.23457e+06"), (".3g", 0.7310585786300049, "0.731"),
        ("d", 42.0, "42"), ("+.2f", 1.0, "+1.00"), (" .1f", 1.0, " 1.0"), ("8.3f", 3.14159, "   3.142"),
        ("<8.1f", 3.14159, "3.1     "), ("^7.1f", 3.14159, "  3.1  "), ("08.2f", -3.14159, "-0003.14"),
        (",.2f", 1234567.891, "1,234,567.89"), ("_d", 1000000.0, "1_000_000"), (".2f", -0.001, "-0.00"),
        (".2f", Double.infinity, "inf"), (".1%", Double.nan, "nan%"), ("", 0.5, "0.5"), ("", 3.0, "3"),
        (".3", 0.7310585786300049, "0.731"), (".3E", 1234.5, "1.234E+03"), ("G", 1e-10, "1E-10"),
    ])
    func numbers(spec: String, x: Double, expected: String) {
        #expect(formatted(spec, .number(x)) == expected)
    }

    @Test func vectorsAreFormattedElementwise() {
        #expect(formatted(".4f", .vector([0.2689414213699951, 0.7310585786300049])) == "[0.2689, 0.7311]")
        #expect(formatted(".1f", .matrix(.init(rows: 1, columns: 2, elements: [1, 2]))) == "[[1.0, 2.0]]")
        #expect(formatted(".2f", .boolean(true)) == "True")
    }

    @Test(arguments: [("x", 0), (".f", 0), (".4q", 2), ("4.2fz", 4), ("d.2", 1), (".2d", 0), ("99999d", 0)])
    func badSpecs(spec: String, offset: Int) {
        guard case .failure(let error) = FormatSpec.parse(spec) else {
            Issue.record("accepted \(spec)")
            return
        }
        #expect(error.code == "calc.bad-format")
        #expect(error.offset == offset)
    }

    @Test func wholeNumberFormatRefusesFractions() {
        guard case .success(let spec) = FormatSpec.parse("d"), case .failure(let error) = spec.format(.number(3.5)) else {
            Issue.record("accepted 3.5 with :d")
            return
        }
        #expect(error.code == "calc.bad-format")
    }
}
