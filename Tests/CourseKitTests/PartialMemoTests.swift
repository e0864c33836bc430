import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// The memo of repeated fragments (`PartialMemo`), the navigation pieces rendered once
/// (`NavigationPieces`) and the header and footer rendered once per frame (`FrameView`) change
/// how often swift-mustache runs, never a byte of the site.
@Suite struct PartialMemoTests {
    /// The navigation template as one file, the way it was before `partials/nav-module` and
    /// `partials/nav-lesson` took its module and lesson lines out (issue 13).
    private static let oneFileNavigation = """
        <nav class="course-nav" aria-label="Lessons">
        <details class="course-nav-details">
        <summary class="course-nav-summary">Lessons</summary>
        <ol class="modules">
        {{#modules}}
        <li class="module{{#open}} is-open{{/open}}">{{#open}}<span class="module-title">{{{title}}}</span>
        <ol class="module-lessons">
        {{#lessons}}
        <li><a href="{{{href}}}"{{#current}} aria-current="page"{{/current}}>{{{title}}}</a></li>
        {{/lessons}}
        </ol>
        {{/open}}{{^open}}<a class="module-link" href="{{{href}}}">{{{title}}}</a>{{/open}}</li>
        {{/modules}}
        </ol>
        <p class="course-nav-contents"><a href="{{{root}}}index.html#lectern-contents">{{#hasHiddenModules}}All {{moduleCount}} modules{{/hasHiddenModules}}{{^hasHiddenModules}}All lessons{{/hasHiddenModules}}</a></p>
        </details>
        </nav>

        """

    private func checkedCourse() throws -> (CheckedCourse, TemplateSet) {
        let pipeline = CoursePipeline(contentDirectory: "\(Repository.root)/content", templatesDirectory: Repository.templates)
        let (outcome, templates) = try pipeline.checkForBuild()
        return (try #require(outcome.course), templates)
    }

    @Test func theSiteIsTheSameWithAndWithoutTheMemo() throws {
        let (course, templates) = try checkedCourse()
        var plain = SiteRenderer()
        plain.memoizesPartials = false
        let memoized = try SiteRenderer().render(course, templates: templates).files
        let unmemoized = try plain.render(course, templates: templates).files
        #expect(memoized.keys.sorted() == unmemoized.keys.sorted())
        for (path, data) in memoized where unmemoized[path] != data { Issue.record("\(path) differs with the memo") }
        // The comparison covers pages with glossary links and navigation.
        #expect(memoized.keys.count { $0.hasPrefix("lessons/") } >= 9)
        let lesson = try #require(memoized.first { $0.key.hasPrefix("lessons/") && $0.key.hasSuffix(".html") }?.value)
        let markup = String(decoding: lesson, as: UTF8.self)
        #expect(markup.contains("aria-current=\"page\"") && markup.contains("class=\"module-lessons\""))
    }

    /// The default templates render the same pages as the one-file navigation and a layout that
    /// includes `partials/header` and `partials/footer` itself, which old themes still use.
    @Test func splitTemplatesRenderTheBytesOfTheOneFileTemplates() throws {
        let (course, templates) = try checkedCourse()
        var oneFile = templates
        oneFile.templates["partials/nav"] = Self.oneFileNavigation
        oneFile.templates["partials/nav-module"] = nil
        oneFile.templates["partials/nav-lesson"] = nil
        let layout = try #require(templates.templates["layout"])
        #expect(layout.contains("{{{header}}}") && layout.contains("{{{footer}}}"))
        oneFile.templates["layout"] = layout
            .replacingOccurrences(of: "{{{header}}}", with: "{{> partials/header}}\n")
            .replacingOccurrences(of: "{{{footer}}}", with: "{{> partials/footer}}\n")
        let split = try SiteRenderer().render(course, templates: templates).files
        let whole = try SiteRenderer().render(course, templates: oneFile).files
        #expect(split.keys.sorted() == whole.keys.sorted())
        for (path, data) in split where whole[path] != data { Issue.record("\(path) differs from the one-file templates") }
    }

    private struct View: Hashable, Sendable {
        var text: HTML
        var flag: Bool
    }

    @Test func aViewThatDiffersInAnyFieldIsRenderedAgain() throws {
        let memo = PartialMemo()
        var renders = 0
        func html(_ view: View) throws -> String {
            try memo.html(view, template: "t") { () throws(LecternError) in
                renders += 1
                return HTML(trusted: "\(view.text.markup)|\(view.flag)")
            }.markup
        }
        #expect(try html(View(text: HTML(trusted: "a"), flag: false)) == "a|false")
        #expect(try html(View(text: HTML(trusted: "a"), flag: false)) == "a|false")
        #expect(renders == 1)
        #expect(try html(View(text: HTML(trusted: "a"), flag: true)) == "a|true")
        #expect(try html(View(text: HTML(trusted: "b"), flag: false)) == "b|false")
        // Canonically equivalent text in other bytes is another view: its own bytes come back.
        #expect(try html(View(text: HTML(trusted: "\u{E9}"), flag: false)) == "\u{E9}|false")
        let decomposed = try html(View(text: HTML(trusted: "e\u{301}"), flag: false))
        #expect(Array(decomposed.utf8) == Array("e\u{301}|false".utf8))
        #expect(renders == 5)
        // The same view under another template name is another entry.
        _ = try memo.html(View(text: HTML(trusted: "a"), flag: false), template: "u") { () throws(LecternError) in
            renders += 1
            return HTML(trusted: "other")
        }
        #expect(renders == 6 && memo.count == 6)
    }

    @Test func aFullMemoRendersWithoutKeeping() throws {
        let memo = PartialMemo(capacity: 1)
        var renders = 0
        for text in ["a", "b", "b", "a"] {
            let html = try memo.html(HTML(trusted: text), template: "t") { () throws(LecternError) in
                renders += 1
                return HTML(trusted: text.uppercased())
            }
            #expect(html.markup == text.uppercased())
        }
        #expect(memo.count == 1 && renders == 3)
    }
}
