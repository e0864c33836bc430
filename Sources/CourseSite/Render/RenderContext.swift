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
    /// The navigation rendered ahead for the site's folders; nil renders it for every page.
    package var navigation: NavigationCache?
    /// Each glossary term's tooltip, by slug: its definition's first paragraph, links as text.
    package let tooltips: [String: HTML]
    /// How many threads a generator may render pages on (`ParallelMap`); pages come out the
    /// same for every number.
    package var parallelism = 1

    /// Creates a context; every top-level `.css` and `.js` asset is linked from every page,
    /// `site.css` first, so helpers add styles and scripts by adding files to `templates/assets/`.
    package init(renderer: PageRenderer, course: CheckedCourse, assets: [String]) {
        self.renderer = renderer
        self.course = course
        var tooltips: [String: HTML] = [:]
        let plain = LessonHTML(templates: renderer, course: course, root: "", links: .text, tooltips: [:])
        for entry in course.glossaryEntries {
            tooltips[entry.entry.slug] = Self.firstParagraph(of: plain.render(entry.definition))
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
    static func firstParagraph(of html: HTML) -> HTML {
        let markup = html.markup
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

    /// The course navigation as seen from the page at `path`.
    package func modules(from path: String) -> [ModuleView] {
        navigation?.modules(for: path) ?? modules(root: Self.root(of: path), currentPath: path)
    }

    /// The course navigation with links relative to `root`, the lesson at `currentPath` (if
    /// any) marked current.
    package func modules(root: String, currentPath: String?) -> [ModuleView] {
        var byModule = Array(repeating: [LessonLinkView](), count: course.config.modules.count)
        for lesson in course.lessons where byModule.indices.contains(lesson.lesson.moduleIndex) {
            let target = Self.lessonPath(lesson.lesson.slug)
            byModule[lesson.lesson.moduleIndex].append(LessonLinkView(
                title: .text(lesson.lesson.frontMatter.title),
                href: .text(root + target),
                slug: .text(lesson.lesson.slug),
                summary: lesson.lesson.frontMatter.summary.map(HTML.text),
                number: lesson.lesson.position + 1,
                current: target == currentPath,
                quizIDs: .text(lesson.quizzes.map(\.quiz.id).joined(separator: " ")),
                path: target))
        }
        return course.config.modules.indices.map { index in
            ModuleView(title: .text(course.config.modules[index].title), number: index + 1, lessons: byModule[index])
        }
    }

    /// The rendered `partials/nav` for the page at `path`: from the cache when it has the
    /// page's root, else rendered in full. A given `root` (the 404 page's `base_url`) is
    /// always rendered in full.
    package func navigationHTML(for path: String, root: String? = nil) throws(LecternError) -> HTML {
        guard renderer.has("partials/nav") else { return HTML(trusted: "") }
        if let root {
            return try renderer.render(NavigationView(root: .text(root), modules: modules(root: root, currentPath: path)),
                                       template: "partials/nav")
        }
        if let cached = navigation?.html(for: path) { return cached }
        return try renderer.render(NavigationView(root: .text(Self.root(of: path)), modules: modules(from: path)),
                                   template: "partials/nav")
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
            courseSlug: .text(Self.courseSlug(config.title)),
            pageTitle: .text(title.map { "\($0) · \(config.title)" } ?? config.title),
            description: description.map(HTML.text),
            root: .text(root),
            courseTitle: .text(config.title),
            isIndex: path == "index.html",
            modules: givenRoot.map { modules(root: $0, currentPath: path) } ?? modules(from: path),
            stylesheets: stylesheets.map { .text(root + $0) },
            scripts: scripts.map { .text(root + $0) },
            // A page served at other addresses (the 404 page) has no canonical address.
            canonical: givenRoot == nil ? config.baseURL.map { .text(Self.joinURL($0, path)) } : nil,
            content: content)
        layout.navigation = try navigationHTML(for: path, root: givenRoot)
        layout.hasGlossary = course.hasGlossary
        layout.hasFAQ = course.hasFAQ
        layout.isGlossary = path == "glossary.html"
        layout.isFAQ = path == "faq.html"
        layout.isLibrary = path == "library.html"
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
