import Foundation
import Testing

/// `lectern check` on a lesson whose paragraph runs straight into a GFM table: the errors in
/// the paragraph and in the header row carry their own lines and columns in the JSON report.
@Suite struct TableParagraphCheckTests {
    static let lesson = """
        ---
        title: A
        ---

        Intro line one with a bad formula $\\frac{1}{$ here.
        Second line links [[Nonexistent term]] too.
        | a | $\\frac{1}{$ |
        |---|---|
        | 1 | 2 |

        """

    @Test func diagnosticsPointAtTheAuthorsLinesAndColumns() throws {
        let folder = try LecternProcess.scratchFolder([
            "content/course.yml": QuizCommandTests.courseYAML,
            "content/lessons/a.md": Self.lesson,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(
            ["check", "--diagnostics-format", "json", "--templates", QuizCommandTests.templates], in: folder
        )
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "stdout is not a JSON object: \(result.stdout)")
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let places = diagnostics.map { diagnostic in
            "\(diagnostic["code"] as? String ?? "?") \(diagnostic["line"] as? Int ?? -1):\(diagnostic["column"] as? Int ?? -1)"
                + "-\(diagnostic["endLine"] as? Int ?? -1):\(diagnostic["endColumn"] as? Int ?? -1)"
        }
        // Counted by hand: the `{` left open in each `\frac{1}{`, and the whole `[[…]]`.
        #expect(places == [
            "math.unbalanced-brace 5:44-5:45",
            "glossary.unknown-term 6:19-6:39",
            "math.unbalanced-brace 7:16-7:17",
        ])
    }
}
