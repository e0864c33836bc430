import Diagnostics
import Foundation
import LecternMarkdown
import Testing
@testable import CourseKit
@testable import CourseSite

/// A stand-in for an extra page.
private struct ExtraPage: PageGenerator {
    var scripts: [String] { ["search-index.js"] }
    func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        ["tags/x.html": try context.page("tags/x.html", template: "index", view: IndexView(
            title: .text("Tag x"), tagline: nil, tags: [], modules: [], lessonCount: 0, start: nil), title: "Tag x")]
    }
}

/// A stand-in for an add-on section.
private struct SectionStandIn: LessonPageAddOn {
    func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        HTML(trusted: "<section class=\"related\"></section>")
    }
}

@Suite struct SeamTests {
    private let lesson = "---\ntitle: A\n---\n\n```example\n>>> 1 + 1\n2\n```\n\n> [!NOTE]\n> Careful.\n\n```plot\ny: x\nx: -1 .. 1\n```\n"

    private func checked() throws -> (CheckedCourse, [Diagnostic]) {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n", lessons: ["a": lesson])
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        return CheckPass().run(parsed)
    }

    @Test func theCheckedTreeCarriesEachNodesResult() throws {
        let (course, diagnostics) = try checked()
        #expect(diagnostics.isEmpty)
        let blocks = try #require(course.lessons.first).document.blocks
        guard case .fence(.example(let example)) = blocks.first else { Issue.record("no example"); return }
        #expect(example.outcome.passed && example.outcome.steps.map(\.actual) == ["2"])
        guard case .fence(.plot(let plot)) = blocks.last else { Issue.record("no plot"); return }
        // The checked plot carries samples, not markup: y = x sampled over −1 … 1.
        let line = try #require(plot.sampled?.lines.first)
        #expect(line.points.count >= 2 && line.points.allSatisfy { $0.y == $0.x && abs($0.x) <= 1 })
        #expect(line.points.first?.x == -1 && line.points.last?.x == 1)
    }

    @Test func pagesAndSectionsPlugIntoTheRenderPass() throws {
        let (course, _) = try checked()
        let renderer = SiteRenderer(generators: SiteRenderer.standardGenerators.dropLast() + [
            LessonPages(addOns: [SectionStandIn()]),
            ExtraPage(),
        ])
        let site = try renderer.render(course, templates: try TemplateSet.load(from: Repository.templates))
        let page = String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
        #expect(page.contains("<section class=\"related\"></section>"))
        #expect(page.contains("<script src=\"../search-index.js\" defer></script>"))
        let tag = String(decoding: try #require(site.files["tags/x.html"]), as: UTF8.self)
        #expect(tag.contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"))
        #expect(tag.contains("<title>Tag x · C</title>"))
    }

    /// Markup and words of Lectern's nodes live in partials: a theme that changes them changes the page.
    @Test func aThemeOwnsTheMarkupOfEachNode() throws {
        let (course, _) = try checked()
        var templates = try TemplateSet.load(from: Repository.templates)
        templates.templates["partials/alert"] = "<aside data-kind=\"{{{kind}}}\">{{^title}}{{#note}}Remarque{{/note}}{{/title}}{{{content}}}</aside>\n"
        templates.templates["partials/plot"] = "<div class=\"chart\">{{{svg}}}</div>\n"
        templates.templates["partials/example"] = "<div class=\"worked\">{{#lines}}{{{text}}};{{/lines}}</div>\n"
        let site = try SiteRenderer().render(course, templates: templates)
        let page = String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
        #expect(page.contains("<aside data-kind=\"note\">Remarque<p>Careful.</p>\n</aside>"))
        #expect(page.contains("<div class=\"chart\"><svg"))
        #expect(page.contains("<div class=\"worked\">1 + 1;2;</div>"))
    }

    @Test func aMissingNodePartialIsAnErrorBeforeAnyPage() throws {
        let (course, _) = try checked()
        var templates = try TemplateSet.load(from: Repository.templates)
        templates.templates["partials/plot"] = nil
        #expect(throws: LecternError.self) { try SiteRenderer().render(course, templates: templates) }
    }
}
