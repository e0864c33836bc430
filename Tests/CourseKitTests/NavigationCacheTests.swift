import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct NavigationCacheTests {
    /// Seven lessons in three modules, rendered through `templates`.
    private func context(titles: [String] = (1...7).map { "Lesson \($0)" },
                         templates: TemplateSet) throws -> RenderContext {
        let slugs = titles.indices.map { "l\($0)" }
        let yaml = "title: C\nmodules:\n"
            + "  - title: A\n    lessons: [\(slugs[0..<2].joined(separator: ", "))]\n"
            + "  - title: B\n    lessons: [\(slugs[2..<5].joined(separator: ", "))]\n"
            + "  - title: C\n    lessons: [\(slugs[5...].joined(separator: ", "))]\n"
        var lessons: [String: String] = [:]
        for (slug, title) in zip(slugs, titles) {
            lessons[slug] = "---\ntitle: \"\(title)\"\n---\nText.\n"
        }
        let (course, _) = CourseLoader.load(ContentFiles.inMemory(courseYAML: yaml, lessons: lessons))
        let (parsed, _) = ParsePass.run(try #require(course))
        let (checked, _) = CheckPass().run(parsed)
        return RenderContext(renderer: try PageRenderer(templates: templates), course: checked, assets: [])
    }

    /// The navigation rendered in full for the page at `path`, as every page did before the cache.
    private func fullRender(_ context: RenderContext, _ path: String) throws -> String {
        try context.renderer.render(
            NavigationView(root: .text(RenderContext.root(of: path)),
                           modules: context.modules(root: RenderContext.root(of: path), currentPath: path)),
            template: "partials/nav").markup
    }

    private static let pages = ["index.html", "glossary.html", "tags/x.html"] + (0..<7).map { "lessons/l\($0).html" }

    @Test func cachedNavigationIsTheFullRenderOnEveryPage() throws {
        let context = try context(templates: try TemplateSet.load(from: Repository.templates))
        let cache = try NavigationCache(context: context, roots: ["", "../"])
        for path in Self.pages {
            let cached = try #require(cache.html(for: path))
            #expect(cached.markup == (try fullRender(context, path)), "page \(path)")
        }
        // Exactly one link is the current page on a lesson page, none elsewhere.
        #expect(cache.html(for: "lessons/l3.html")?.markup.components(separatedBy: "aria-current=\"page\"").count == 2)
        #expect(cache.html(for: "lessons/l3.html")?.markup.contains("<a href=\"../lessons/l3.html\" aria-current=\"page\">Lesson 4</a>") == true)
        #expect(cache.html(for: "index.html")?.markup.contains("aria-current") == false)
    }

    @Test func cachedModulesMarkOnlyThePageItself() throws {
        let context = try context(templates: try TemplateSet.load(from: Repository.templates))
        let cache = try NavigationCache(context: context, roots: ["", "../"])
        let modules = try #require(cache.modules(for: "lessons/l5.html"))
        let current = modules.flatMap(\.lessons).filter(\.current).map(\.path)
        #expect(current == ["lessons/l5.html"])
        #expect(modules.map { $0.lessons.count } == [2, 3, 2])
        #expect(modules[1].lessons[0].href.markup == "../lessons/l2.html")
    }

    @Test func anInvertedCurrentSectionFallsBackToFullRenders() throws {
        let nav = "{{#modules}}{{#lessons}}<a{{^current}} class=\"other\"{{/current}}>{{{title}}}</a>\n{{/lessons}}{{/modules}}"
        let templates = TemplateSet(templates: ["partials/nav": nav, "layout": "{{{navigation}}}", "x": ""])
        let context = try context(templates: templates)
        let cache = try NavigationCache(context: context, roots: ["", "../"])
        #expect(cache.html(for: "lessons/l1.html") == nil)
        var withCache = context
        withCache.navigation = cache
        let html = try withCache.navigationHTML(for: "lessons/l1.html").markup
        #expect(html.components(separatedBy: "class=\"other\"").count == 7)
        #expect(html.contains("<a>Lesson 2</a>"))
    }

    @Test func aMarkerCharacterInATitleFallsBackToFullRenders() throws {
        var titles = (1...7).map { "Lesson \($0)" }
        titles[4] = "Odd \u{E000} title"
        let context = try context(titles: titles, templates: try TemplateSet.load(from: Repository.templates))
        let cache = try NavigationCache(context: context, roots: ["", "../"])
        #expect(cache.html(for: "lessons/l4.html") == nil)
        var withCache = context
        withCache.navigation = cache
        #expect(try withCache.navigationHTML(for: "lessons/l4.html").markup == (try fullRender(context, "lessons/l4.html")))
    }

    @Test func withoutANavPartialThereIsNoNavigation() throws {
        let context = try context(templates: TemplateSet(templates: ["layout": "{{{content}}}", "x": ""]))
        let cache = try NavigationCache(context: context, roots: ["", "../"])
        #expect(cache.html(for: "index.html") == nil)
        var withCache = context
        withCache.navigation = cache
        #expect(try withCache.navigationHTML(for: "index.html").markup == "")
    }
}
