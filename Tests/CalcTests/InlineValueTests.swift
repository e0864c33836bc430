@testable import Calc
import Testing

@Suite struct InlineValueTests {
    @Test(arguments: [
        (" sigmoid(1) :.4f", "0.7311"), ("sigmoid(1)", "0.7310585786300049"), ("softmax([1, 2, 3])[2] :.3f", "0.665"),
        ("[0.25, 0.5] :.0%", "[25%, 50%]"), (" 2 ** 10 :d", "1024"), ("x :.1f", "3.0"), ("'a:b'", "'a:b'"),
    ])
    func formatsValues(text: String, expected: String) {
        var interpreter = Interpreter()
        _ = interpreter.run("x = 3")
        #expect(InlineValue.evaluate(text, in: interpreter) == .success(expected))
    }

    @Test func splitsOnTheLastTopLevelColon() {
        let (expression, spec, offset) = InlineValue.split("m[0] :.2f")
        #expect(expression == "m[0] ")
        #expect(spec == ".2f")
        #expect(offset == 6)
        #expect(InlineValue.split("sigmoid(1)").spec == nil)
    }

    @Test(arguments: [
        (" sigmod(1) :.4f", 1, "calc.unknown-name"), ("sigmoid(1) :.4q", 14, "calc.bad-format"),
        ("1.5 :d", 5, "calc.bad-format"), ("x = 1", 0, "calc.not-an-expression"), ("(1 :.2f", 4, "calc.bad-number"),
    ])
    func errorsPointInsideTheText(text: String, offset: Int, code: String) {
        guard case .failure(let error) = InlineValue.evaluate(text, in: Interpreter()) else {
            Issue.record("no error for \(text)")
            return
        }
        #expect(error.code == code)
        #expect(error.offset == offset)
    }
}

@Suite struct InlineRunTests {
    @Test func runsStatementsAndFormatsTheLast() {
        var interpreter = Interpreter()
        #expect(InlineValue.run("x = 0.25; x * 2 :.1%", in: &interpreter) == .success("50.0%"))
        #expect(interpreter.bindings["x"] == .number(0.25))
        #expect(InlineValue.run("y = 1  # note: a comment", in: &interpreter) == .success(nil))
        #expect(InlineValue.run("y + 1", in: &interpreter) == .success("2"))
    }
}
