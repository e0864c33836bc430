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

    /// A lesson budget of 1.4·10⁷ units and 10⁶ multiply-adds a statement (the standard
    /// budget is seven times larger): 13 statements fit, the 14th does not.
    @Test func repeatedLayersRunOutOfTheLessonBudget() throws {
        var interpreter = Interpreter(budget: WorkBudget(lessonLimit: 14_000_000, buildLimit: 100_000_000))
        _ = interpreter.run("a = ones(100, 100)")
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
        // Binding a: 10⁴ elements; each call: 100·100·100 multiply-adds and a 100×100 result.
        let perCall = 100 * 100 * 100 + 100 * 100
        #expect(succeeded == (14_000_000 - 100 * 100) / perCall)
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

    /// 400 vectors of 10⁶ in one list literal: refused at the second, before the rest exist.
    @Test func aListOfLargeVectorsStopsAtTheElementLimit() throws {
        var interpreter = Interpreter()
        let source = "[" + Array(repeating: "ones(1000000)", count: 400).joined(separator: ", ") + "]"
        guard case .failure(let error) = interpreter.run(source) else {
            Issue.record("the list was built")
            return
        }
        #expect(error.code == "calc.too-large")
        #expect(interpreter.budget.lessonSpent < 2_000_100)
    }

    /// `(a + 1) * ((a + 1) * (…))` 30 levels deep keeps every left operand alive: the fifth
    /// vector of 10⁶ held passes the 4,000,000 elements a statement may hold.
    @Test func deeplyNestedTemporariesHitTheMemoryLimit() throws {
        var interpreter = Interpreter()
        _ = interpreter.run("a = ones(1000000)")
        let before = interpreter.budget.lessonSpent
        let source = String(repeating: "(a + 1) * (", count: 30) + "a" + String(repeating: ")", count: 30)
        guard case .failure(let error) = interpreter.run(source) else {
            Issue.record("the product ran")
            return
        }
        #expect(error.code == "calc.memory-limit")
        // Four sums of 10⁶ were made and held; the fifth operand was refused.
        #expect(interpreter.budget.lessonSpent - before < 4_000_100)
    }

    /// 200 inline values that only look a name up and print 96,000 characters each: the
    /// formatting is charged, so the lesson budget stops them.
    @Test func formattingIsChargedToTheLessonBudget() throws {
        var interpreter = Interpreter(budget: WorkBudget(lessonLimit: 50_000_000, buildLimit: 100_000_000))
        _ = interpreter.run("v = linspace(0, 1, 12000)")
        var formatted = 0
        var failure: CalcError?
        for _ in 0..<200 {
            switch InlineValue.valueAndText("v :.4f", charging: &interpreter) {
            case .success(let result):
                #expect(result.text.utf8.count == 12000 * 6 + 11999 * 2 + 2)
                formatted += 1
            case .failure(let error): failure = error
            }
            if failure != nil { break }
        }
        #expect(failure?.code == "calc.lesson-budget")
        // Binding v: 12,000 elements and 4 steps; each value 96,000 characters at 100 units and
        // 1 step. After five values 48,012,009 units are spent; the sixth asks for its first
        // 1,200,000 (a character an element), which fit, and then records the rest, passing
        // 5·10⁷; the seventh is refused.
        let perValue = 96_000 * 100 + 1
        #expect(12_004 + 5 * perValue + 1 + 12_000 * 100 <= 50_000_000)
        #expect(12_004 + 6 * perValue > 50_000_000)
        #expect(formatted == 6)
    }

    /// 200 statements `>>> v` printing 90,000 characters each: printing is charged (100 units
    /// a character), so the standard lesson budget of 10⁸ stops them after 11.
    @Test func printingInWorkedExamplesIsCharged() throws {
        let body = ">>> v = ones(30000)\n" + Array(repeating: ">>> v", count: 200).joined(separator: "\n")
        var interpreter = Interpreter()
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 1, column: 1))
        let outcome = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        // Binding v: 30,000 elements and 2 steps. Printing "[1, 1, …, 1]" is 30,000 + 2 · 29,999 + 2
        // = 90,000 characters: 3·10⁶ units asked for first, the rest recorded after, plus 1 step.
        let perPrint = 90_000 * 100 + 1
        let printed = (100_000_000 - 30_002 - 1 - 3_000_000) / perPrint + 1
        #expect(printed == 11)
        #expect(outcome.steps.count { $0.actual != nil } == printed)
        let first = try #require(outcome.diagnostics.first)
        #expect(first.code == "calc.lesson-budget")
        // Line 1 binds v, lines 2 to 12 print it, line 13 is refused.
        #expect(first.range?.start.line == printed + 2)
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
