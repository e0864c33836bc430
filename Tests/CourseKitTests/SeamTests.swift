import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// A stand-in for a later check: resolves every ```example fence and reports one diagnostic.
private struct ExampleStandIn: LessonCheck {
    var name: String { "examples" }
    func check(_ context: inout LessonCheckContext) {
        for case .fence(let fence) in context.items where fence.kind == .example {
            context.results.nodeHTML[fence.range] = HTML(trusted: "<div class=\"checked-example\">ok</div>\n")
            context.diagnostics.warning("example.stand-in", "seen", at: fence.range)
        }
    }
}

/// A stand-in for a course check adding a report line.
private struct CountStandIn: CourseCheck {
    var name: String { "count" }
    func check(_ course: inout CheckedCourse, diagnostics: inout DiagnosticBag) {
        course.reportLines.append("\(course.lessons.count) lessons counted")
    }
}

/// A stand-in for an extra page.
private struct ExtraPage: PageGenerator {
    var scripts: [String] { ["search-index.js"] }
    func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        ["tags/x.html": try context.page("tags/x.html", template: "index", view: IndexView(
            title: .text("Tag x"), tagline: nil, tags: [], modules: [], lessonCount: 0, start: nil), title: "Tag x")]
    }
}

/// A stand-in for a template-rendered construct and an add-on section.
private struct FragmentStandIn: LessonFragmentRenderer, LessonPageAddOn {
    func fragments(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> [SourceRange: HTML] {
        var result: [SourceRange: HTML] = [:]
        for case .fence(let fence) in LecternNodeWalk.items(in: lesson.document) where fence.kind == .quiz {
            result[fence.range] = HTML(trusted: "<form class=\"quiz\"></form>\n")
        }
        return result
    }

    func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML? {
        HTML(trusted: "<section class=\"related\"></section>")
    }
}

@Suite struct SeamTests {
    private let lesson = "---\ntitle: A\n---\n\n```example\n>>> 1 + 1\n2\n```\n\n```quiz\nWhat?\n```\n\n```plot\ny: x\n```\n"

    private func checked(_ pass: CheckPass) throws -> (CheckedCourse, [Diagnostic]) {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n", lessons: ["a": lesson])
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        return pass.run(parsed)
    }

    @Test func lessonAndCourseChecksPlugIntoTheCheckPass() throws {
        // The math check only: the standard Calc check would also report the stand-in's bare quiz.
        let pass = CheckPass(lessonChecks: [MathCheck(), ExampleStandIn()],
                             courseChecks: [CountStandIn()])
        let (course, diagnostics) = try checked(pass)
        #expect(diagnostics.map(\.code) == ["example.stand-in"])
        #expect(diagnostics.first?.range?.start.line == 5)
        #expect(course.reportLines == ["1 lessons counted"])
        #expect(course.lessons.first?.results.nodeHTML.count == 1)
    }

    @Test func renderersAndPagesPlugIntoTheRenderPass() throws {
        let (course, _) = try checked(CheckPass(lessonChecks: [ExampleStandIn()]))
        let renderer = SiteRenderer(generators: SiteRenderer.standardGenerators.dropLast() + [
            LessonPages(fragmentRenderers: [FragmentStandIn()], addOns: [FragmentStandIn()]),
            ExtraPage(),
        ])
        let site = try renderer.render(course, templates: try TemplateSet.load(from: Repository.templates))
        let page = String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
        #expect(page.contains("<div class=\"checked-example\">ok</div>"))
        #expect(page.contains("<form class=\"quiz\"></form>"))
        #expect(page.contains("<section class=\"related\"></section>"))
        // Constructs nobody handles yet show their escaped source.
        #expect(page.contains("<pre class=\"fence fence-plot\"><code>y: x\n</code></pre>"))
        #expect(page.contains("<script src=\"../search-index.js\" defer></script>"))
        let tag = String(decoding: try #require(site.files["tags/x.html"]), as: UTF8.self)
        #expect(tag.contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"))
        #expect(tag.contains("<title>Tag x · C</title>"))
    }
}
