import Diagnostics
@testable import Calc
import Testing

/// An expected number whose implied tolerance says nothing about the value it matched.
@Suite struct LooseToleranceTests {
    @Test(arguments: [
        // Tolerance at least the value's size.
        ("1", 0.5, true), ("0.0", 0.03, true), ("0", 0.3, true), ("1e-3", 0.0004, true),
        // A whole number written for a value that is not one.
        ("1", 0.7310585786300049, true), ("100", 99.7, true), ("7.", 7.25, true),
        // Digits that pin the value down.
        ("0.7311", 0.7310585786300049, false), ("0.5", 0.5, false), ("3.5", 3.52, false), ("1e-3", 0.0012, false),
        // Whole values, up to floating-point rounding.
        ("1", 0.9999999999999999, false), ("0", 1e-17, false), ("0", 0, false), ("3", 3, false), ("1e3", 1000, false),
        // Exact forms.
        ("inf", .infinity, false), ("nan", .nan, false),
    ])
    func rule(written: String, actual: Double, loose: Bool) throws {
        let number = try #require(WrittenNumber(written))
        #expect(number.isTooLoose(for: actual) == loose)
        #expect(WrittenNumber(written)?.isTooLoose(for: actual) == loose)
    }

    @Test func messageNamesToleranceValueAndBetterDigits() throws {
        let number = try #require(WrittenNumber("1"))
        #expect(number.looseToleranceMessage(for: 0.7310585786300049)
            == "1 implies a tolerance of ±0.5, too loose to check 0.7310585786300049; write the digits that matter, as in 0.7311")
    }

    private func run(_ body: String) -> ExampleOutcome {
        var interpreter = Interpreter()
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 7, column: 1))
        return WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
    }

    @Test func aWorkedExampleWarnsAtTheExpectedLine() throws {
        let outcome = run(">>> sigmoid(0)\n1")
        #expect(outcome.passed)
        #expect(outcome.diagnostics.count == 1)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.code == "example.loose-tolerance")
        #expect(diagnostic.message == "expected output 1 implies a tolerance of ±0.5, too loose to check 0.5; write the digits that matter, as in 0.5")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 8, column: 1))
    }

    @Test(arguments: [
        ">>> softmax([0.0, 1.0])\n[0, 1]",   // 0.27 and 0.73 written as whole numbers
        ">>> [[0.5, 2], [3, 4]]\n[[1, 2], [3, 4]]",
    ])
    func listsWarnOnTheirFirstLooseElement(body: String) throws {
        let outcome = run(body)
        #expect(outcome.diagnostics.map(\.code) == ["example.loose-tolerance"])
    }

    @Test(arguments: [
        ">>> sigmoid(0)  # tol=0.5\n1",        // the author chose the tolerance
        ">>> sigmoid(0)\n0.5",
        ">>> sum(softmax([1.0, 2.0, 3.0]))\n1", // whole up to rounding
        ">>> relu([-1, 2])\n[0, 2]",
        ">>> sigmoid(1)\n0.7311",
    ])
    func precisePairsStayQuiet(body: String) {
        #expect(run(body).diagnostics.isEmpty)
    }

    @Test func aMismatchIsNotAlsoAWarning() {
        #expect(run(">>> sigmoid(0)\n2").diagnostics.map(\.code) == ["example.mismatch"])
    }
}
