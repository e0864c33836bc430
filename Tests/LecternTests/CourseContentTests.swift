import Foundation
import Testing

/// The shipped course in `content/`, checked by the real binary the way CI checks it, so the
/// course cannot silently shrink or gain an unverified quiz (issue 12's measure of done).
@Suite struct CourseContentTests {
    /// What one `lectern check --strict --diagnostics-format json` run of the course reported.
    struct Report {
        var status: Int32
        var summary: [String: Int]
        var diagnostics: [[String: Any]]
        var stderrLines: [String]

        /// The integers of the first stderr line starting with `prefix`, in order
        /// (`quizzes: 30 checked, 2 claims, 0 unverified, 0 failed; …` gives `[30, 2, 0, 0, …]`).
        func numbers(onLineStartingWith prefix: String) throws -> [Int] {
            let line = try #require(stderrLines.first { $0.hasPrefix(prefix) }, "no '\(prefix)' line in \(stderrLines)")
            // `1,912 variants` is one number.
            return line.replacingOccurrences(of: ",", with: "").split { !$0.isNumber }.compactMap { Int($0) }
        }
    }

    static func check() throws -> Report {
        let root = LecternProcess.packageRoot
        let result = try LecternProcess.run([
            "check", "--strict", "--diagnostics-format", "json",
            "--content", root.appendingPathComponent("content").path,
            "--templates", root.appendingPathComponent("templates").path,
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "stdout is not a JSON object: \(result.stdout)")
        return Report(
            status: result.status,
            summary: try #require(object["summary"] as? [String: Int]),
            diagnostics: try #require(object["diagnostics"] as? [[String: Any]]),
            stderrLines: result.stderr.split(separator: "\n").map(String.init))
    }

    @Test func theCourseChecksCleanUnderStrictWithEveryCountItPromises() throws {
        let report = try Self.check()
        #expect(report.status == 0, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.summary["errors"] == 0 && report.summary["warnings"] == 0, "\(report.summary)")

        // The summary line: `9 lessons, no problems`.
        let summary = try #require(report.stderrLines.last)
        #expect(summary.split { !$0.isNumber }.compactMap { Int($0) }.first == 9, "\(summary)")
        #expect(summary == "9 lessons, no problems")

        // `quizzes: C checked, V variants, L claims, U unverified, F failed; examples: E run, X failed`
        let calc = try report.numbers(onLineStartingWith: "quizzes:")
        try #require(calc.count == 7, "\(calc)")
        #expect(calc[0] >= 20, "quizzes checked: \(calc[0])")
        #expect(calc[1] >= 100, "variants proven: \(calc[1])")
        #expect(calc[0] + calc[2] >= 27, "quizzes checked or claimed: \(calc[0]) + \(calc[2])")
        #expect(calc[3] == 0, "unverified quizzes: \(calc[3])")
        #expect(calc[4] == 0, "failed quizzes: \(calc[4])")
        #expect(calc[5] >= 20, "worked examples: \(calc[5])")
        #expect(calc[6] == 0, "failed examples: \(calc[6])")

        // `glossary: T terms, L linked; faq: Q entries, S on lessons`
        let extras = try report.numbers(onLineStartingWith: "glossary:")
        try #require(extras.count == 4, "\(extras)")
        #expect(extras[0] >= 20, "glossary terms: \(extras[0])")
        #expect(extras[1] == extras[0], "every term is linked from a lesson")
        #expect(extras[2] >= 10, "FAQ entries: \(extras[2])")
        #expect(extras[3] == extras[2], "every FAQ entry is listed by a lesson")
    }

    @Test func atLeastFiveLessonsHaveAParameterisedQuiz() throws {
        let lessons = LecternProcess.packageRoot.appendingPathComponent("content/lessons")
        let files = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }
        let parameterised = try files.filter { name in
            try String(contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").contains { $0.hasPrefix("params: ") }
        }
        #expect(parameterised.count >= 5, "\(parameterised)")
    }
}
