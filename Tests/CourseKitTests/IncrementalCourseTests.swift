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
    @discardableResult
    private func expectSameAsFullBuild(_ course: IncrementalCourse, _ workspace: Workspace,
                                       templates given: TemplateSet? = nil) throws -> BuildOutcome {
        let templates = given ?? self.templates
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

    // MARK: - Rendering only what changed

    /// Every page of the fixture's site but the assets copied from the templates.
    private func renderedPages(_ outcome: BuildOutcome) -> [String] {
        (outcome.site?.paths ?? []).filter { !$0.hasPrefix("assets/") || isSearchFile($0) }
    }

    /// The search index's table and shards, which every content edit writes again.
    private func isSearchFile(_ path: String) -> Bool {
        path == SearchPage.indexPath || path.hasPrefix(SearchIndex.shardFolder + "/")
    }

    @Test func aPageIsRenderedAgainExactlyWhenItsInputsChanged() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        let first = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered == renderedPages(first))
        #expect(course.lastRender.bodies == ["alpha", "beta"])

        // Nothing changed: nothing read, nothing rendered.
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRead.isEmpty)
        #expect(course.lastRender.rendered.isEmpty)
        #expect(course.lastRender.candidates.isEmpty)

        // Body text only: the lesson's page and the search index (and its page, made by the
        // same generator); navigation, index, tags and glossary stay.
        try workspace.edit("lessons/alpha.md") { $0 + "\nOne more sentence about the ramp.\n" }
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRead == ["\(workspace.content)/lessons/alpha.md"])
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == ["lessons/alpha.html", "search.html"])
        #expect(course.lastRender.rendered.contains(SearchPage.indexPath))
        #expect(course.lastRender.bodies == ["alpha"])
        #expect(!course.lastRender.newContext)

        // A new glossary link in the body: the glossary page's "used in" lists change too.
        try workspace.edit("lessons/beta.md") { $0 + "\nThe [[2-norm]] measures length.\n" }
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == ["glossary.html", "lessons/beta.html", "search.html"])
        #expect(course.lastRender.rendered.contains(SearchPage.indexPath))
        #expect(course.lastRender.bodies == ["beta"])
    }

    @Test(arguments: [
        ("title", "title: Alpha lesson", "title: Alpha, renamed"),
        ("tags", "tags: [ReLU, sigmoid]", "tags: [ReLU, sigmoid, activation]"),
        ("summary", "summary: Links to terms and a plot.", "summary: Terms, links and a plot."),
    ])
    func aFrontMatterEditRendersEveryPageButOnlyItsBody(field: String, old: String, new: String) throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        try expectSameAsFullBuild(course, workspace)
        try workspace.edit("lessons/alpha.md") { text in
            #expect(text.contains(old), "the fixture's \(field) line moved")
            return text.replacingOccurrences(of: old, with: new)
        }
        let outcome = try expectSameAsFullBuild(course, workspace)
        // Navigation, previous/next links, the index and the tag pages show front matter, so
        // every page is rendered again; beta's body does not show alpha and is kept.
        #expect(course.lastRender.newContext)
        #expect(course.lastRender.rendered == renderedPages(outcome))
        #expect(course.lastRender.bodies == ["alpha"])
    }

    @Test func courseWideFilesAndTemplatesRenderEverything() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        try expectSameAsFullBuild(course, workspace)

        try workspace.edit("glossary.md") { $0.replacingOccurrences(of: "An S-shaped curve", with: "A smooth S-shaped curve") }
        var outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered == renderedPages(outcome))
        #expect(course.lastRender.bodies == ["alpha", "beta"])

        try workspace.edit("course.yml") { $0.replacingOccurrences(of: "tagline: A course", with: "tagline: A small course") }
        outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered == renderedPages(outcome))
        #expect(course.lastRender.bodies == ["alpha", "beta"])

        // A template edit: every page, and the changed asset is a candidate for the reload.
        var edited = templates
        edited.templates["lesson"] = try #require(edited.templates["lesson"]) + "<!-- edited -->\n"
        edited.assets["site.css"] = try #require(edited.assets["site.css"]) + Data("/* edited */\n".utf8)
        outcome = try expectSameAsFullBuild(course, workspace, templates: edited)
        #expect(course.lastRender.rendered == renderedPages(outcome))
        #expect(course.lastRender.bodies == ["alpha", "beta"])
        #expect(course.lastRender.candidates.contains("assets/site.css"))
        // Back to the first set: the same pages again, so nothing may be left from `edited`.
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered == renderedPages(outcome))
    }

    @Test func removingAndAddingALessonMatchesAFullBuild() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        try expectSameAsFullBuild(course, workspace)

        try FileManager.default.removeItem(atPath: "\(workspace.content)/lessons/beta.md")
        try workspace.edit("course.yml") { $0.replacingOccurrences(of: "lessons: [alpha, beta]", with: "lessons: [alpha]") }
        var outcome = try expectSameAsFullBuild(course, workspace)
        #expect(outcome.site?.files["lessons/beta.html"] == nil)
        #expect(course.lastRender.candidates.contains("lessons/beta.html"))

        try "---\ntitle: Gamma lesson\n---\n\nA short lesson about the [[ReLU]].\n"
            .write(toFile: "\(workspace.content)/lessons/gamma.md", atomically: true, encoding: .utf8)
        try workspace.edit("course.yml") { $0.replacingOccurrences(of: "lessons: [alpha]", with: "lessons: [gamma, alpha]") }
        outcome = try expectSameAsFullBuild(course, workspace)
        #expect(outcome.site?.files["lessons/gamma.html"] != nil)
        #expect(course.lastRechecked == ["gamma", "alpha"])

        // A lesson added to the folder but not to course.yml: a diagnostic, no page, as in a full build.
        try "---\ntitle: Delta\n---\n\nUnlisted.\n".write(toFile: "\(workspace.content)/lessons/delta.md", atomically: true, encoding: .utf8)
        outcome = try expectSameAsFullBuild(course, workspace)
        #expect(outcome.diagnostics.contains { $0.code == "course.unlisted-lesson" })
        #expect(course.lastRead == ["\(workspace.content)/lessons/delta.md"])
    }
}
