import Activations
@testable import Calc
import Testing

/// Every library function with awkward arguments: a value or a diagnostic, never a crash.
@Suite struct LibraryCallTests {
    static let arguments = [
        "0", "-1000", "1000", "nan", "inf", "[]", "[1, -2, 3]", "[[1, 2], [3, 4]]", "zeros(0, 3)", "zeros(2, 0)",
        "[[1, 2, 3]]", "True", "'s'", "[1e308, -1e308]",
    ]

    @Test(arguments: Registry.standard.functions.map(\.name))
    func awkwardArgumentsNeverCrash(name: String) throws {
        let function = try #require(Registry.standard.function(named: name))
        for first in Self.arguments {
            for second in Self.arguments.prefix(function.parameters.count > 1 ? Self.arguments.count : 1) {
                let call = function.parameters.count > 1 ? "\(name)(\(first), \(second))" : "\(name)(\(first))"
                for source in [call, call.replacingOccurrences(of: "\(name)(", with: "\(function.derivativeName)(")] {
                    var interpreter = Interpreter()
                    if case .failure(let error) = interpreter.run(source) {
                        #expect(error.code.hasPrefix("calc."), "\(source)")
                    }
                }
            }
        }
    }

    @Test func elementwiseFunctionsKeepTheShape() {
        for function in Registry.standard.functions where function.kind == .elementwise {
            #expect(value("shape(\(function.name)([[1, -2, 3], [0.5, 0, -1]]))") == .vector([2, 3]), "\(function.name)")
            #expect(value("\(function.name)([0.5, -1])") == .vector([number("\(function.name)(0.5)") ?? .nan, number("\(function.name)(-1)") ?? .nan]))
        }
    }
}

@Suite struct VectorFunctionNaNTests {
    @Test func nanPropagatesRowByRow() {
        #expect(value("log_softmax(nan)")?.description == "nan")
        #expect(value("log_softmax([nan, 1])")?.description == "[nan, nan]")
        guard case .matrix(let m)? = value("softmax([[nan, 1], [0, 0]])") else {
            Issue.record("not a matrix")
            return
        }
        #expect(m.row(0).allSatisfy { $0.isNaN })
        #expect(m.row(1) == [0.5, 0.5])
    }
}
