import Diagnostics
@testable import Calc
import Testing

/// Python and NumPy written as Calc: each habit gets its own code and a message that says what
/// Calc does instead, at the habit's own column.
@Suite struct PythonHabitTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var source: String
        var code: String
        var offset: Int
        var length: Int
        var message: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(source: "np.exp(1)", code: "calc.python-module", offset: 0, length: 6,
             message: "Calc has no modules: write exp(1)"),
        Case(source: "math.exp(1)", code: "calc.python-module", offset: 0, length: 8,
             message: "Calc has no modules: write exp(1)"),
        Case(source: "x = [1, 2]\nx.shape", code: "calc.python-attribute", offset: 12, length: 6,
             message: "Calc has no attributes: write shape(x)"),
        Case(source: "def f(x): return x", code: "calc.python-def", offset: 0, length: 3,
             message: "Calc has no def: compute the value directly and name it, as in y = 2 * x + 1"),
        Case(source: "lambda x: x", code: "calc.python-lambda", offset: 0, length: 6,
             message: "Calc has no lambda: bind x to a value and write x directly"),
        Case(source: "for i in range(3): i", code: "calc.python-loop", offset: 0, length: 3,
             message: "Calc has no for loops: write the expression for the whole vector"),
        Case(source: "import numpy as np", code: "calc.python-import", offset: 0, length: 6,
             message: "Calc has no modules to import: exp, relu, softmax and the other functions are always there, without a prefix"),
        Case(source: "[relu(v) for v in x]", code: "calc.python-comprehension", offset: 9, length: 3,
             message: "Calc has no comprehensions: functions apply elementwise, so write relu(x)"),
        Case(source: "print(3)", code: "calc.python-print", offset: 0, length: 5,
             message: "Calc has no print: the value of the last statement is printed, so write 3"),
        // Neighbours of the listed habits.
        Case(source: "np.pi / 2", code: "calc.python-module", offset: 0, length: 5, message: "Calc has no modules: write pi"),
        Case(source: "np.maximum(a, 0)", code: "calc.python-module", offset: 0, length: 10,
             message: "Calc has no modules: write max(a, 0)"),
        Case(source: "np.linalg.norm(v)", code: "calc.python-module", offset: 0, length: 14,
             message: "Calc has no modules: write norm(v)"),
        Case(source: "np.array([1, 2])", code: "calc.python-module", offset: 0, length: 8,
             message: "Calc has no modules, and a list is already an array: write [1, 2]"),
        Case(source: "np.random.rand(3)", code: "calc.python-module", offset: 0, length: 14,
             message: "Calc has no modules, and 'rand' is not one of its functions"),
        Case(source: "W.T @ x", code: "calc.python-attribute", offset: 1, length: 2,
             message: "Calc has no attributes: write transpose(W)"),
        Case(source: "softmax(z).sum()", code: "calc.python-attribute", offset: 10, length: 4,
             message: "Calc has no methods: write sum(softmax(z))"),
        Case(source: "m.mean(axis=0)", code: "calc.python-attribute", offset: 1, length: 5,
             message: "Calc has no methods: write mean(m, axis=0)"),
        Case(source: "v.reshape(2, 2)", code: "calc.python-attribute", offset: 1, length: 8,
             message: "Calc has no attributes or methods: functions take the value as an argument, as in shape(v)"),
        Case(source: "y = [v ** 2 for v in x + 1]", code: "calc.python-comprehension", offset: 12, length: 3,
             message: "Calc has no comprehensions: functions apply elementwise, so write (x + 1) ** 2"),
        Case(source: "f = lambda x, y: x * y", code: "calc.python-lambda", offset: 4, length: 6,
             message: "Calc has no lambda: bind x, y to a value and write x * y directly"),
        Case(source: "while x < 3: x = x + 1", code: "calc.python-loop", offset: 0, length: 5,
             message: "Calc has no while loops: write the expression for the whole vector"),
        Case(source: "from math import exp", code: "calc.python-import", offset: 0, length: 4,
             message: "Calc has no modules to import: exp, relu, softmax and the other functions are always there, without a prefix"),
        Case(source: "print(sigmoid(1))", code: "calc.python-print", offset: 0, length: 5,
             message: "Calc has no print: the value of the last statement is printed, so write sigmoid(1)"),
    ]

    @Test(arguments: cases)
    func habitIsNamed(_ c: Case) throws {
        let error = try #require(failure(c.source))
        #expect(error.code == c.code)
        #expect(error.offset == c.offset)
        #expect(error.length == c.length)
        #expect(error.message == c.message)
    }

    /// In an inline value the colon of `lambda x: x` would otherwise be read as a format spec.
    @Test(arguments: [
        ("lambda x: x", "calc.python-lambda", 0), ("def f(x): return x", "calc.python-def", 0),
        ("for i in range(3): i", "calc.python-loop", 0), (" np.exp(1) :.3f", "calc.python-module", 1),
        ("x.shape", "calc.python-attribute", 1),
    ])
    func habitsInInlineValues(text: String, code: String, offset: Int) throws {
        var interpreter = Interpreter()
        _ = interpreter.run("x = [1, 2]")
        guard case .failure(let error) = InlineValue.evaluate(text, in: interpreter) else {
            Issue.record("\(text) evaluated")
            return
        }
        #expect(error.code == code)
        #expect(error.offset == offset)
    }

    @Test func aLoopOverRangeSaysHowToWriteTheNumbers() throws {
        let error = try #require(failure("for i in range(3): i"))
        #expect(error.notes.contains("for the numbers 0, 1, 2 write the list [0, 1, 2]"))
    }

    @Test func anUnknownModuleFunctionGetsASuggestion() throws {
        let error = try #require(failure("np.sigmod(1)"))
        #expect(error.notes.contains { $0.contains("'sigmoid'") })
    }

    /// The words are ordinary names where Python would not read them as statements.
    @Test(arguments: [("lambda = 2; lambda + 1", 3.0), ("for = 4; for", 4.0), ("print = 5; print", 5.0), ("x = .5; x", 0.5), ("1.", 1.0)])
    func validCalcIsUnchanged(source: String, expected: Double) {
        #expect(number(source) == expected)
    }

    @Test func theColumnInAWorkedExampleIsTheHabit() throws {
        var interpreter = Interpreter()
        let body = ">>> z = np.exp(1)\n2.718"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 4, column: 1))
        let outcome = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "calc.python-module")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 4, column: 9))
        #expect(diagnostic.range?.end == SourceLocation(file: "l.md", line: 4, column: 15))
    }
}
