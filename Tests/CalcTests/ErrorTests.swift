@testable import Calc
import Testing

/// Every error kind, with the offset and length of the source it points at.
@Suite struct ErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var source: String
        var code: String
        var offset: Int
        var length: Int
        var message: String?
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(source: "sigmod(1)", code: "calc.unknown-name", offset: 0, length: 6, message: "unknown name 'sigmod'"),
        Case(source: "x = 1; y + x", code: "calc.unknown-name", offset: 7, length: 1, message: "unknown name 'y'"),
        Case(source: "1 +", code: "calc.expected-expression", offset: 3, length: 1, message: "expected an expression, found end of input"),
        Case(source: "(1 + 2", code: "calc.unclosed-bracket", offset: 0, length: 1, message: "'(' is never closed; add ')'"),
        Case(source: "[1, 2", code: "calc.unclosed-bracket", offset: 0, length: 1, message: nil),
        Case(source: "sigmoid(1", code: "calc.unclosed-bracket", offset: 7, length: 1, message: nil),
        Case(source: "[1, 2)", code: "calc.unexpected-token", offset: 5, length: 1, message: "expected ',' or ']', found ')'"),
        Case(source: "1 2", code: "calc.unexpected-token", offset: 2, length: 1, message: nil),
        Case(source: "1)", code: "calc.unmatched-bracket", offset: 1, length: 1, message: "unmatched ')'"),
        Case(source: "v[0] = 1", code: "calc.bad-assignment", offset: 5, length: 1, message: nil),
        Case(source: "relu = 3", code: "calc.bad-assignment", offset: 0, length: 4, message: nil),
        Case(source: "[[1, 2], [3]]", code: "calc.ragged-matrix", offset: 9, length: 3,
             message: "row 2 has 1 element, but row 1 has 2; the rows of a matrix must have the same length"),
        Case(source: "[1, [2]]", code: "calc.ragged-matrix", offset: 4, length: 3, message: nil),
        Case(source: "[[1, 2], 3]", code: "calc.ragged-matrix", offset: 9, length: 1, message: nil),
        Case(source: "[[[1]]]", code: "calc.unsupported-rank", offset: 1, length: 5, message: nil),
        Case(source: "[[1, 2, 3], [4, 5, 6]] @ [1, 2]", code: "calc.shape-mismatch", offset: 23, length: 1,
             message: "cannot multiply shapes [2, 3] and [2]"),
        Case(source: "[1, 2] + [1, 2, 3]", code: "calc.shape-mismatch", offset: 7, length: 1,
             message: "cannot add shapes [2] and [3]"),
        Case(source: "[1, 2] < [1, 2, 3]", code: "calc.shape-mismatch", offset: 7, length: 1, message: nil),
        Case(source: "2 @ [1]", code: "calc.type-error", offset: 2, length: 1, message: nil),
        Case(source: "'a' + 1", code: "calc.type-error", offset: 4, length: 1, message: nil),
        Case(source: "v = [1, 2, 3]; v[3]", code: "calc.index-out-of-range", offset: 17, length: 1,
             message: "index 3 is out of range for a vector of length 3"),
        Case(source: "[1, 2][-3]", code: "calc.index-out-of-range", offset: 7, length: 2, message: nil),
        Case(source: "[[1, 2]][1]", code: "calc.index-out-of-range", offset: 9, length: 1,
             message: "index 1 is out of range for a matrix with 1 row"),
        Case(source: "[1, 2][0.5]", code: "calc.bad-index", offset: 7, length: 3, message: nil),
        Case(source: "[1, 2][1e300]", code: "calc.index-out-of-range", offset: 7, length: 5, message: nil),
        Case(source: "[1, 2][True]", code: "calc.bad-index", offset: 7, length: 4, message: nil),
        Case(source: "3[0]", code: "calc.type-error", offset: 2, length: 1, message: "a number cannot be indexed"),
        Case(source: "[1, 2][]", code: "calc.bad-index", offset: 6, length: 2, message: nil),
        Case(source: "leaky_relu(1, 2, 3)", code: "calc.arity", offset: 0, length: 10,
             message: "leaky_relu(x, slope=0.01) takes 1 to 2 arguments, got 3"),
        Case(source: "sigmoid()", code: "calc.arity", offset: 0, length: 7, message: "sigmoid(x) takes 1 argument, got 0"),
        Case(source: "dense()", code: "calc.arity", offset: 0, length: 5, message: nil),
        Case(source: "round(1, 2, 3)", code: "calc.arity", offset: 0, length: 5,
             message: "round(x, ndigits=0) takes 1 to 2 arguments, got 3"),
        Case(source: "leaky_relu(1, alpha=2)", code: "calc.unknown-keyword", offset: 14, length: 5,
             message: "leaky_relu(x, slope=0.01) has no argument 'alpha'"),
        Case(source: "leaky_relu(1, 0.1, slope=2)", code: "calc.arity", offset: 19, length: 5, message: nil),
        Case(source: "leaky_relu(x=1, 2)", code: "calc.unexpected-token", offset: 16, length: 1, message: nil),
        Case(source: "sigmoid(True)", code: "calc.type-error", offset: 8, length: 4, message: nil),
        Case(source: "leaky_relu([1], [2])", code: "calc.type-error", offset: 16, length: 3, message: nil),
        Case(source: "sigmoid", code: "calc.not-a-value", offset: 0, length: 7, message: nil),
        Case(source: "x = 2; x(3)", code: "calc.not-callable", offset: 7, length: 1, message: "'x' is a value, not a function"),
        Case(source: "(1)(2)", code: "calc.not-callable", offset: 3, length: 1, message: nil),
        Case(source: "[1, 2] and True", code: "calc.ambiguous-truth", offset: 0, length: 6, message: nil),
        Case(source: "not [1, 2] > 0", code: "calc.ambiguous-truth", offset: 4, length: 10, message: nil),
        Case(source: "zeros(1e12)", code: "calc.too-large", offset: 6, length: 4, message: nil),
        Case(source: "ones(1000, 10000)", code: "calc.too-large", offset: 0, length: 4, message: nil),
        Case(source: "zeros(-1)", code: "calc.bad-argument", offset: 6, length: 2, message: nil),
        Case(source: "zeros(2.5)", code: "calc.bad-argument", offset: 6, length: 3, message: nil),
        Case(source: "linspace(0, 1, 1e300)", code: "calc.too-large", offset: 15, length: 5, message: nil),
        Case(source: "max([])", code: "calc.bad-argument", offset: 4, length: 2, message: nil),
        Case(source: "sum([1, 2], axis=1)", code: "calc.bad-argument", offset: 17, length: 1, message: nil),
        Case(source: "round(1, 0.5)", code: "calc.bad-argument", offset: 9, length: 3, message: nil),
        Case(source: "softmax_prime([[1, 2]])", code: "calc.unsupported-rank", offset: 0, length: 13, message: nil),
        Case(source: "1 $ 2", code: "calc.unexpected-character", offset: 2, length: 1, message: "unexpected character '$'"),
        Case(source: "'open", code: "calc.unterminated-string", offset: 0, length: 5, message: nil),
        Case(source: "3e", code: "calc.bad-number", offset: 0, length: 2, message: nil),
        Case(source: "x = (1", code: "calc.unclosed-bracket", offset: 4, length: 1, message: nil),
        Case(source: "x = 1 = 2", code: "calc.bad-assignment", offset: 6, length: 1, message: nil),
    ]

    @Test(arguments: cases)
    func reportsAtTheMistake(_ example: Case) throws {
        let error = try #require(failure(example.source), "no error for \(example.source)")
        #expect(error.code == example.code)
        #expect(error.offset == example.offset)
        #expect(error.length == example.length)
        if let message = example.message {
            #expect(error.message == message)
        }
    }

    @Test func unknownNameSuggestsTheNearestName() throws {
        let error = try #require(failure("sigmod(1)"))
        #expect(error.notes.first?.contains("did you mean 'sigmoid'?") == true)
        #expect(error.notes.first?.contains("library.html#sigmoid") == true)
        let binding = try #require(failure("weights = [1]; weigths"))
        #expect(binding.notes == ["did you mean 'weights'?"])
        let nothing = try #require(failure("qqqqqqqq"))
        #expect(nothing.notes.isEmpty)
    }

    @Test func nothingRunsAfterAParseError() {
        var interpreter = Interpreter()
        _ = interpreter.run("x = 1; y = (")
        #expect(interpreter.bindings["x"] == nil)
    }
}
