import Foundation
import Testing

/// `lectern check` with quizzes and `lectern export quizzes`, through the real binary.
@Suite struct QuizCommandTests {
    static let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path
    static let courseYAML = "title: Tiny\nmodules:\n  - title: M\n    lessons: [a]\n"

    static func lesson(_ quizzes: String) -> [String: String] {
        ["content/course.yml": courseYAML, "content/lessons/a.md": "---\ntitle: A\n---\n\n" + quizzes]
    }

    static let checked = "```quiz\nWhat is sigmoid(0)?\nanswer: 0.5\ncheck: sigmoid(0)\n```\n"
    static let unverified = "\n```quiz\nPick one.\n- [x] a\n- [ ] b\n```\n"
    static let wrong = "```quiz\nWhat is sigmoid(0)?\nanswer: 0.25\ncheck: sigmoid(0)\n```\n"

    func run(_ files: [String: String], _ arguments: [String], templates: Bool = true) throws -> LecternProcess.Result {
        let folder = try LecternProcess.scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try LecternProcess.run(arguments + (templates ? ["--templates", Self.templates] : []), in: folder)
    }

    @Test func checkReportsQuizCountsBeforeTheSummary() throws {
        let result = try run(Self.lesson(Self.checked + Self.unverified), ["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("quizzes: 1 checked, 0 claims, 1 unverified, 0 failed\n1 lesson, no problems\n"))
    }

    /// A true boolean check on a choice quiz proves a claim, not which option is marked: marking
    /// the wrong option would pass the same check, so it is not counted as checked.
    @Test func aChoiceQuizWithABooleanCheckIsCountedAsAClaim() throws {
        let claim = "\n```quiz\nIs relu(-1) zero?\n- [x] yes\n- [ ] no\ncheck: relu(-1) == 0\n```\n"
        let result = try run(Self.lesson(Self.checked + claim), ["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("quizzes: 1 checked, 1 claim, 0 unverified, 0 failed\n1 lesson, no problems\n"))
        let swapped = claim.replacingOccurrences(of: "- [x] yes\n- [ ] no", with: "- [ ] yes\n- [x] no")
        let wrong = try run(Self.lesson(Self.checked + swapped), ["check"])
        #expect(wrong.stderr.hasSuffix("quizzes: 1 checked, 1 claim, 0 unverified, 0 failed\n1 lesson, no problems\n"))
    }

    @Test func strictMakesAnUnverifiedQuizFail() throws {
        let result = try run(Self.lesson(Self.checked + Self.unverified), ["check", "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/lessons/a.md:11:1: error: the quiz has no 'check:'"))
        #expect(result.stderr.contains("[quiz.unverified]"))
    }

    @Test func aWrongKeyFailsTheCheckAtTheAnswer() throws {
        let result = try run(Self.lesson(Self.wrong), ["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/lessons/a.md:7:9: error: answer 0.25 differs from check value 0.5 (tolerance 0.005) [quiz.wrong-key]"))
        #expect(result.stderr.contains("quizzes: 0 checked, 0 claims, 0 unverified, 1 failed"))
    }

    @Test func exportWritesJSONToStandardOutput() throws {
        // Without a templates folder the export writes quiz texts with the built-in templates.
        let result = try run(Self.lesson(Self.checked + Self.unverified), ["export", "quizzes", "--format", "json"], templates: false)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["course"] as? String == "Tiny")
        let quizzes = try #require(object["quizzes"] as? [[String: Any]])
        #expect(quizzes.map { $0["kind"] as? String } == ["numeric", "single"])
        #expect(quizzes[0]["key"] as? Double == 0.5)
        #expect(quizzes[0]["lesson"] as? String == "a")
        #expect(quizzes[1]["status"] as? String == "unverified")
    }

    @Test func exportRefusesACourseWithErrors() throws {
        let result = try run(Self.lesson(Self.wrong), ["export", "quizzes", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[quiz.wrong-key]"))
    }

    @Test func exportRejectsAnUnknownFormat() throws {
        let result = try run(Self.lesson(Self.checked), ["export", "quizzes", "--format", "csv"], templates: false)
        #expect(result.status == 2)
    }
}
