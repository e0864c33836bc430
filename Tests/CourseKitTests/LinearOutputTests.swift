import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// A generated course: `lessons` lessons in modules of `perModule`, every lesson the same
/// length, so any difference between page sizes comes from the course around the page.
enum GeneratedCourse {
    static func checked(lessons count: Int, perModule: Int = 10) throws -> CheckedCourse {
        let slugs = (0..<count).map { String(format: "l%05d", $0) }
        var yaml = "title: Generated\nmodules:\n"
        for start in stride(from: 0, to: count, by: perModule) {
            yaml += "  - title: Module \(String(format: "%04d", start / perModule + 1))\n"
            yaml += "    lessons: [\(slugs[start..<min(start + perModule, count)].joined(separator: ", "))]\n"
        }
        var lessons: [String: String] = [:]
        for (number, slug) in slugs.enumerated() {
            lessons[slug] = "---\ntitle: \"Lesson \(String(format: "%05d", number))\"\n---\n\n## Part\n\nSome text, the same on every page.\n"
        }
        let (course, diagnostics) = CourseLoader.load(ContentFiles.inMemory(courseYAML: yaml, lessons: lessons))
        let (parsed, _) = ParsePass.run(try #require(course, "\(diagnostics)"))
        return CheckPass().run(parsed).0
    }

    static func site(lessons count: Int, perModule: Int = 10) throws -> Site {
        try SiteRenderer().render(try checked(lessons: count, perModule: perModule),
                                  templates: try TemplateSet.load(from: Repository.templates))
    }
}

/// A lesson page's size does not grow with the course (issue 13): its navigation lists its own
/// module and a bounded window of the others.
@Suite struct LinearOutputTests {
    @Test func aLessonPageIsTheSameSizeInASmallAndALargeCourse() throws {
        // 15 and 150 modules, both more than the navigation's window; lesson 55 sits in module 6
        // of both, so the same modules are shown.
        let small = try GeneratedCourse.site(lessons: 150)
        let large = try GeneratedCourse.site(lessons: 1500)
        let path = "lessons/l00055.html"
        let smallPage = try #require(small.files[path]).count
        let largePage = try #require(large.files[path]).count
        // Only "Lesson 56 / 150" against "/ 1500" and "All 15 modules" against "150" differ.
        #expect(abs(largePage - smallPage) <= 4, "\(smallPage) against \(largePage) bytes")
        // The index page still lists every lesson.
        let index = String(decoding: try #require(large.files["index.html"]), as: UTF8.self)
        #expect(index.components(separatedBy: "<li value=").count - 1 == 1500)
    }

    @Test func theNavigationShowsItsModuleInFullAndAWindowOfOthers() throws {
        let site = try GeneratedCourse.site(lessons: 150)
        let page = String(decoding: try #require(site.files["lessons/l00055.html"]), as: UTF8.self)
        let start = try #require(page.range(of: "<nav class=\"course-nav\"")).lowerBound
        let nav = String(page[start...]).components(separatedBy: "</nav>")[0]
        // Its own module's ten lessons, the current one marked.
        #expect(nav.components(separatedBy: "<li><a href=").count - 1 == 10)
        #expect(nav.contains("<a href=\"../lessons/l00055.html\" aria-current=\"page\">Lesson 00055</a>"))
        // Eight other modules as links to the index's table of contents, centred on module 6.
        let links = nav.components(separatedBy: "class=\"module-link\"").count - 1
        #expect(links == ModuleMap.window - 1)
        #expect(nav.contains("<a class=\"module-link\" href=\"../index.html#lectern-module-2\">Module 0002</a>"))
        #expect(nav.contains("<a class=\"module-link\" href=\"../index.html#lectern-module-10\">Module 0010</a>"))
        #expect(!nav.contains("lectern-module-1\"") && !nav.contains("lectern-module-11\""))
        #expect(nav.contains("<a href=\"../index.html#lectern-contents\">All 15 modules</a>"))
        // The anchors exist on the index page.
        let index = String(decoding: try #require(site.files["index.html"]), as: UTF8.self)
        #expect(index.contains("id=\"lectern-contents\"") && index.contains("id=\"lectern-module-10\""))
    }

    @Test func aSmallCourseShowsEveryModule() throws {
        let site = try GeneratedCourse.site(lessons: 30)
        let page = String(decoding: try #require(site.files["lessons/l00000.html"]), as: UTF8.self)
        #expect(page.components(separatedBy: "class=\"module-link\"").count - 1 == 2)
        #expect(page.contains("<a href=\"../index.html#lectern-contents\">All lessons</a>"))
        // A page that is not a lesson lists no lessons, only the modules.
        let glossaryLess = String(decoding: try #require(site.files["library.html"]), as: UTF8.self)
        #expect(glossaryLess.components(separatedBy: "class=\"module-link\"").count - 1 == 3)
        #expect(!glossaryLess.contains("aria-current=\"page\">Lesson"))
    }

    @Test func theWindowStaysInsideTheCourse() throws {
        let outline = ModuleMap(course: try GeneratedCourse.checked(lessons: 200))
        #expect(outline.shownModules(around: 0) == 0..<9)
        #expect(outline.shownModules(around: 10) == 6..<15)
        #expect(outline.shownModules(around: 19) == 11..<20)
        #expect(outline.shownModules(around: nil) == 0..<9)
        let tiny = ModuleMap(course: try GeneratedCourse.checked(lessons: 20))
        #expect(tiny.shownModules(around: 1) == 0..<2)
    }
}
