import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct TagsAndSitemapTests {
    @Test func everyTagOfTheCourseAndItsLessonsGetsAPage() throws {
        let paths = try #require(ExtrasFixture.outcome?.site?.paths).filter { $0.hasPrefix("tags/") }
        #expect(paths == ["tags/neural-networks.html", "tags/relu.html", "tags/sigmoid.html"])
        let page = try ExtrasFixture.page("tags/relu.html")
        let relu = try #require(page.components(separatedBy: "<ol class=\"lesson-list\">").last?.components(separatedBy: "</ol>").first)
        #expect(relu.contains("<a href=\"../lessons/alpha.html\">Alpha lesson</a>"))
        #expect(!relu.contains("Beta lesson"))
        #expect(try ExtrasFixture.page("tags/neural-networks.html").contains("No lesson carries this tag yet"))
    }

    @Test func tagStripsLinkToTheTagPages() throws {
        #expect(try ExtrasFixture.page("index.html").contains("<li><a href=\"tags/neural-networks.html\">Neural Networks</a></li>"))
        #expect(try ExtrasFixture.page("lessons/alpha.html").contains("<li><a href=\"../tags/sigmoid.html\">sigmoid</a></li>"))
    }

    @Test func sitemapListsReadablePagesSortedWithoutDates() throws {
        let xml = try ExtrasFixture.page("sitemap.xml")
        let locations = xml.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(locations == [
            "https://example.org/course/faq.html", "https://example.org/course/glossary.html",
            "https://example.org/course/index.html", "https://example.org/course/lessons/alpha.html",
            "https://example.org/course/lessons/beta.html", "https://example.org/course/library.html",
            "https://example.org/course/tags/neural-networks.html", "https://example.org/course/tags/relu.html",
            "https://example.org/course/tags/sigmoid.html",
        ])
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(!xml.contains("lastmod"))
    }

    @Test(arguments: ["index.html", "glossary.html", "faq.html", "library.html", "tags/relu.html", "lessons/beta.html"])
    func everyPageHasItsCanonicalLink(path: String) throws {
        #expect(try ExtrasFixture.page(path).contains("<link rel=\"canonical\" href=\"https://example.org/course/\(path)\">"))
    }

    @Test func notFoundPageLinksAbsolutelyFromTheBaseURL() throws {
        // A host serves 404.html at any missing address, however deep, so nothing may be relative.
        let html = try ExtrasFixture.page("404.html")
        #expect(html.contains("<h1>Page not found</h1>"))
        #expect(html.contains("action=\"https://example.org/course/search.html\""))
        #expect(html.contains("<a href=\"https://example.org/course/index.html\">Go to the list of lessons</a>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"https://example.org/course/assets/site.css\">"))
        // The navigation's module links lead to the index's table of contents.
        #expect(html.contains("<a class=\"module-link\" href=\"https://example.org/course/index.html#lectern-module-1\">"))
        #expect(html.contains("<a href=\"https://example.org/course/library.html\">Library</a>"))
        let attributes = html.components(separatedBy: " href=\"").dropFirst() + html.components(separatedBy: " src=\"").dropFirst()
            + html.components(separatedBy: " action=\"").dropFirst()
        let relative = attributes.map { String($0.prefix { $0 != "\"" }) }
            .filter { !$0.hasPrefix("https://") && !$0.hasPrefix("#") }
        #expect(relative == [])
        #expect(!html.contains("rel=\"canonical\""))
    }

    @Test func notFoundPageWithoutBaseURLStaysRelative() throws {
        let outcome = try CoursePipeline(contentDirectory: Repository.fixture("basic-course"),
                                         templatesDirectory: Repository.templates).run()
        let html = String(decoding: try #require(outcome.site?.files["404.html"]), as: UTF8.self)
        #expect(html.contains("action=\"search.html\""))
        #expect(html.contains("<a href=\"index.html\">Go to the list of lessons</a>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"assets/site.css\">"))
    }

    @Test(arguments: [
        ("glossary.html", "glossary.html\" aria-current=\"page\">Glossary</a>"),
        ("faq.html", "faq.html\" aria-current=\"page\">FAQ</a>"),
        ("library.html", "library.html\" aria-current=\"page\">Library</a>"),
        ("index.html", "index.html\" aria-current=\"page\">"),
        ("lessons/alpha.html", "alpha.html\" aria-current=\"page\">Alpha lesson</a>"),
    ])
    func headerMarksTheCurrentPage(path: String, link: String) throws {
        let html = try ExtrasFixture.page(path)
        #expect(html.contains(link))
        #expect(html.components(separatedBy: "aria-current=\"page\"").count == 2, "exactly one current link")
    }

    @Test func discussionBoxAppearsOnLessons() throws {
        let html = try ExtrasFixture.page("lessons/beta.html")
        #expect(html.contains("<h2 id=\"lectern-discussion\">Discuss this lesson</h2>"))
        #expect(html.contains("<a class=\"discussion-link\" href=\"https://example.org/forum\">Join the discussion</a>"))
    }

    @Test func rebuildingGivesTheSameBytes() throws {
        let again = try CoursePipeline(contentDirectory: ExtrasFixture.directory, templatesDirectory: Repository.templates).run()
        let first = try #require(ExtrasFixture.outcome?.site)
        #expect(again.site == first)
    }
}
