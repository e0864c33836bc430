@testable import Calc
import Diagnostics
import Foundation
import Testing

/// Random token soup never crashes the interpreter and finishes quickly.
@Suite struct FuzzTests {
    /// SplitMix64: a small seeded generator, so every run sees the same soups.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "1", "0", "-1", "2.5", "1e308", "1e-320", "1e12", "nan", "inf", "True", "false", "'s'", "\"", "x", "v", "m",
        "+", "-", "*", "/", "//", "%", "**", "@", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "=",
        "(", ")", "[", "]", ",", ";", "\n", "#", "\\", ":", "$", "é", " ",
        "sigmoid", "softmax", "relu", "dense", "mse", "mse_grad", "sigmoid_prime", "leaky_relu", "slope=",
        "sum", "mean", "max", "argmax", "len", "shape", "transpose", "zeros", "ones", "linspace", "round",
        "isclose", "allclose", "all", "any", "exp", "log", "sqrt", "abs", "norm", "dot",
        "[1, 2]", "[[1, 2], [3, 4]]", "[[1], [2, 3]]", "[]", "[-1]", "[1e300]",
    ]

    @Test(arguments: 0..<4)
    func tokenSoupNeverCrashes(seed: UInt64) {
        var generator = SplitMix(state: seed &* 7919 &+ 1)
        let start = Date()
        // LECTERN_FUZZ_ROUNDS runs a longer soak by hand; the default keeps `swift test` quick.
        let rounds = ProcessInfo.processInfo.environment["LECTERN_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 1_000
        for _ in 0..<rounds {
            var interpreter = Interpreter(limits: Limits(maxSteps: 10_000, maxWork: 1_000_000, maxElements: 10_000))
            _ = interpreter.run("x = 2; v = [1, -2, 3]; m = [[1, 2], [3, 4]]")
            let count = Int.random(in: 1...24, using: &generator)
            var source = ""
            for _ in 0..<count {
                source += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
                if Bool.random(using: &generator) { source += " " }
            }
            switch interpreter.run(source) {
            case .success(let value):
                // Printing and formatting must not trap either.
                _ = value?.description
                if let value, case .success(let spec) = FormatSpec.parse(".3f") { _ = spec.format(value) }
            case .failure(let error):
                #expect(error.code.hasPrefix("calc."))
                #expect(error.offset >= 0 && error.offset <= source.unicodeScalars.count)
                #expect(error.length >= 1)
            }
            _ = InlineValue.evaluate(source, in: interpreter)
        }
        #expect(Date().timeIntervalSince(start) < 20 * Double(max(rounds / 1_000, 1)))
    }

    @Test(arguments: 0..<2)
    func exampleSoupNeverCrashes(seed: UInt64) {
        var generator = SplitMix(state: seed &+ 99)
        let lines = [">>> ", "... ", ">>>", "0.5", "[1, 2]", "True", "# tol=", "# tol=1e-3", "", "array([1.])", "[[1, 2],"]
        for _ in 0..<300 {
            var body = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                body += lines[Int.random(in: 0..<lines.count, using: &generator)]
                body += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
                body += "\n"
            }
            var interpreter = Interpreter()
            let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "f", line: 1, column: 1))
            _ = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        }
    }

    @Test(arguments: [
        "1e400", "-1e400", "2 ** 1e300", "[1, 2][1e400]", "[1, 2][nan]", "[1, 2][-inf]", "zeros(nan)", "zeros(inf)",
        "zeros(-0.0)", "round(1e308, 300)", "round(1, 1e300)", "linspace(0, 1, -1)", "ones(1e6, 1e6)", "sum(m, axis=nan)",
        "leaky_relu(1, slope=nan)", "softmax([])", "argmax([nan, 1])", "max([])", "mean([])", "9223372036854775807 + 1",
        "[1, 2][9223372036854775807]", "[1, 2][-9223372036854775808]", "1 % 0", "0 // 0", "log(-1)", "sqrt(-1)",
    ])
    func edgeNumbersNeverTrap(source: String) {
        var interpreter = Interpreter()
        _ = interpreter.run("m = [[1, 2], [3, 4]]")
        _ = interpreter.run(source)
    }
}
