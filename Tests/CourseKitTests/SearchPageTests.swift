import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct SearchPageTests {
    @Test func indexHoldsLessonSectionsTermsAndQuestions() throws {
        let table = try ExtrasFixture.page("assets/search-index.js")
        #expect(table.contains("var LECTERN_SEARCH_INDEX = {\"count\":8,"))
        let script = try ExtrasFixture.page("assets/search/d0.js")
        #expect(script.contains("{\"k\":\"lesson\",\"t\":\"Alpha lesson\",\"u\":\"lessons/alpha.html\",\"x\":\"The rectifier and the logistic function both appear here.\"}"))
        #expect(script.contains("{\"c\":\"Alpha lesson\",\"k\":\"lesson\",\"t\":\"Plotted\",\"u\":\"lessons/alpha.html#plotted\""))
        #expect(script.contains("{\"c\":\"logistic function\",\"k\":\"glossary\",\"t\":\"Sigmoid\",\"u\":\"glossary.html#sigmoid\""))
        #expect(script.contains("\"k\":\"faq\",\"t\":\"Why is the slope zero on the left?\",\"u\":\"faq.html#why-zero\""))
        // Tooltips and SVG text stay out of the lesson text.
        #expect(!script.contains("The ramp \\\\max(0, x); compare Sigmoid. \",\"k\":\"lesson\""))
        #expect(!script.contains("Line chart"))
    }

    @Test func searchPageLoadsTheIndexBeforeTheDeferredSearchScript() throws {
        let html = try ExtrasFixture.page("search.html")
        #expect(html.contains("<script src=\"assets/search-index.js\"></script>"))
        #expect(html.contains("<script src=\"assets/search.js\" defer></script>"))
        #expect(html.contains("role=\"combobox\""))
        #expect(html.contains("<ul id=\"search-results\" class=\"search-results\" role=\"listbox\""))
    }

    @Test func everyPageHasTheHeaderSearchForm() throws {
        #expect(try ExtrasFixture.page("lessons/alpha.html").contains("<form class=\"site-search\" role=\"search\" action=\"../search.html\" method=\"get\">"))
        #expect(try ExtrasFixture.page("index.html").contains("<form class=\"site-search\" role=\"search\" action=\"search.html\" method=\"get\">"))
    }

    @Test func timingsReportTheIndexSizes() throws {
        let site = try #require(ExtrasFixture.outcome?.site)
        let script = try ExtrasFixture.page("assets/search-index.js")
        let figures = try #require(SearchPage.indexFigures(sizes: site.files.mapValues(\.count)))
        #expect(figures.first == script.utf8.count)
        // The table, one term shard and one document shard (8 documents).
        #expect(figures.files == 3)
        #expect(figures.largestShard == max(try ExtrasFixture.page("assets/search/t0.js").utf8.count,
                                            try ExtrasFixture.page("assets/search/d0.js").utf8.count))
        #expect(SearchPage.indexFigures(sizes: [:]) == nil)
    }

    @Test func headerLinksOnlyToReferencePagesTheCourseHas() throws {
        let html = try ExtrasFixture.page("lessons/alpha.html")
        #expect(html.contains("<a href=\"../glossary.html\">Glossary</a>"))
        #expect(html.contains("<a href=\"../faq.html\">FAQ</a>"))
        #expect(html.contains("<a href=\"../library.html\">Library</a>"))
        let bare = try CoursePipeline(contentDirectory: Repository.fixture("basic-course"), templatesDirectory: Repository.templates).run()
        let index = String(decoding: try #require(bare.site?.files["index.html"]), as: UTF8.self)
        #expect(!index.contains("glossary.html") && !index.contains("faq.html"))
        #expect(index.contains("<a href=\"library.html\">Library</a>"))
    }
}
