import Diagnostics
@testable import Calc
import Testing

/// Small inputs that once cost minutes and gigabytes: each now ends with a diagnostic, and the
/// work it was allowed to spend (counted, never timed) shows it stopped early.
@Suite struct ResourceBombTests {
    @Test(arguments: [" ones(1000000) :>1000 ", " ones(1000000) :>100 ", " ones(1000000) ", " ones(1000, 1000) :.100f "])
    func hugeFormattedValuesAreRefused(text: String) throws {
        var interpreter = Interpreter()
        guard case .failure(let error) = InlineValue.valueAndText(text, charging: &interpreter) else {
            Issue.record("\(text) was formatted")
            return
        }
        #expect(error.code == "calc.output-too-large")
        let (_, spec, specOffset) = InlineValue.split(text)
        // The error covers the spec when there is one, else the expression.
        #expect(error.offset == (spec == nil ? 0 : specOffset))
        // Making the value is 10⁶ units; nothing was charged for formatting it.
        #expect(interpreter.budget.lessonSpent < 1_000_100)
    }

    /// Elements × width is checked before formatting: 99 numbers 1000 wide fit in 100,000
    /// characters (99 · 1000 + 98 · 2 + 2 = 99,198), 100 do not (100,200).
    @Test(arguments: [(99, true), (100, false)])
    func formattedLengthIsElementsTimesWidth(count: Int, fits: Bool) throws {
        let spec = try FormatSpec.parse(">1000").get()
        let result = spec.format(.vector(Array(repeating: 1, count: count)))
        switch result {
        case .success(let text): #expect(fits && text.count == count * 1000 + (count - 1) * 2 + 2)
        case .failure(let error): #expect(!fits && error.code == "calc.output-too-large")
        }
    }

    @Test func aDenseLayerOfBigMatricesIsRefusedBeforeItRuns() throws {
        var interpreter = Interpreter()
        #expect(throws: Never.self) { try interpreter.run("a = ones(1000, 1000)").get() }
        let before = interpreter.budget.lessonSpent
        // 80 statements of 10⁹ multiply-adds each: the first one stops the run.
        let source = Array(repeating: "dense(a, a)", count: 80).joined(separator: "\n")
        guard case .failure(let error) = interpreter.run(source) else {
            Issue.record("dense ran")
            return
        }
        #expect(error.code == "calc.step-limit")
        #expect(error.offset == 0)
        // Refused work is not spent: only the steps that reached the call were.
        #expect(interpreter.budget.lessonSpent - before < 10)
    }

    /// 2.7·10⁷ multiply-adds a statement: 14 fit in the lesson budget of 4·10⁸, the 15th does not.
    @Test func repeatedLayersRunOutOfTheLessonBudget() throws {
        var interpreter = Interpreter()
        _ = interpreter.run("a = ones(300, 300)")
        var succeeded = 0
        var failure: CalcError?
        for _ in 0..<80 {
            switch interpreter.run("dense(a, a)") {
            case .success: succeeded += 1
            case .failure(let error): failure = error
            }
            if failure != nil { break }
        }
        #expect(failure?.code == "calc.lesson-budget")
        let perCall = 300 * 300 * 300 + 300 * 300
        #expect(succeeded == (400_000_000 - 300 * 300) / perCall)
        #expect(interpreter.budget.exhausted == .lesson)
        // Once spent, the budget stops the next evaluation at its first operation.
        #expect(interpreter.run("1 + 1").errorCode == "calc.lesson-budget")
    }

    /// 400 lines `aN = ones(1000000)`: the fifth passes the 4,000,000 elements bound names may hold.
    @Test func manyLargeBindingsHitTheMemoryLimit() throws {
        let body = (0..<400).map { ">>> a\($0) = ones(1000000)" }.joined(separator: "\n")
        var interpreter = Interpreter()
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 1, column: 1))
        let outcome = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        let first = try #require(outcome.diagnostics.first)
        #expect(first.code == "calc.memory-limit")
        #expect(first.range?.start == SourceLocation(file: "l.md", line: 5, column: 5))
        #expect(interpreter.boundElements == 4_000_000)
        #expect(interpreter.bindings["a4"] == nil)
    }

    @Test func rebindingANameFreesItsOldValue() throws {
        var interpreter = Interpreter()
        for _ in 0..<10 {
            #expect(throws: Never.self) { try interpreter.run("a = ones(1000000)").get() }
        }
        #expect(interpreter.boundElements == 1_000_000)
    }

    @Test func aHugeValueInAWorkedExampleIsAnErrorNotAPage() throws {
        var interpreter = Interpreter()
        let body = ">>> ones(1000000)\n[1]"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 3, column: 1))
        let outcome = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "calc.output-too-large")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 3, column: 5))
        #expect(outcome.steps.first?.actual == nil)
    }

    /// The Jacobian of a long vector would have n² entries: refused before it is allocated.
    @Test func aHugeJacobianIsRefused() throws {
        let error = try #require(failure("softmax_prime(ones(100000))"))
        #expect(error.code == "calc.too-large")
    }
}
