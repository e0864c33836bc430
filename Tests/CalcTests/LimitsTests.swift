@testable import Calc
import Testing

@Suite struct LimitsTests {
    @Test(arguments: [100_000, 1_000])
    func deepBracketsAreAnErrorNotACrash(depth: Int) throws {
        for open in ["(", "[", "-", "not ", "sigmoid("] {
            let source = String(repeating: open, count: depth) + "1"
            let error = try #require(failure(source), "\(open)")
            #expect(error.code == "calc.too-deep")
        }
    }

    @Test func longOperatorChainsAreBounded() throws {
        let error = try #require(failure(Array(repeating: "1", count: 100_000).joined(separator: " + ")))
        #expect(error.code == "calc.too-deep")
        #expect(number(Array(repeating: "1", count: 150).joined(separator: " + ")) == 150)
        #expect(number(String(repeating: "(", count: 150) + "2" + String(repeating: ")", count: 150)) == 2)
    }

    @Test func stepLimit() throws {
        let limits = Limits(maxSteps: 50)
        let error = try #require(failure(Array(repeating: "x = 1 + 2", count: 30).joined(separator: "\n"), limits: limits))
        #expect(error.code == "calc.step-limit")
    }

    @Test func workLimit() throws {
        let source = Array(repeating: "x = zeros(100) + 1", count: 20).joined(separator: "; ")
        let error = try #require(failure(source, limits: Limits(maxWork: 1_000)))
        #expect(error.code == "calc.step-limit")
    }

    @Test func largeProductsAreRefusedBeforeWorking() throws {
        let error = try #require(failure("a = ones(1000, 1000); a @ a"))
        #expect(error.code == "calc.too-large")
        #expect(error.offset == 24)
    }

    @Test func broadcastOuterSizeIsChecked() throws {
        let error = try #require(failure("ones(1000000, 1) + ones(1, 1000000)"))
        #expect(error.code == "calc.too-large")
    }
}
