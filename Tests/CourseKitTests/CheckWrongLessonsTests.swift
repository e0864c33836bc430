import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// Every lesson under Fixtures/wrong is a deliberate mistake; its `<!-- expect: code line:col -->`
/// comment names the errors it must produce, and no others.
@Suite("Wrong lessons")
struct CheckWrongLessonsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wrong")

    static var lessons: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func thereIsAFixtureForEveryKindOfMistake() {
        #expect(Self.lessons.count >= 12)
    }

    @Test(arguments: lessons)
    func rejectedAtTheRightPlace(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let comment = try #require(text.split(separator: "\n").first { $0.hasPrefix("<!-- expect:") })
        let expected = comment.dropFirst("<!-- expect:".count).dropLast("-->".count)
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
        let (_, counts, diagnostics) = runLesson(text, file: name)
        let actual = diagnostics.filter { $0.severity == .error }
            .map { "\($0.code) \($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }.sorted()
        #expect(actual == expected, "\(diagnostics.map { "\($0.code) \($0.range?.description ?? "") \($0.message)" })")
        #expect(counts.verified == 0 || name.contains("duplicate"))
    }
}
