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

        /// The site the driver gave last, to tell which paths a run changed.
        var lastSite: Site?

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
        // `lectern serve` compares only the candidates with the served site, so every path
        // whose bytes changed (or that went away) must be one.
        if let previous = workspace.lastSite {
            let changed = Set(site.paths.filter { previous.files[$0] != site.files[$0] })
                .union(previous.paths.filter { site.files[$0] == nil })
            #expect(changed.isSubset(of: course.lastRender.candidates),
                    "changed but not candidates: \(changed.subtracting(course.lastRender.candidates).sorted())")
        }
        workspace.lastSite = site
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

    /// The search index's table and shards, written again only where an edit changes them.
    private func isSearchFile(_ path: String) -> Bool {
        path == SearchPage.indexPath || path.hasPrefix(SearchIndex.shardFolder + "/")
    }

    /// The search index files whose bytes differ between two sites, or that only one has.
    private func changedSearchFiles(_ before: Site?, _ after: Site?) -> [String] {
        let paths = Set(before?.paths ?? []).union(after?.paths ?? []).filter(isSearchFile)
        return paths.filter { before?.files[$0] != after?.files[$0] }.sorted()
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

        // Body text only: the lesson's page and the search index files the new words change
        // (the search page only counts documents, so it stays); navigation, index, tags and
        // glossary stay.
        var before = workspace.lastSite
        try workspace.edit("lessons/alpha.md") { $0 + "\nOne more sentence about the ramp.\n" }
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRead == ["\(workspace.content)/lessons/alpha.md"])
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == ["lessons/alpha.html"])
        #expect(course.lastRender.rendered.filter(isSearchFile) == changedSearchFiles(before, workspace.lastSite))
        #expect(course.lastRender.rendered.contains(SearchPage.indexPath), "new words, new keys in the table")
        #expect(course.lastRender.bodies == ["alpha"])
        #expect(!course.lastRender.newContext)

        // A new glossary link in the body: the glossary page's "used in" lists change too.
        before = workspace.lastSite
        try workspace.edit("lessons/beta.md") { $0 + "\nThe [[2-norm]] measures length.\n" }
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == ["glossary.html", "lessons/beta.html"])
        #expect(course.lastRender.rendered.filter(isSearchFile) == changedSearchFiles(before, workspace.lastSite))
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
        // every page is rendered again; beta's body does not show alpha and is kept. The
        // search index files are written again only where their bytes change.
        #expect(course.lastRender.newContext)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == renderedPages(outcome).filter { !isSearchFile($0) })
        #expect(course.lastRender.bodies == ["alpha"])
    }

    @Test func courseWideFilesAndTemplatesRenderEverything() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        try expectSameAsFullBuild(course, workspace)

        try workspace.edit("glossary.md") { $0.replacingOccurrences(of: "An S-shaped curve", with: "A smooth S-shaped curve") }
        var outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == renderedPages(outcome).filter { !isSearchFile($0) })
        #expect(course.lastRender.bodies == ["alpha", "beta"])

        try workspace.edit("course.yml") { $0.replacingOccurrences(of: "tagline: A course", with: "tagline: A small course") }
        outcome = try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == renderedPages(outcome).filter { !isSearchFile($0) })
        #expect(course.lastRender.bodies == ["alpha", "beta"])

        // A template edit: every page, and the changed asset is a candidate for the reload.
        var edited = templates
        edited.templates["lesson"] = try #require(edited.templates["lesson"]) + "<!-- edited -->\n"
        edited.assets["site.css"] = try #require(edited.assets["site.css"]) + Data("/* edited */\n".utf8)
        outcome = try expectSameAsFullBuild(course, workspace, templates: edited)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == renderedPages(outcome).filter { !isSearchFile($0) })
        #expect(course.lastRender.bodies == ["alpha", "beta"])
        #expect(course.lastRender.candidates.contains("assets/site.css"))
        // Back to the first set: the same pages again, so nothing may be left from `edited`.
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter { !isSearchFile($0) } == renderedPages(outcome).filter { !isSearchFile($0) })
    }

    /// The search index is kept between runs and only the files an edit changes are encoded
    /// again (`SearchIndexMemo`); after every kind of edit its files must still be the full
    /// build's, which `expectSameAsFullBuild` compares byte for byte.
    @Test func theSearchIndexFollowsEveryKindOfEdit() throws {
        let workspace = try Workspace()
        let course = IncrementalCourse(contentDirectory: workspace.content)
        try expectSameAsFullBuild(course, workspace)
        let documentCount = { (site: Site?) throws -> Int in
            let table = String(decoding: try #require(site?.files[SearchPage.indexPath]), as: UTF8.self)
            let count = try #require(table.firstMatch(of: /"count":(\d+)/)?.output.1)
            return try #require(Int(count))
        }
        let sections = try documentCount(workspace.lastSite)

        // Words of one section changed: the same documents, so only changed files are written.
        var before = workspace.lastSite
        try workspace.edit("lessons/alpha.md") {
            $0.replacingOccurrences(of: "both appear here", with: "both appear here, rectifier and squashing curve together")
        }
        try expectSameAsFullBuild(course, workspace)
        #expect(course.lastRender.rendered.filter(isSearchFile) == changedSearchFiles(before, workspace.lastSite))
        #expect(course.lastRender.rendered.contains("\(SearchIndex.shardFolder)/d0.js"))
        #expect(!course.lastRender.rendered.contains("search.html"))

        // A section added in the middle of the course's documents, then removed: the document
        // numbers after it shift, and the search page's count changes.
        before = workspace.lastSite
        try workspace.edit("lessons/alpha.md") { $0 + "\n## Added section\n\nA brand new paragraph on gradients.\n" }
        try expectSameAsFullBuild(course, workspace)
        #expect(try documentCount(workspace.lastSite) == sections + 1)
        #expect(course.lastRender.rendered.contains("search.html"))
        try workspace.edit("lessons/alpha.md") { $0.replacingOccurrences(of: "\n## Added section\n\nA brand new paragraph on gradients.\n", with: "") }
        try expectSameAsFullBuild(course, workspace)
        #expect(try documentCount(workspace.lastSite) == sections)
        #expect(changedSearchFiles(before, workspace.lastSite).isEmpty, "back to the same index")

        // A section's heading renamed: its title, anchor and place in the sorted order change.
        try workspace.edit("lessons/alpha.md") { $0.replacingOccurrences(of: "## Plotted", with: "## A plot of both") }
        try expectSameAsFullBuild(course, workspace)

        // A glossary definition and an FAQ answer (every lesson is checked again).
        before = workspace.lastSite
        try workspace.edit("glossary.md") { $0.replacingOccurrences(of: "An S-shaped curve", with: "A smooth squashing curve") }
        try expectSameAsFullBuild(course, workspace)
        #expect(!changedSearchFiles(before, workspace.lastSite).isEmpty)
        try workspace.edit("faq.md") { $0.replacingOccurrences(of: "Because the function is constant there", with: "The function is flat there") }
        try expectSameAsFullBuild(course, workspace)

        // A glossary entry removed: one document fewer.
        try workspace.edit("glossary.md") { $0.replacingOccurrences(of: "## 2-norm\nNot used by any lesson.", with: "") }
        try expectSameAsFullBuild(course, workspace)
        #expect(try documentCount(workspace.lastSite) == sections - 1)
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
