import Activations
@testable import Calc
import Foundation
import Testing

@Suite struct EvaluatorTests {
    /// Expressions with values worked out by hand.
    @Test(arguments: [
        ("-2**2", -4.0), ("2**-1", 0.5), ("2**3**2", 512.0), ("(-2)**2", 4.0), ("-2**-2", -0.25),
        ("1 + 2 * 3", 7.0), ("(1 + 2) * 3", 9.0), ("7 // 2", 3.0), ("-7 // 2", -4.0), ("-7 % 3", 2.0), ("7 % -3", -2.0),
        ("10 - 4 - 3", 3.0), ("2 * 3 / 4", 1.5), ("- - 3", 3.0), ("+3", 3.0),
        ("[1, 2, 3] @ [4, 5, 6]", 32.0), ("sum([1, 2, 3.5])", 6.5), ("mean([1, 2, 3, 4])", 2.5),
        ("max([3, -1, 7])", 7.0), ("min([3, -1, 7])", -1.0), ("argmax([3, 9, 7])", 1.0), ("argmin([3, 9, -7])", 2.0),
        ("len([1, 2, 3])", 3.0), ("len([[1, 2], [3, 4], [5, 6]])", 3.0), ("abs(-2.5)", 2.5), ("sqrt(16)", 4.0),
        ("log(1)", 0.0), ("exp(0)", 1.0), ("round(2.5)", 2.0), ("round(3.5)", 4.0), ("round(-0.5)", -0.0),
        ("round(1.23456, 2)", 1.23), ("norm([3, 4])", 5.0), ("dot([1, 2], [3, 4])", 11.0),
        ("x = 3; x * x", 9.0), ("v = [1, 2, 3]; v[0] + v[-1]", 4.0), ("m = [[1, 2], [3, 4]]; m[1][0]", 3.0),
        ("m = [[1, 2], [3, 4]]; m[1, 1]", 4.0), ("sum([[1, 2], [3, 4]])", 10.0), ("sum([1, 2, 3] > 1)", 2.0),
        ("sigmoid(0)", 0.5), ("sigmoid_prime(0)", 0.25), ("tanh(0)", 0.0), ("relu(-3)", 0.0), ("relu(2.5)", 2.5),
        ("leaky_relu(-2)", -0.02), ("leaky_relu(-2, 0.5)", -1.0), ("leaky_relu(-2, slope=0.25)", -0.5),
        ("1/0", Double.infinity), ("-1/0", -Double.infinity), ("1e308 * 10", Double.infinity),
        ("e", M_E), ("pi", Double.pi), ("sum(linspace(0, 1, 5))", 2.5),
    ])
    func numbers(source: String, expected: Double) {
        #expect(number(source) == expected, "\(source)")
    }

    @Test func sigmoidOfOneMatchesHandDerivation() throws {
        let x = try #require(number("sigmoid(1)"))
        #expect(close(x, 1 / (1 + exp(-1.0))))
        #expect(value("sigmoid(1)")?.description == "0.7310585786300049")
    }

    @Test func softmaxIdentities() throws {
        let v = try #require(vector("softmax([1, 2, 3])"))
        #expect(v.count == 3)
        #expect(close(v.reduce(0, +), 1, relative: 1e-15))
        #expect(close(v[1] / v[0], M_E))
        #expect(close(v[2] / v[1], M_E))
        // Row-wise on a matrix.
        guard case .matrix(let m)? = value("softmax([[1, 2, 3], [0, 0, 0]])") else {
            Issue.record("not a matrix")
            return
        }
        #expect(m.row(0) == v)
        #expect(m.row(1).allSatisfy { close($0, 1.0 / 3) })
    }

    @Test(arguments: [
        ("[[1, 2], [3, 4]] @ [1, 1]", [3.0, 7.0]),
        ("[1, 1] @ [[1, 2], [3, 4]]", [4.0, 6.0]),
        ("[1, 2, 3] + 1", [2.0, 3.0, 4.0]),
        ("2 * [1, 2, 3]", [2.0, 4.0, 6.0]),
        ("[1, 2, 3] * [4, 5, 6]", [4.0, 10.0, 18.0]),
        ("[1, 2] - [1]", [0.0, 1.0]),
        ("[1, 4, 9] / [1, 2, 3]", [1.0, 2.0, 3.0]),
        ("[1, 2] ** 2", [1.0, 4.0]),
        ("-[1, -2]", [-1.0, 2.0]),
        ("relu([-1, 0, 2])", [0.0, 0.0, 2.0]),
        ("relu(dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5]))", [0.0, 3.5]),
        ("dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])", [-1.5, 3.5]),
        ("zeros(3)", [0.0, 0.0, 0.0]), ("ones(2)", [1.0, 1.0]),
        ("linspace(0, 1, 3)", [0.0, 0.5, 1.0]), ("linspace(2, 2, 1)", [2.0]),
        ("shape([[1, 2, 3], [4, 5, 6]])", [2.0, 3.0]),
        ("sum([[1, 2], [3, 4]], axis=0)", [4.0, 6.0]), ("sum([[1, 2], [3, 4]], 1)", [3.0, 7.0]),
        ("mean([[1, 2], [3, 4]], axis=-1)", [1.5, 3.5]),
        ("max([1, 5], [3, 2])", [3.0, 5.0]), ("min([1, 5], 2)", [1.0, 2.0]),
        ("[[1, 2], [3, 4]][1]", [3.0, 4.0]), ("[[1, 2], [3, 4]][-2]", [1.0, 2.0]),
        ("round([0.125, 0.135], 2)", [0.12, 0.14]),
        ("abs([-1, 2])", [1.0, 2.0]),
        ("mse_grad([1, 2], [1, 3])", [0.0, -1.0]),
    ])
    func vectors(source: String, expected: [Double]) {
        #expect(vector(source) == expected, "\(source)")
    }

    @Test func matrices() {
        #expect(value("[[1, 2], [3, 4]] + [10, 20]") == .matrix(Matrix(rows: 2, columns: 2, elements: [11, 22, 13, 24])))
        #expect(value("[[1, 2], [3, 4]] @ [[0, 1], [1, 0]]") == .matrix(Matrix(rows: 2, columns: 2, elements: [2, 1, 4, 3])))
        #expect(value("transpose([[1, 2, 3], [4, 5, 6]])") == .matrix(Matrix(rows: 3, columns: 2, elements: [1, 4, 2, 5, 3, 6])))
        #expect(value("zeros(2, 3)") == .matrix(Matrix(rows: 2, columns: 3, elements: [0, 0, 0, 0, 0, 0])))
        #expect(value("ones([1, 2])") == .matrix(Matrix(rows: 1, columns: 2, elements: [1, 1])))
        #expect(value("2 * [[1], [2]]") == .matrix(Matrix(rows: 2, columns: 1, elements: [2, 4])))
        #expect(value("relu([[-1, 1], [2, -2]])") == .matrix(Matrix(rows: 2, columns: 2, elements: [0, 1, 2, 0])))
    }

    @Test func comparisonsAreElementwise() {
        #expect(value("[1, 2, 3] > 1") == .booleanVector([false, true, true]))
        #expect(value("[1, 2] == [1, 3]") == .booleanVector([true, false]))
        #expect(value("all([1, 2] == [1, 2])") == .boolean(true))
        #expect(value("any([1, 2] == [0, 0])") == .boolean(false))
        #expect(value("[[1, 2], [3, 4]] >= 2") == .booleanMatrix(BooleanMatrix(rows: 2, columns: 2, elements: [false, true, true, true])!))
        #expect(value("1 < 2 < 3") == .boolean(true))
        #expect(value("3 > 2 > 2") == .boolean(false))
        #expect(value("0.1 + 0.2 == 0.3") == .boolean(false))
        #expect(value("isclose(0.1 + 0.2, 0.3)") == .boolean(true))
        #expect(value("isclose([1, 2], [1.000001, 2.1])") == .booleanVector([true, false]))
        #expect(value("allclose([1, 2], [1, 2.0000001])") == .boolean(true))
        #expect(value("isclose(1, 1.1, rtol=0.2)") == .boolean(true))
        #expect(value("isclose(0, 1e-9)") == .boolean(true))
        #expect(value("isclose(0, 1e-9, atol=0)") == .boolean(false))
        #expect(value("'a' == 'a'") == .boolean(true))
    }

    @Test func logicFollowsPython() {
        #expect(value("true and False") == .boolean(false))
        #expect(value("not 1 == 2") == .boolean(true))
        #expect(value("False or 3") == .number(3))
        #expect(value("not True or True") == .boolean(true))
        #expect(value("1 < 2 and 2 < 1 or True") == .boolean(true))
        #expect(value("[1] and 5") == .number(5))
    }

    @Test func derivativesAndAliases() throws {
        let swish = try #require(number("swish(1)"))
        #expect(close(swish, 1 / (1 + exp(-1.0))))
        #expect(number("silu_prime(0)") == 0.5)
        #expect(number("swish_prime(0)") == 0.5)
        #expect(number("relu_prime(0)") == 0)
        #expect(number("leaky_relu_prime(0)") == 0.01)
        #expect(number("mse([1, 2], [1, 3])") == 0.5)
        // A central difference agrees with the derivative.
        let h = 1e-5
        let x = 0.3
        let slope = try #require(number("tanh_prime(\(x))"))
        #expect(Swift.abs(slope - (tanh(x + h) - tanh(x - h)) / (2 * h)) < 1e-9)
    }

    @Test func bindingsPersistAcrossRuns() {
        var interpreter = Interpreter()
        #expect(interpreter.run("x = [1, 2]") == .success(nil))
        #expect(interpreter.run("y = x * 2; y[1]") == .success(.number(4)))
        #expect(interpreter.bindings["y"] == .vector([2, 4]))
        var copy = interpreter
        _ = copy.run("x = 0")
        #expect(interpreter.bindings["x"] == .vector([1, 2]))
        #expect(interpreter.evaluate("x @ y") == .success(.number(10)))
    }

    @Test func bindingsShadowConstants() {
        #expect(number("e = 2; e") == 2)
    }

    @Test func emptyListIsAnEmptyVector() {
        #expect(vector("[]") == [])
        #expect(number("sum([])") == 0)
        #expect(number("len(zeros(0))") == 0)
    }

    @Test func preparsedProgramsRunRepeatedly() throws {
        var interpreter = Interpreter()
        let program = try interpreter.parse("x = 2; x ** 10").get()
        #expect(interpreter.run(program) == .success(.number(1024)))
        #expect(interpreter.run(program) == .success(.number(1024)))
    }
}

@Suite struct BooleanAndStringTests {
    @Test func booleansCountAsNumbersInArithmetic() {
        #expect(value("True + 1") == .number(2))
        #expect(value("-True") == .number(-1))
        #expect(value("mean([1, 2, 3] > 1)") == .number(2.0 / 3))
        #expect(value("[True, False] * 2") == .vector([2, 0]))
        #expect(value("True == 1") == .boolean(true))
    }

    @Test func stringsOnlyCompare() {
        #expect(value("'a' != 'b'") == .boolean(true))
        #expect(value("'a' == 1") == .boolean(false))
        #expect(value("len('abc')") == .number(3))
        #expect(failure("'a' < 'b'")?.code == "calc.type-error")
        #expect(failure("-'a'")?.code == "calc.type-error")
        #expect(failure("sum('a')")?.code == "calc.type-error")
    }

    @Test func truthOfCheckValues() {
        #expect(value("[1, 2] == [1, 2]")?.truth == true)
        #expect(value("[1, 2] == [1, 3]")?.truth == false)
        #expect(value("[[1, 2]] == [[1, 2]]")?.truth == true)
        #expect(value("1 < 2")?.truth == true)
        #expect(value("3")?.truth == nil)
    }
}

@Suite struct SlicingTests {
    @Test(arguments: [
        ("[1, 2, 3, 4][1:3]", Value.vector([2, 3])), ("[1, 2, 3, 4][:2]", .vector([1, 2])), ("[1, 2, 3, 4][-2:]", .vector([3, 4])),
        ("[1, 2, 3, 4][::2]", .vector([1, 3])), ("[1, 2, 3, 4][::-1]", .vector([4, 3, 2, 1])), ("[1, 2, 3, 4][10:]", .vector([])),
        ("[1, 2, 3, 4][-100:2]", .vector([1, 2])), ("[1, 2, 3][2:0:-1]", .vector([3, 2])),
        ("[[1, 2], [3, 4]][:, 0]", .vector([1, 3])), ("[[1, 2], [3, 4]][1, :]", .vector([3, 4])),
        ("[[1, 2, 3], [4, 5, 6]][:, 1:]", .matrix(.init(rows: 2, columns: 2, elements: [2, 3, 5, 6]))),
        ("[[1, 2], [3, 4], [5, 6]][1:]", .matrix(.init(rows: 2, columns: 2, elements: [3, 4, 5, 6]))),
        ("[[1, 2], [3, 4]][-1, -1]", .number(4)), ("([1, 2] > 1)[1]", .boolean(true)),
    ])
    func slicesFollowPython(source: String, expected: Value) {
        #expect(value(source) == expected)
    }

    @Test(arguments: [
        ("[1, 2][::0]", 7, "calc.bad-index"), ("[1, 2][0.5:]", 7, "calc.bad-index"), ("[1, 2][0, 0]", 10, "calc.bad-index"),
        ("[[1, 2]][0, 2]", 12, "calc.index-out-of-range"), ("[1, 2][1:2", 6, "calc.unclosed-bracket"), ("1:2", 1, "calc.unexpected-token"),
    ])
    func sliceErrors(source: String, offset: Int, code: String) {
        let error = failure(source)
        #expect(error?.code == code)
        #expect(error?.offset == offset)
    }
}

@Suite struct NoneArgumentTests {
    @Test func noneLeavesAnOptionalArgumentOut() {
        #expect(value("sum([[1, 2], [3, 4]], axis=None)") == .number(10))
        #expect(value("max([1, 5], None)") == .number(5))
        #expect(failure("sigmoid(None)")?.code == "calc.unknown-name")
    }
}
