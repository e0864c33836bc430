import Foundation
import Testing

@Suite struct EvalCommandTests {
    @Test(arguments: [
        ("softmax([1, 2, 3])", "[0.09003057317038046, 0.24472847105479764, 0.6652409557748218]\n"),
        ("sigmoid(0)", "0.5\n"),
        ("-2**2", "-4\n"),
        ("[[1, 2], [3, 4]] @ [1, 1]", "[3, 7]\n"),
        ("sigmoid(1) :.4f", "0.7311\n"),
        ("x = 2; x * 3", "6\n"),
        ("x = 2", ""),
    ])
    func printsTheValue(expression: String, expected: String) throws {
        let result = try LecternProcess.run(["eval", expression])
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty)
    }

    @Test func errorsExitOneWithADiagnosticAtTheColumn() throws {
        let result = try LecternProcess.run(["eval", "relu(x) + sigmod(1)"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("<expression>:1:6: error: unknown name 'x' [calc.unknown-name]\n"))
        #expect(result.stderr.contains("relu(x) + sigmod(1)"))
        #expect(result.stderr.contains("     ^"))
    }

    @Test func shapeErrorsNameTheShapes() throws {
        let result = try LecternProcess.run(["eval", "[[1, 2, 3], [4, 5, 6]] @ [1, 2]"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("<expression>:1:24: error: cannot multiply shapes [2, 3] and [2] [calc.shape-mismatch]"))
    }

    @Test func lessonBindingsComeFromItsExamples() throws {
        let lesson = """
            ---
            title: Dense
            ---
            Some prose.

            ```example
            >>> z = dense([1.0, 2.0], [[0.5, -1], [1, 1]], [0, 0.5])
            >>> relu(z)
            [0, 3.5]
            ```
            """
        let folder = try LecternProcess.scratchFolder(["lessons/dense.md": lesson])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["eval", "--lesson", "lessons/dense.md", "z * 2"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "[-3, 7]\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func failingLessonExamplesAreReportedAtTheirLine() throws {
        let lesson = "# T\n\n```example\n>>> sigmoid(1)\n0.7310\n```\n"
        let folder = try LecternProcess.scratchFolder(["x.md": lesson])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["eval", "--lesson", "x.md", "1"], in: folder)
        #expect(result.stdout == "1\n")
        #expect(result.stderr.hasPrefix("x.md:5:1: error: expected 0.7310, got 0.7310585786300049 [example.mismatch]"))
    }

    @Test func missingLessonIsAnIOError() throws {
        let result = try LecternProcess.run(["eval", "--lesson", "nowhere.md", "1"])
        #expect(result.status == 2)
    }
}
