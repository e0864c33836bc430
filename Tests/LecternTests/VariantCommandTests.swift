import Foundation
import Testing

/// Parameterised quizzes through the real binary: the check's summary and diagnostics, and
/// `export --variants`.
@Suite struct VariantCommandTests {
    /// The quiz; with `answer: {= w * x}` it is wrong for every negative x.
    static func relu(answer: String) -> [String: String] {
        QuizCommandTests.lesson("""
            ```quiz
            What is $\\mathrm{ReLU}(w x)$ for $w = {= w}$ and $x = {= x}$?

            params: w = choice([0.5, 1, 2]); x = randint(-3, 3)
            constraint: x != 0
            answer: \(answer)
            check: relu(w * x)
            > ReLU keeps $w x = {= w * x}$ when it is positive and gives 0 otherwise.
            ```

            """)
    }

    func run(_ files: [String: String], _ arguments: [String]) throws -> (LecternProcess.Result, URL) {
        let folder = try LecternProcess.scratchFolder(files)
        return (try LecternProcess.run(arguments + ["--templates", QuizCommandTests.templates], in: folder), folder)
    }

    @Test func checkCountsTheVariantsItProved() throws {
        let (result, folder) = try run(Self.relu(answer: "{= relu(w * x)}"), ["check"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("quizzes: 1 checked, 18 variants, 0 claims, 0 unverified, 0 failed\n1 lesson, no problems\n"))
    }

    @Test func aWrongVariantIsReportedAtTheAnswerWithItsValues() throws {
        let (result, folder) = try run(Self.relu(answer: "{= w * x}"), ["check"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 1)
        // The answer's value starts at line 10, column 9 of the lesson (4 lines of front matter and a blank).
        #expect(result.stderr.contains(
            "content/lessons/a.md:10:9: error: answer -1.5 differs from check value 0 for w = 0.5, x = -3 [quiz.variant-wrong-key]"))
        // 9 of the 18 variants have x < 0; three are reported.
        #expect(result.stderr.components(separatedBy: "[quiz.variant-wrong-key]").count - 1 == 3)
        #expect(result.stderr.contains("6 more of the 18 variants fail; the first 3 are reported"))
    }

    @Test(arguments: [("moodle", "<question type=\"numerical\">"), ("gift", "::")])
    func exportWritesOneQuestionPerVariant(format: String, marker: String) throws {
        for (variants, expected) in [(nil, 1), (4, 4), (50, 18)] as [(Int?, Int)] {
            let (result, folder) = try run(Self.relu(answer: "{= relu(w * x)}"),
                                           ["export", "quizzes", "--format", format] + (variants.map { ["--variants", "\($0)"] } ?? []))
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(result.status == 0, "\(result.stderr)")
            let questions = result.stdout.components(separatedBy: marker).count - 1
            #expect(questions == (format == "gift" ? 2 * expected : expected), "\(format) --variants \(String(describing: variants))")
            if variants != nil { #expect(result.stdout.contains("-v01")) }
        }
    }

    @Test func exportRefusesZeroVariants() throws {
        let (result, folder) = try run(Self.relu(answer: "{= relu(w * x)}"), ["export", "quizzes", "--variants", "0"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 2)
        #expect(result.stderr.contains("--variants must be at least 1"))
    }
}
