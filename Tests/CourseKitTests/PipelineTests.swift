import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// Paths of the repository, found from this file so tests do not depend on the working folder.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let templates = "\(root)/templates"
    static func fixture(_ name: String) -> String { "\(root)/Tests/CourseKitTests/Fixtures/\(name)" }
}

@Suite struct PipelineTests {
    private func build(_ fixture: String = "basic-course") throws -> BuildOutcome {
        try CoursePipeline(contentDirectory: Repository.fixture(fixture), templatesDirectory: Repository.templates).run()
    }

    private func page(_ outcome: BuildOutcome, _ path: String) throws -> String {
        let data = try #require(outcome.site?.files[path], "no \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func buildsEveryPageOfTheFixtureCourse() throws {
        let outcome = try build()
        #expect(outcome.lessonCount == 2)
        #expect(outcome.site?.paths == [
            "404.html", "assets/extras.css", "assets/extras.js", "assets/fonts/GUST-FONT-LICENSE.txt",
            "assets/fonts/README.txt", "assets/fonts/latinmodern-math.woff2", "assets/quiz.css", "assets/quiz.js",
            "assets/reader.js", "assets/search-index.js", "assets/search.js", "assets/search/d0.js", "assets/search/t0.js",
            "assets/site.css", "index.html", "lessons/first.html",
            "lessons/second.html", "library.html", "search.html", "tags/math.html", "tags/testing.html",
        ])
    }

    @Test func theOnlyDiagnosticIsTheDemotedHeading() throws {
        let outcome = try build()
        let fixture = Repository.fixture("basic-course")
        #expect(outcome.diagnostics.map(\.code) == ["lesson.heading-h1"])
        #expect(outcome.diagnostics.first?.severity == .warning)
        #expect(outcome.diagnostics.first?.range?.start == SourceLocation(file: "\(fixture)/lessons/second.md", line: 6, column: 1))
    }

    @Test(arguments: ["index.html", "lessons/first.html", "lessons/second.html"])
    func everyPageIsASemanticDocumentWithOneH1(_ path: String) throws {
        let html = try page(try build(), path)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" data-course=\""))
        #expect(count("<h1", in: html) == 1)
        for landmark in ["<header", "<nav", "<main", "<footer"] {
            #expect(html.contains(landmark), "\(landmark) missing")
        }
        #expect(!html.contains("http-equiv"))
        #expect(!html.contains("//cdn"), "no request leaves the page")
    }

    @Test func lessonPageShowsPositionNavigationAndDiscussion() throws {
        let outcome = try build()
        let first = try page(outcome, "lessons/first.html")
        #expect(first.contains("Module 1: Only module"))
        #expect(first.contains("Lesson 1 / 2"))
        #expect(first.contains("<a class=\"pager-next\" rel=\"next\" href=\"second.html\">"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("href=\"https://example.org/forum/fixture\""))
        #expect(first.contains("Discuss this lesson"))
        #expect(first.contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"))
        let second = try page(outcome, "lessons/second.html")
        #expect(second.contains("Lesson 2 / 2"))
        #expect(second.contains("rel=\"prev\" href=\"first.html\""))
        #expect(second.contains("href=\"https://example.org/forum/second\""), "the lesson's own discussion link wins")
    }

    @Test func lessonBodyHasMathCalloutTableAndTaskList() throws {
        let html = try page(try build(), "lessons/first.html")
        #expect(count("<math", in: html) == 2)
        #expect(html.contains("display=\"block\""))
        #expect(html.contains("<annotation encoding=\"application/x-tex\">\\sigma(z) = \\frac{1}{1 + e^{-z}}</annotation>"))
        #expect(html.contains("<p class=\"markdown-alert-title\">Tutor</p>"))
        #expect(html.contains("<table>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("<h2 id=\"a-table\">A table</h2>"))
    }

    @Test func authorHeadingsAndHTMLCannotBreakThePage() throws {
        let html = try page(try build(), "lessons/second.html")
        #expect(html.contains("<h2 id=\"too-high\">Too high</h2>"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func indexListsTitleTaglineTagsModulesAndLessons() throws {
        let html = try page(try build(), "index.html")
        #expect(html.contains("<h1>Fixture Course</h1>"))
        #expect(html.contains("A two-lesson course for the pipeline tests."))
        #expect(html.contains("<li><a href=\"tags/testing.html\">testing</a></li>")
            && html.contains("<li><a href=\"tags/math.html\">math</a></li>"))
        #expect(html.contains("<h2 id=\"lectern-module-1\">Module 1: Only module</h2>"))
        #expect(html.contains("<a href=\"lessons/first.html\">First lesson</a>"))
        #expect(html.contains("Inline and display math, a callout and a table."))
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let first = try build()
        let second = try build()
        #expect(first.site == second.site)
        #expect(first.diagnostics == second.diagnostics)
    }

    @Test func aMissingTemplateIsATypedError() throws {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n",
                                          lessons: ["a": "---\ntitle: A\n---\nText.\n"])
        let (course, _) = CourseLoader.load(files)
        let (parsed, _) = ParsePass.run(try #require(course))
        let (checked, _) = CheckPass().run(parsed)
        let templates = TemplateSet(directory: "t", templates: ["layout": "{{{content}}}", "index": "x"])
        // The partials of Lectern's nodes are checked first, before any page is rendered.
        #expect(throws: LecternError.missingTemplate(name: "partials/alert", directory: "t")) {
            try SiteRenderer().render(checked, templates: templates)
        }
    }

    @Test func aMissingContentFolderIsAnIOError() {
        #expect(throws: LecternError.self) {
            try CoursePipeline(contentDirectory: "/nonexistent/content", templatesDirectory: Repository.templates).run()
        }
    }

    @Test func templatesGetEscapedText() throws {
        let files = ContentFiles.inMemory(courseYAML: "title: \"<b>C & D</b>\"\nmodules:\n  - title: M\n    lessons: [a]\n",
                                          lessons: ["a": "---\ntitle: \"A <i>\"\n---\nText.\n"])
        let (course, _) = CourseLoader.load(files)
        let (parsed, _) = ParsePass.run(try #require(course))
        let (checked, _) = CheckPass().run(parsed)
        let site = try SiteRenderer().render(checked, templates: try TemplateSet.load(from: Repository.templates))
        let index = String(decoding: try #require(site.files["index.html"]), as: UTF8.self)
        #expect(index.contains("<h1>&lt;b&gt;C &amp; D&lt;/b&gt;</h1>"))
        #expect(!index.contains("<b>C"))
        let lesson = String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
        #expect(lesson.contains("<h1>A &lt;i&gt;</h1>"))
    }
}

@Suite struct HeadingOutlineTests {
    private func diagnostics(_ body: String) throws -> [Diagnostic] {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n",
                                          lessons: ["a": "---\ntitle: A\n---\n" + body])
        let (course, _) = CourseLoader.load(files)
        return ParsePass.run(try #require(course)).1
    }

    @Test func headingsInOrderAreQuiet() throws {
        #expect(try diagnostics("## One\n\n### Two\n\n## Three\n").isEmpty)
    }

    @Test func aSkippedLevelIsAWarningAtTheHeading() throws {
        let found = try diagnostics("## One\n\n#### Deep\n")
        #expect(found.map(\.code) == ["lesson.heading-skip"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.range?.start == SourceLocation(file: "content/lessons/a.md", line: 6, column: 1))
    }

    @Test func aCanonicalLinkNeedsABaseURL() throws {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nbase_url: https://example.org/c\nmodules:\n  - title: M\n    lessons: [a]\n",
                                          lessons: ["a": "---\ntitle: A\n---\nText.\n"])
        let (course, _) = CourseLoader.load(files)
        let (parsed, _) = ParsePass.run(try #require(course))
        let (checked, _) = CheckPass().run(parsed)
        let site = try SiteRenderer().render(checked, templates: try TemplateSet.load(from: Repository.templates))
        let lesson = String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
        #expect(lesson.contains("<link rel=\"canonical\" href=\"https://example.org/c/lessons/a.html\">"))
    }
}
