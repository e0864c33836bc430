import CourseKit
import Foundation

/// What every page generator needs: the templates, the course, and the site-wide frame
/// (navigation, stylesheets). Pages render their content with `page(...)`.
package struct RenderContext: Sendable {
    /// The templates.
    package var renderer: PageRenderer
    /// The checked course.
    package var course: CheckedCourse
    /// Stylesheets linked from every page, relative to the site root (`assets/site.css` first).
    package var stylesheets: [String]
    /// Scripts loaded by every page, relative to the site root.
    package var scripts: [String]
    /// The lessons of each module, for the navigation.
    package let moduleMap: ModuleMap
    /// Each glossary term's tooltip, by slug: its definition's first paragraph, links as text.
    package let tooltips: [String: HTML]
    /// The navigation's module links and lesson lines at a lesson page's depth, rendered once.
    let navigationPieceCache: NavigationPieces
    /// `courseSlug` of the course title, escaped: the same on every page.
    let courseSlugHTML: HTML
    /// Each lesson tag's strip entry as lesson pages show it (`TagView.linked(_:root: "../")`), by
    /// name: a tag's page address is a slug of its name, made once instead of on every page.
    let lessonPageTags: [String: TagView]
    /// How many threads a generator may render pages on (`ParallelMap`); pages come out the
    /// same for every number.
    package var parallelism = 1

    /// Creates a context; every top-level `.css` and `.js` asset is linked from every page,
    /// `site.css` first, so helpers add styles and scripts by adding files to `templates/assets/`.
    /// The glossary's tooltips are rendered on up to `parallelism` threads (the same for every
    /// number); `parallelism` becomes the context's.
    package init(renderer: PageRenderer, course: CheckedCourse, assets: [String], parallelism: Int = 1) {
        self.renderer = renderer
        self.parallelism = parallelism
        self.course = course
        // The tooltips are rendered before any page can start, so on every thread the build has,
        // while this thread first makes the module map and the lesson tags.
        var modules: ModuleMap?
        var tags: [String: TagView] = [:]
        let plain = LessonHTML(templates: renderer, course: course, root: "", links: .text, tooltips: [:])
        let made = ParallelMap.map(course.glossaryEntries, width: parallelism, meanwhile: {
            modules = ModuleMap(course: course)
            for lesson in course.lessons {
                for tag in lesson.lesson.frontMatter.tags where tags[tag.value] == nil {
                    tags[tag.value] = TagView.linked(tag.value, root: ModuleMap.lessonPageRoot)
                }
            }
        }) { Self.firstParagraph(of: plain.render($0.definition)) }
        moduleMap = modules ?? ModuleMap(course: course)
        navigationPieceCache = NavigationPieces(moduleCount: moduleMap.lessonsByModule.count)
        courseSlugHTML = .text(Self.courseSlug(course.config.title))
        lessonPageTags = tags
        var tooltips: [String: HTML] = [:]
        for (entry, tooltip) in zip(course.glossaryEntries, made) {
            tooltips[entry.entry.slug] = tooltip
        }
        self.tooltips = tooltips
        let topLevel = assets.filter { !$0.contains("/") }.sorted()
        stylesheets = topLevel.filter { $0.hasSuffix(".css") }
            .sorted { ($0 == "site.css" ? 0 : 1, $0) < ($1 == "site.css" ? 0 : 1, $1) }
            .map { "assets/\($0)" }
        scripts = topLevel.filter { $0.hasSuffix(".js") }.map { "assets/\($0)" }
    }

    /// The HTML writer for checked trees on the page at `path`.
    package func html(forPage path: String, links: LessonHTML.TermLinks) -> LessonHTML {
        LessonHTML(templates: renderer, course: course, root: Self.root(of: path), links: links, tooltips: tooltips)
    }

    /// The inner HTML of the first paragraph of `html` (a tooltip shows only that), or the
    /// whole plain text when there is no paragraph.
    ///
    /// On UTF-8 bytes when every scalar stands alone (then a byte match of the ASCII tags is the
    /// match Foundation's search finds): `range(of:)` bridged the whole definition to `NSString`,
    /// about 100,000 instructions a glossary term on every build (issue 13).
    static func firstParagraph(of html: HTML) -> HTML {
        var markup = html.markup
        guard markup.withUTF8({ StandAloneScalars.all(in: $0, allowingCarriageReturn: true) }) else {
            return foundationFirstParagraph(of: markup)
        }
        let paragraph = markup.withUTF8 { bytes -> String? in
            guard let open = UTF8Search.find(bytes[...], "<p>", from: 0),
                  let close = UTF8Search.find(bytes[...], "</p>", from: open + 3) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 3)..<close]), as: UTF8.self)
        }
        return paragraph.map(HTML.init(trusted:)) ?? HTML.text(HTMLPlainText.from(html: markup))
    }

    /// `firstParagraph` through Foundation's search: the reference the byte path is tested against.
    static func foundationFirstParagraph(of markup: String) -> HTML {
        guard let open = markup.range(of: "<p>"), let close = markup[open.upperBound...].range(of: "</p>") else {
            return HTML.text(HTMLPlainText.from(html: markup))
        }
        return HTML(trusted: String(markup[open.upperBound..<close.lowerBound]))
    }

    /// The site-relative path of a lesson's page.
    package static func lessonPath(_ slug: String) -> String { "lessons/\(slug).html" }

    /// The prefix from a page at `path` back to the site root (`""`, `"../"`).
    package static func root(of path: String) -> String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }

    /// Every module with all its lessons, links relative to `root` (the index page's table of
    /// contents), the lesson at `currentPath` (if any) marked current.
    package func modules(root: String, currentPath: String?) -> [ModuleView] {
        course.config.modules.indices.map { index in
            var module = ModuleView(title: .text(course.config.modules[index].title), number: index + 1,
                                    lessons: lessonLinks(module: index, root: root, currentPath: currentPath))
            module.href = .text("\(root)index.html#\(ModuleMap.moduleAnchor(index))")
            return module
        }
    }

    /// Renders `template` with `view` as the main content of the page at `path`, inside the layout.
    /// - Parameters:
    ///   - title: the page's own title (nil for the index, whose title is the course's).
    ///   - root: the prefix of the frame's links to the site root; by default the relative way
    ///     back from `path` (the 404 page passes `base_url`, see `NotFoundPage`).
    package func page(_ path: String, template: String, view: Any, title: String?,
                      description: String? = nil, root givenRoot: String? = nil) throws(LecternError) -> Data {
        let config = course.config
        let root = givenRoot ?? Self.root(of: path)
        let content = try renderer.render(view, template: template)
        var layout = LayoutView(
            lang: .text(config.lang),
            courseSlug: courseSlugHTML,
            pageTitle: .text(title.map { "\($0) · \(config.title)" } ?? config.title),
            description: description.map(HTML.text),
            root: .text(root),
            courseTitle: .text(config.title),
            isIndex: path == "index.html",
            modules: [],
            stylesheets: stylesheets.map { .text(root + $0) },
            scripts: scripts.map { .text(root + $0) },
            // A page served at other addresses (the 404 page) has no canonical address.
            canonical: givenRoot == nil ? config.baseURL.map { .text(Self.joinURL($0, path)) } : nil,
            content: content)
        let navigation = navigation(for: path, root: root)
        layout.modules = navigation.modules
        if renderer.has("partials/nav") { layout.navigation = try render(navigation) }
        layout.hasGlossary = course.hasGlossary
        layout.hasFAQ = course.hasFAQ
        layout.isGlossary = path == "glossary.html"
        layout.isFAQ = path == "faq.html"
        layout.isLibrary = path == "library.html"
        // The header and footer repeat on every page at the same depth: rendered once each.
        let frame = layout.frame
        if renderer.has("partials/header") { layout.header = try renderer.renderShared(frame, template: "partials/header") }
        if renderer.has("partials/footer") { layout.footer = try renderer.renderShared(frame, template: "partials/footer") }
        return Data(try renderer.render(layout, template: "layout").markup.utf8)
    }

    /// The course's storage namespace: its title as a slug.
    package static func courseSlug(_ title: String) -> String {
        Slug.make(title, fallback: "course")
    }

    /// `base` and `path` joined with exactly one slash.
    package static func joinURL(_ base: String, _ path: String) -> String {
        base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
