import Diagnostics
import Testing
@testable import CourseKit

@Suite struct UnusedTagsTests {
    private func warnings(_ yaml: String, _ lessons: [String: String]) throws -> [Diagnostic] {
        let course = try #require(CourseLoader.load(.inMemory(courseYAML: yaml, lessons: lessons)).0)
        return UnusedTags.warnings(in: course)
    }

    private static let modules = "modules:\n  - title: M\n    lessons: [a, b]\n"

    @Test func aCourseTagNoLessonCarriesIsAWarningAtTheTag() throws {
        let found = try warnings("title: C\ntags: [relu, Sigmoid, neural networks]\n" + Self.modules, [
            "a": "---\ntitle: A\ntags: [ReLU]\n---\nBody.\n",
            "b": "---\ntitle: B\ntags: [sigmoid]\n---\nBody.\n",
        ])
        #expect(found.map(\.code) == ["course.unused-tag"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.hasPrefix("tag 'neural networks' is carried by no lesson") == true)
        #expect(found.first?.range?.start == SourceLocation(file: "content/course.yml", line: 2, column: 23))
        #expect(found.first?.notes.isEmpty == true, "no lesson tag is close to 'neural networks'")
    }

    @Test func aNearMissSuggestsTheLessonTag() throws {
        let found = try warnings("title: C\ntags: [sigmoids]\n" + Self.modules, [
            "a": "---\ntitle: A\ntags: [sigmoid]\n---\nBody.\n",
            "b": "---\ntitle: B\n---\nBody.\n",
        ])
        #expect(found.map(\.code) == ["course.unused-tag"])
        #expect(found.first?.notes.map(\.message) == ["did you mean 'sigmoid'?"])
    }

    @Test func tagsCarriedUnderAnotherSpellingOfTheSameSlugAreFine() throws {
        let found = try warnings("title: C\ntags: [Loss Functions, relu]\n" + Self.modules, [
            "a": "---\ntitle: A\ntags: [loss functions]\n---\nBody.\n",
            "b": "---\ntitle: B\ntags: [ReLU]\n---\nBody.\n",
        ])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theBuildReportsTheFixturesUncarriedTag() throws {
        let outcome = try #require(ExtrasFixture.outcome)
        let unused = outcome.diagnostics.filter { $0.code == UnusedTags.code }
        #expect(unused.map(ExtrasFixture.position) == ["course.yml:3:8"])
        #expect(unused.first?.message.contains("'Neural Networks'") == true)
    }
}
