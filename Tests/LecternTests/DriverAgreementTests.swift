import Foundation
import Testing

/// `build`, `check`, `export` and `eval --lesson` run one driver, so they agree on the same course.
@Suite struct DriverAgreementTests {
    static let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path
    /// A lesson whose only problem is a warning (a `#` heading), with a worked example and a quiz.
    static let files = [
        "content/course.yml": "title: Agree\nmodules:\n  - title: M\n    lessons: [a]\n",
        "content/lessons/a.md": """
            ---
            title: A
            ---

            # Too high

            ```example
            >>> w = 3
            >>> relu(w - 5)
            0
            ```

            ```quiz
            What is relu(w)?
            answer: 3
            check: relu(w)
            ```
            """,
    ]

    private func run(_ arguments: [String]) throws -> LecternProcess.Result {
        let folder = try LecternProcess.scratchFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try LecternProcess.run(arguments, in: folder)
    }

    @Test func strictFailsBuildCheckAndExportAlike() throws {
        for command in [["build", "--output", "out"], ["check"], ["export", "quizzes"]] {
            let relaxed = try run(command + ["--templates", Self.templates])
            #expect(relaxed.status == 0, "\(command): \(relaxed.stderr)")
            let strict = try run(command + ["--templates", Self.templates, "--strict"])
            #expect(strict.status == 1, "\(command)")
            #expect(strict.stderr.contains("content/lessons/a.md:5:1: error:"), "\(command): \(strict.stderr)")
            #expect(strict.stderr.contains("[lesson.heading-h1]"))
        }
    }

    @Test func evalLessonSeesTheBindingsTheBuildChecked() throws {
        let eval = try run(["eval", "--lesson", "content/lessons/a.md", "relu(w)"])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.stdout == "3\n")
        let export = try run(["export", "quizzes", "--templates", Self.templates])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let quiz = try #require((object["quizzes"] as? [[String: Any]])?.first)
        #expect(quiz["status"] as? String == "verified")
        #expect(quiz["key"] as? Double == 3)
    }
}
