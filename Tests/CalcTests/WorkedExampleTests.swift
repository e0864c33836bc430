import Diagnostics
@testable import Calc
import Testing

@Suite struct WorkedExampleTests {
    static let designExample = """
        >>> z = dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])
        >>> z
        [-1.5, 3.5]
        >>> relu(z)
        [0, 3.5]
        >>> sigmoid(1)
        0.7311
        """

    private func run(_ body: String, line: Int = 10, column: Int = 1, interpreter: inout Interpreter) -> ExampleOutcome {
        // Every body line starts at `column`, as in a fence indented by that much.
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: line, column: column),
                             continuationColumn: column)
        return WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
    }

    private func run(_ body: String, line: Int = 10) -> ExampleOutcome {
        var interpreter = Interpreter()
        return run(body, line: line, interpreter: &interpreter)
    }

    @Test func parsesStatementsAndOutputs() {
        let example = WorkedExample(body: Self.designExample)
        #expect(example.steps.map(\.statement) == [
            "z = dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])", "z", "relu(z)", "sigmoid(1)",
        ])
        #expect(example.steps.map(\.expectedText) == [nil, "[-1.5, 3.5]", "[0, 3.5]", "0.7311"])
        #expect(example.steps[1].source[0].index == 1)
        #expect(example.steps[1].source[0].column == 4)
    }

    @Test func theDesignExamplePasses() {
        let outcome = run(Self.designExample)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.steps.map(\.passed) == [true, true, true, true])
        #expect(outcome.steps[3].actual == "0.7310585786300049")
    }

    @Test func wrongDigitIsAMismatchAtTheExpectedLine() throws {
        let outcome = run(">>> sigmoid(1)\n0.7310\n", line: 20)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "example.mismatch")
        #expect(diagnostic.message == "expected 0.7310, got 0.7310585786300049")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 21, column: 1))
        #expect(diagnostic.range?.end == SourceLocation(file: "l.md", line: 21, column: 7))
    }

    @Test func wrongShapeIsAMismatch() throws {
        let outcome = run(">>> relu([1, -2])\n[1, 0, 0]")
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "example.mismatch")
        #expect(diagnostic.message == "expected [1, 0, 0], got [1, 0]")
        #expect(diagnostic.range?.start.line == 11)
    }

    @Test func unknownNameIsReportedAtItsColumnInTheLesson() throws {
        let outcome = run(">>> x = 1\n>>> y = sigmod(x)\n0.5", line: 30)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "calc.unknown-name")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 31, column: 9))
        #expect(outcome.diagnostics.count == 1)
    }

    @Test func errorsOnContinuationLinesMapToTheirLine() throws {
        let outcome = run(">>> m = [[1, 2],\n...      [3]]", line: 5)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.code == "calc.ragged-matrix")
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 6, column: 10))
    }

    @Test func indentedBodiesKeepTheirColumns() throws {
        var interpreter = Interpreter()
        let outcome = run("  >>> 1 +\n", line: 3, column: 5, interpreter: &interpreter)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 3, column: 5 + 2 + 4 + 3))
    }

    @Test func toleranceComments() {
        #expect(run(">>> sigmoid(1)  # tol=1e-3\n0.731").diagnostics.isEmpty)
        #expect(run(">>> sigmoid(1)\n0.73  # tol=0.01").diagnostics.isEmpty)
        #expect(run(">>> sigmoid(1)  # tol=1e-9\n0.73105857").diagnostics.map(\.code) == ["example.mismatch"])
        #expect(run(">>> 1  # tol=abc\n1").diagnostics.map(\.code) == ["example.bad-tolerance"])
    }

    @Test func booleansCompareExactly() {
        #expect(run(">>> 1 < 2\nTrue").diagnostics.isEmpty)
        #expect(run(">>> 1 < 2\ntrue").diagnostics.isEmpty)
        #expect(run(">>> 1 < 2\nFalse").diagnostics.map(\.code) == ["example.mismatch"])
        #expect(run(">>> [1, 2] > 1\n[False, True]").diagnostics.isEmpty)
        #expect(run(">>> 1 < 2\n1").diagnostics.map(\.code) == ["example.mismatch"])
    }

    @Test func numpyStyleOutputIsAccepted() {
        #expect(run(">>> relu([-1, 3.5])\narray([0. , 3.5])").diagnostics.isEmpty)
        #expect(run(">>> relu([-1, 3.5])\n[0. 3.5]").diagnostics.isEmpty)
        #expect(run(">>> [[1, 2], [3, 4]]\n[[1, 2],\n [3, 4]]").diagnostics.isEmpty)
    }

    @Test func bindingsCarryAcrossExamples() {
        var interpreter = Interpreter()
        #expect(run(">>> w = [1, 2]", interpreter: &interpreter).diagnostics.isEmpty)
        #expect(run(">>> w @ w\n5", interpreter: &interpreter).diagnostics.isEmpty)
    }

    @Test func assignmentWithExpectedOutputIsAMismatch() {
        let outcome = run(">>> x = 2\n2")
        #expect(outcome.diagnostics.map(\.code) == ["example.mismatch"])
        #expect(outcome.diagnostics.first?.message == "expected 2, got no value")
    }

    @Test func strayOutputIsReported() {
        let outcome = run("0.5\n>>> 1\n1", line: 7)
        #expect(outcome.diagnostics.map(\.code) == ["example.stray-output"])
        #expect(outcome.diagnostics.first?.range?.start.line == 7)
    }

    @Test func blankLineEndsExpectedOutput() {
        let example = WorkedExample(body: ">>> 1\n1\n\n>>> 2\n2")
        #expect(example.steps.count == 2)
        #expect(example.steps[1].expected.first?.index == 4)
    }

    @Test func aNameWhoseAssignmentFailedIsNotReportedAgainAtEachUse() {
        // `sigmoud` is the one mistake; `z` and `w` are unknown only because of it.
        let outcome = run("""
            >>> z = sigmoud(1); w = 2
            >>> z + 1
            1.7311
            >>> w
            2
            >>> q
            """)
        #expect(outcome.diagnostics.map(\.code) == ["calc.unknown-name", "calc.unknown-name"])
        #expect(outcome.diagnostics.map { $0.range?.start.line } == [10, 15])
        #expect(outcome.diagnostics[0].message.contains("sigmoud"))
        #expect(outcome.steps.map(\.passed) == [false, false, false, false])
    }

    @Test func aStatementThatDoesNotParseLeavesItsNameUnsettledUntilItIsBound() {
        var interpreter = Interpreter()
        let first = run(">>> v = [1, 2\n>>> relu(v)\n[1, 2]", interpreter: &interpreter)
        #expect(first.diagnostics.count == 1)
        #expect(first.diagnostics.first?.code != "calc.unknown-name")
        // Bound again in a later example of the lesson, then failing by itself: reported.
        let later = run(">>> v = [1, 2]\n>>> v + u\n[1, 2]", interpreter: &interpreter)
        #expect(later.diagnostics.map(\.code) == ["calc.unknown-name"])
        #expect(interpreter.unsettledNames.isEmpty)
        #expect(FailedAssignments.names(in: "a = 1; b == 2\n  c_2 = f(; 3d = 1") == ["a", "c_2"])
    }
}

@Suite struct WorkedExampleMapTests {
    @Test func bodyMapPlacesEveryLine() throws {
        // A fence inside a list item: every body line starts at column 4 of the author's file.
        let body = ">>> x = 1\n>>> sigmod(x)\n"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 8, column: 4), continuationColumn: 4)
        var interpreter = Interpreter()
        let outcome = WorkedExample(body: body).run(in: &interpreter, bodyMap: map)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.range?.start == SourceLocation(file: "l.md", line: 9, column: 8))
    }
}
