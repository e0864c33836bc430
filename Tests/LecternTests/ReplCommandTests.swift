import Foundation
import Testing

@Suite struct ReplCommandTests {
    @Test func pipedInputPrintsValuesWithoutPrompts() throws {
        let result = try LecternProcess.run(["repl"], input: "sigmoid(0)\nv = [1,\n  2]\nv * 2\n:vars\n")
        #expect(result.status == 0)
        #expect(result.stdout == "0.5\n[2, 4]\nv = [1, 2]\n")
    }

    @Test func errorsGoToStandardErrorAndTheSessionContinues() throws {
        let result = try LecternProcess.run(["repl"], input: "1 +\n2 * 3\n")
        #expect(result.status == 1)
        #expect(result.stdout == "6\n")
        #expect(result.stderr.contains("[calc.expected-expression]"))
    }

    @Test func quitStopsReading() throws {
        let result = try LecternProcess.run(["repl"], input: "1\n:quit\n2\n")
        #expect(result.stdout == "1\n")
    }

    @Test func backslashContinuesALine() throws {
        let result = try LecternProcess.run(["repl"], input: "1 + \\\n2\n")
        #expect(result.stdout == "3\n")
    }
}

@Suite struct ReplHelpTests {
    @Test func helpForOneFunction() throws {
        let result = try LecternProcess.run(["repl"], input: ":help sigmoid\n")
        #expect(result.stdout.hasPrefix("sigmoid(x)\n"))
    }
}

@Suite struct ReplLessonTests {
    @Test func startsFromTheLessonsBindings() throws {
        let lesson = "---\ntitle: T\n---\n\n```example\n>>> w = [1, 2]\n```\n"
        let folder = try LecternProcess.scratchFolder(["t.md": lesson])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["repl", "--lesson", "t.md"], in: folder, input: "w @ w\n:vars\n")
        #expect(result.status == 0)
        #expect(result.stdout == "5\nw = [1, 2]\n")
    }
}
