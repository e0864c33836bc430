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

    /// Creates a context; every top-level `.css` and `.js` asset is linked from every page,
    /// `site.css` first, so helpers add styles and scripts by adding files to `templates/assets/`.
    package init(renderer: PageRenderer, course: CheckedCourse, assets: [String]) {
        self.renderer = renderer
        self.course = course
        let topLevel = assets.filter { !$0.contains("/") }.sorted()
        stylesheets = topLevel.filter { $0.hasSuffix(".css") }
            .sorted { ($0 == "site.css" ? 0 : 1, $0) < ($1 == "site.css" ? 0 : 1, $1) }
            .map { "assets/\($0)" }
        scripts = topLevel.filter { $0.hasSuffix(".js") }.map { "assets/\($0)" }
    }

    /// The site-relative path of a lesson's page.
    package static func lessonPath(_ slug: String) -> String { "lessons/\(slug).html" }

    /// The prefix from a page at `path` back to the site root (`""`, `"../"`).
    package static func root(of path: String) -> String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }

    /// The course navigation as seen from the page at `path`; links start with `root`
    /// (by default the relative way back from `path`).
    package func modules(from path: String, root: String? = nil) -> [ModuleView] {
        let root = root ?? Self.root(of: path)
        return course.config.modules.indices.map { index in
            ModuleView(
                title: .text(course.config.modules[index].title),
                number: index + 1,
                lessons: course.lessons.filter { $0.lesson.moduleIndex == index }.map { lesson in
                    let target = Self.lessonPath(lesson.lesson.slug)
                    return LessonLinkView(
                        title: .text(lesson.lesson.frontMatter.title),
                        href: .text(root + target),
                        slug: .text(lesson.lesson.slug),
                        summary: lesson.lesson.frontMatter.summary.map(HTML.text),
                        number: lesson.lesson.position + 1,
                        current: target == path,
                        quizIDs: .text(lesson.results.calc.quizzes.map(\.quiz.id).joined(separator: " ")))
                })
        }
    }

    /// Renders `template` with `view` as the main content of the page at `path`, inside the layout.
    /// - Parameters:
    ///   - title: the page's own title (nil for the index, whose title is the course's).
    ///   - root: the prefix of the frame's links to the site root; by default the relative way
    ///     back from `path` (the 404 page passes `base_url`, see `NotFoundPage`).
    package func page(_ path: String, template: String, view: Any, title: String?,
                      description: String? = nil, root: String? = nil) throws(LecternError) -> Data {
        let config = course.config
        let relative = root == nil
        let root = root ?? Self.root(of: path)
        let content = try renderer.render(view, template: template)
        var layout = LayoutView(
            lang: .text(config.lang),
            courseSlug: .text(Self.courseSlug(config.title)),
            pageTitle: .text(title.map { "\($0) · \(config.title)" } ?? config.title),
            description: description.map(HTML.text),
            root: .text(root),
            courseTitle: .text(config.title),
            isIndex: path == "index.html",
            modules: modules(from: path, root: root),
            stylesheets: stylesheets.map { .text(root + $0) },
            scripts: scripts.map { .text(root + $0) },
            // A page served at other addresses (the 404 page) has no canonical address.
            canonical: relative ? config.baseURL.map { .text(Self.joinURL($0, path)) } : nil,
            content: content)
        layout.hasGlossary = course.extras.hasGlossary
        layout.hasFAQ = course.extras.hasFAQ
        layout.isGlossary = path == "glossary.html"
        layout.isFAQ = path == "faq.html"
        layout.isLibrary = path == "library.html"
        return Data(try renderer.render(layout, template: "layout").markup.utf8)
    }

    /// The course's storage namespace: its title in lower case, runs of other characters as `-`.
    package static func courseSlug(_ title: String) -> String {
        var slug = ""
        for scalar in title.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "course" : slug
    }

    /// `base` and `path` joined with exactly one slash.
    package static func joinURL(_ base: String, _ path: String) -> String {
        base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
