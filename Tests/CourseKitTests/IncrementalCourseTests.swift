import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// The incremental driver must give exactly what a full build of the same files gives: the
/// same diagnostics (course-wide rules included) and the same site, byte for byte, while
/// checking again only the lessons whose text changed.
@Suite struct IncrementalCourseTests {
    /// A private copy of the extras fixture (glossary, FAQ, tags, plots) to edit.
    private final class Workspace {
        let root: URL
        var content: String { root.appendingPathComponent("content").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repository.fixture("extras-course"), toPath: content)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let path = "\(content)/\(file)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try change(text).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    private let templates: TemplateSet

    init() throws {
        templates = try TemplateSet.load(from: Repository.templates)
    }

    /// Runs the kept driver and a fresh full pipeline on the same files and compares them.
    private func expectSameAsFullBuild(_ course: IncrementalCourse, _ workspace: Workspace) throws -> BuildOutcome {
        let incremental = try course.run(templates: templates)
        var pipeline = CoursePipeline(contentDirectory: workspace.content, templatesDirectory: Repository.templates)
        pipeline.templateSet = templates
        let full = try pipeline.run()
        #expect(incremental.diagnostics == full.diagnostics)
        let site = try #require(incremental.site)
        let fullSite = try #require(full.site)
        #expect(site.paths == fullSite.paths)
        for path in fullSite.paths where site.files[path] != fullSite.files[path] {
            Issue.record("\(path) differs from the full build's")
        }
        #expect(incremental.lessonCount == full.lessonCount)
        return incremental
    }

    @Test func editingOneLessonChecksOnlyItAndMatchesAFullBuild() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        let first = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRechecked == ["alpha", "beta"])

        // A new heading, a new glossary link (the unused 2-norm term becomes used) and a new title.
        try workspace.edit("lessons/alpha.md") { text in
            text.replacingOccurrences(of: "title: Alpha lesson", with: "title: Alpha, edited")
                + "\n## Added later\n\nThe [[2-norm]] measures length.\n"
        }
        let second = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRechecked == ["alpha"])
        #expect(first.diagnostics.contains { $0.code == "glossary.unused-term" })
        #expect(!second.diagnostics.contains { $0.code == "glossary.unused-term" })
        // The index lists the new title, so the comparison above covered a changed page.
        #expect(first.site?.files["index.html"] != second.site?.files["index.html"])
        // Beta was not checked again, yet its page names alpha's new title (its "previous" link).
        let beta = try #require(second.site?.files["lessons/beta.html"])
        #expect(String(decoding: beta, as: UTF8.self).contains("Alpha, edited"))
    }

    @Test func aQuizIdRepeatedAcrossLessonsIsStillReported() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        let quiz = { (answer: String) in "\n```quiz\nWhat is `relu(-1)`?\n\n- [x] \(answer)\n- [ ] 1\n\nid: shared\n```\n" }
        try workspace.edit("lessons/beta.md") { $0 + quiz("0") }
        _ = try expectSameAsFullBuild(course, workspace)
        try workspace.edit("lessons/alpha.md") { $0 + quiz("0.0") }
        let outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRechecked == ["alpha"])
        #expect(outcome.diagnostics.contains { $0.code == "quiz.duplicate-id" })
    }

    @Test func aGlossaryEditChecksEveryLessonAgain() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        _ = try expectSameAsFullBuild(course, workspace)
        // The typo [[Sigmod]] in beta now resolves: only re-checking beta can know that.
        try workspace.edit("glossary.md") { $0.replacingOccurrences(of: "aliases: logistic function", with: "aliases: logistic function, Sigmod") }
        let outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRechecked == ["alpha", "beta"])
        #expect(!outcome.diagnostics.contains { $0.message.contains("Sigmod") })
    }

    @Test func anUnchangedRerunChecksNothing() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        let first = try expectSameAsFullBuild(course, workspace)
        let again = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRechecked.isEmpty)
        #expect(first.site?.files == again.site?.files)
    }
}
