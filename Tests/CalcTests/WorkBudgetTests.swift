@testable import Calc
import Testing

/// What each operation costs, checked against the formula written out, and how a budget is
/// shared by many evaluations.
@Suite struct WorkBudgetTests {
    /// Names bound before each case: a 20×30 and a 30×40 matrix, 40×30 weights, vectors of 30,
    /// 100 and 1000 elements.
    static let setup = "A = ones(20, 30); B = ones(30, 40); W = ones(40, 30); x = ones(30); s = ones(100); v = ones(1000)"

    @Test(arguments: [
        ("A @ B", 20 * 30 * 40),
        ("dot(A, B)", 20 * 30 * 40 + 20 * 40),
        ("dense(A, W)", 20 * 40 * 30 + 20 * 40),
        ("dense(x, W)", 40 * 30 + 40),
        ("sigmoid(v)", 20 * 1000 + 1000),
        ("gelu_prime(v)", 20 * 1000 + 1000),
        ("softmax(v)", 12 * 1000 + 1000),
        ("softmax_prime(s)", 12 * 100 * 100 + 100 * 100),
        ("mse(v, v)", 12 * 1000 + 1),
        ("cce(A, A)", 12 * 600 + 1),
        ("sum(v)", 1000 + 1),
        ("max(v)", 1000 + 1),
        ("allclose(v, v)", 2000 + 1),
        ("exp(v)", 1000 + 1000),
        ("v + v", 1000),
        ("v ** 2", 20 * 1000),
        ("v % 3", 4 * 1000),
        ("-v", 1000),
        ("v[10:20]", 10),
        ("len(v)", 1),
        ("transpose(A)", 600 + 600),
    ])
    func operationsCostWhatTheyCompute(expression: String, cost: Int) throws {
        var interpreter = Interpreter()
        _ = try interpreter.run(Self.setup).get()
        let before = interpreter.budget.lessonSpent
        _ = try interpreter.run(expression).get()
        let spent = interpreter.budget.lessonSpent - before
        // Each node evaluated is a unit too: at most a handful here.
        #expect(spent >= cost && spent <= cost + 8, "\(expression) spent \(spent)")
    }

    @Test func aBudgetIsSharedByEveryEvaluationOfALesson() throws {
        var interpreter = Interpreter(budget: WorkBudget(lessonLimit: 10_000, buildLimit: 1_000_000))
        _ = try interpreter.run("v = ones(1000)").get()
        var values = 0
        var failure: CalcError?
        while failure == nil, values < 100 {
            switch InlineValue.valueAndText("sum(v + 1) :.1f", charging: &interpreter) {
            case .success(let result):
                #expect(result.text == "2000.0")
                values += 1
            case .failure(let error): failure = error
            }
        }
        #expect(failure?.code == "calc.lesson-budget")
        // Binding v: 1000 elements and 2 steps. Each value: 1000 for v + 1, 1001 for the sum,
        // 4 steps and 100 per character of "2000.0".
        let perValue = 1000 + 1001 + 4 + 100 * 6
        #expect(values == (10_000 - 1002) / perValue)
        // The next value's v + 1 (1000 units) and its 4 steps fit; its sum (1001) is refused and
        // not counted.
        #expect(interpreter.budget.lessonSpent == 1002 + values * perValue + 1000 + 4)

        // The next lesson starts its own share; the build keeps counting.
        var budget = interpreter.budget
        budget.startLesson()
        #expect(budget.lessonSpent == 0)
        #expect(budget.exhausted == nil)
        #expect(budget.buildSpent == 1002 + values * perValue + 1000 + 4)
        interpreter.budget = budget
        #expect(InlineValue.valueAndText("sum(v + 1)", charging: &interpreter).errorCode == nil)
    }

    @Test func theBuildBudgetSpansLessons() throws {
        var budget = WorkBudget(lessonLimit: 5_000, buildLimit: 12_000)
        var failedAt: Int?
        for lesson in 0..<10 {
            budget.startLesson()
            var interpreter = Interpreter(budget: budget)
            if case .failure(let error) = interpreter.run("v = ones(4000)") {
                #expect(error.code == "calc.build-budget")
                failedAt = lesson
                break
            }
            budget = interpreter.budget
        }
        // 4002 units a lesson: two fit in 12,000, the third passes it.
        #expect(failedAt == 2)
    }

    @Test func plainEvaluateIsHeldToTheBudgetWithoutSpendingIt() {
        let interpreter = Interpreter(budget: WorkBudget(lessonLimit: 500, buildLimit: 10_000))
        #expect(interpreter.evaluate("sum(ones(100))").errorCode == nil)
        #expect(interpreter.evaluate("sum(ones(1000))").errorCode == "calc.lesson-budget")
        #expect(interpreter.budget.lessonSpent == 0)
    }

    @Test func spendingSaturates() {
        var budget = WorkBudget.unlimited
        budget.spend(.max)
        budget.spend(.max)
        #expect(budget.buildSpent == .max)
        #expect(budget.remaining == 0)
    }

    @Test func sameInputSameCount() throws {
        func spent() throws -> Int {
            var interpreter = Interpreter()
            _ = try interpreter.run(Self.setup + "; z = dense(A, W); softmax(z)").get()
            return interpreter.budget.lessonSpent
        }
        #expect(try spent() == spent())
    }
}

extension Result where Failure == CalcError {
    /// The error's code, or nil on success.
    var errorCode: String? {
        if case .failure(let error) = self { return error.code }
        return nil
    }
}
