import CourseKit

/// The view `partials/nav` is rendered with: the course navigation as seen from one page.
package struct NavigationView: Sendable, Hashable {
    /// Prefix from the page to the site root (`""` or `"../"`).
    package var root: HTML
    /// The modules shown: the page's own module with its lessons (`open`), and a bounded
    /// window of the others as single links to their place on the index page.
    package var modules: [ModuleView]
    /// Number of modules in the course.
    package var moduleCount: Int
    /// Whether some modules are left out of `modules` (the index page lists them all).
    package var hasHiddenModules: Bool
    /// `modules` each rendered with `partials/nav-module` (empty without that partial).
    package var moduleItems = HTML(trusted: "")
}

/// Which lessons belong to which module, worked out once per build so a page's navigation costs
/// the size of its own module, not the size of the course.
///
/// A lesson page lists only its own module's lessons and links to at most `window` modules in
/// all; the whole table of contents stays on the index page. So a lesson page does not grow
/// with the number of lessons or modules (issue 13: with every lesson on every page, the
/// navigation was 91 KB of each 114 KB page at 1,000 lessons).
package struct ModuleMap: Sendable {
    /// Most modules named in one page's navigation, its own included.
    package static let window = 9

    /// Indices into `CheckedCourse.lessons`, by module.
    package let lessonsByModule: [[Int]]
    /// Each module's links as a lesson page shows them (root `../`, none current) and its
    /// title: made once per build, not once per page. They read only what the course's outline
    /// holds, so they stay right while `IncrementalSite` keeps the context.
    let lessonPageLinks: [[LessonLinkView]]
    let moduleTitles: [HTML]
    /// The module of each lesson page, by site-relative path.
    private let moduleByPath: [String: Int]

    /// Groups `course`'s lessons by module.
    package init(course: CheckedCourse) {
        var byModule = Array(repeating: [Int](), count: course.config.modules.count)
        var byPath: [String: Int] = [:]
        for (index, lesson) in course.lessons.enumerated() where byModule.indices.contains(lesson.lesson.moduleIndex) {
            byModule[lesson.lesson.moduleIndex].append(index)
            byPath[RenderContext.lessonPath(lesson.lesson.slug)] = lesson.lesson.moduleIndex
        }
        lessonsByModule = byModule
        moduleByPath = byPath
        lessonPageLinks = byModule.map { positions in
            positions.map { RenderContext.lessonLink(course.lessons[$0], root: Self.lessonPageRoot, currentPath: nil) }
        }
        moduleTitles = course.config.modules.map { .text($0.title) }
    }

    /// The root prefix of every lesson page.
    static let lessonPageRoot = RenderContext.root(of: RenderContext.lessonPath("lesson"))

    /// The module the page at `path` belongs to; nil for a page that is not a lesson.
    package func module(of path: String) -> Int? { moduleByPath[path] }

    /// The modules a page shows: `window` consecutive ones around `center` (the first ones
    /// when there is no centre), fewer when the course has fewer.
    package func shownModules(around center: Int?) -> Range<Int> {
        let count = lessonsByModule.count
        let size = min(Self.window, count)
        let start = max(0, min((center ?? 0) - size / 2, count - size))
        return start..<(start + size)
    }

    /// The anchor of module `index` (0-based) on the index page (`index.mustache` sets it).
    package static func moduleAnchor(_ index: Int) -> String { "lectern-module-\(index + 1)" }
}

extension RenderContext {
    /// The navigation of the page at `path`, links relative to `root`.
    package func navigation(for path: String, root: String) -> NavigationView {
        let current = moduleMap.module(of: path)
        let shown = moduleMap.shownModules(around: current)
        let modules = shown.map { index in
            var module = moduleView(index, root: root)
            guard index == current else { return module }
            if root == ModuleMap.lessonPageRoot {
                module.lessons = moduleMap.lessonPageLinks[index]
                for link in module.lessons.indices where module.lessons[link].path == path { module.lessons[link].current = true }
            } else {
                module.lessons = lessonLinks(module: index, root: root, currentPath: path)
            }
            module.open = true
            return module
        }
        return NavigationView(root: .text(root), modules: modules, moduleCount: moduleMap.lessonsByModule.count,
                              hasHiddenModules: shown.count < moduleMap.lessonsByModule.count)
    }

    /// Module `index` (0-based) as a navigation shows it closed, links relative to `root`.
    func moduleView(_ index: Int, root: String) -> ModuleView {
        var module = ModuleView(title: moduleMap.moduleTitles[index], number: index + 1, lessons: [])
        module.href = .text("\(root)index.html#\(ModuleMap.moduleAnchor(index))")
        return module
    }

    /// The lessons of module `index` with links relative to `root`, the lesson at `currentPath`
    /// (if any) marked current.
    package func lessonLinks(module index: Int, root: String, currentPath: String?) -> [LessonLinkView] {
        moduleMap.lessonsByModule[index].map { Self.lessonLink(course.lessons[$0], root: root, currentPath: currentPath) }
    }

    /// The link to `lesson` from a page whose root prefix is `root`, current when its page is at `currentPath`.
    static func lessonLink(_ lesson: CheckedLesson, root: String, currentPath: String?) -> LessonLinkView {
        let target = lessonPath(lesson.lesson.slug)
        return LessonLinkView(
            title: .text(lesson.lesson.frontMatter.title),
            href: .text(root + target),
            slug: .text(lesson.lesson.slug),
            summary: lesson.lesson.frontMatter.summary.map(HTML.text),
            number: lesson.lesson.position + 1,
            current: target == currentPath,
            quizIDs: .text(lesson.quizzes.map(\.quiz.id).joined(separator: " ")),
            path: target)
    }

    /// The rendered `partials/nav` for the page at `path` (empty without that partial).
    package func navigationHTML(for path: String, root: String) throws(LecternError) -> HTML {
        guard renderer.has("partials/nav") else { return HTML(trusted: "") }
        return try render(navigation(for: path, root: root))
    }

    /// `navigation` rendered with `partials/nav`, its modules and lessons first rendered with
    /// `partials/nav-module` and `partials/nav-lesson` when the templates have them.
    ///
    /// A module's link and a lesson's line repeat on every page that shows them. At a lesson
    /// page's depth they come from `NavigationPieces`, elsewhere from the renderer's memo
    /// (`renderShared`), so a lesson page renders only its own module's frame and the
    /// navigation around it. A page without an open module (tags, glossary) has the same
    /// navigation as every other such page at its depth, so that is shared too.
    func render(_ navigation: NavigationView) throws(LecternError) -> HTML {
        var navigation = navigation
        if renderer.has("partials/nav-module") {
            let atLessonDepth = navigation.root.markup == ModuleMap.lessonPageRoot
            var items: [HTML] = []
            items.reserveCapacity(navigation.modules.count)
            for var module in navigation.modules {
                let index = module.number - 1
                let pieces = atLessonDepth && moduleMap.lessonPageLinks.indices.contains(index)
                    ? try navigationPieces(index) : nil
                guard module.open else {
                    if let pieces { items.append(pieces.link) } else {
                        items.append(try renderer.renderShared(module, template: "partials/nav-module"))
                    }
                    continue
                }
                if renderer.has("partials/nav-lesson") {
                    // At a lesson page's depth the open module's lessons are `lessonPageLinks`
                    // with the page's own marked current (`navigation(for:root:)`).
                    if let pieces, module.lessons.count == pieces.lessons.count {
                        var lines = pieces.lessons
                        for line in lines.indices where module.lessons[line].current { lines[line] = pieces.currentLessons[line] }
                        module.lessonItems = HTML.join(lines)
                    } else {
                        var lines: [HTML] = []
                        lines.reserveCapacity(module.lessons.count)
                        for lesson in module.lessons { lines.append(try renderer.renderShared(lesson, template: "partials/nav-lesson")) }
                        module.lessonItems = HTML.join(lines)
                    }
                }
                items.append(try renderer.render(module, template: "partials/nav-module"))
            }
            navigation.moduleItems = HTML.join(items)
        }
        if navigation.modules.contains(where: \.open) { return try renderer.render(navigation, template: "partials/nav") }
        return try renderer.renderShared(navigation, template: "partials/nav")
    }

    /// Module `index`'s pieces at a lesson page's depth, rendered the first time they are asked for.
    private func navigationPieces(_ index: Int) throws(LecternError) -> NavigationPieces.Module {
        try navigationPieceCache.module(index) { () throws(LecternError) in
            let links = moduleMap.lessonPageLinks[index]
            var lessons: [HTML] = []
            var current: [HTML] = []
            if renderer.has("partials/nav-lesson") {
                for var link in links {
                    link.current = false
                    lessons.append(try renderer.render(link, template: "partials/nav-lesson"))
                    link.current = true
                    current.append(try renderer.render(link, template: "partials/nav-lesson"))
                }
            }
            let link = try renderer.render(moduleView(index, root: ModuleMap.lessonPageRoot), template: "partials/nav-module")
            return NavigationPieces.Module(link: link, lessons: lessons, currentLessons: current)
        }
    }
}

extension NavigationView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (NavigationView) -> Any?] = [
        "root": { $0.root },
        "modules": { $0.modules },
        "moduleCount": { MustacheNumber($0.moduleCount) },
        "hasHiddenModules": { $0.hasHiddenModules },
        "moduleItems": { $0.moduleItems },
    ]
}
