import CourseKit

/// The view `partials/nav` is rendered with: the course navigation as seen from one page.
package struct NavigationView: Sendable {
    /// Prefix from the page to the site root (`""` or `"../"`).
    package var root: HTML
    /// The modules shown: the page's own module with its lessons (`open`), and a bounded
    /// window of the others as single links to their place on the index page.
    package var modules: [ModuleView]
    /// Number of modules in the course.
    package var moduleCount: Int
    /// Whether some modules are left out of `modules` (the index page lists them all).
    package var hasHiddenModules: Bool
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
    }

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
            var module = ModuleView(title: .text(course.config.modules[index].title), number: index + 1,
                                    lessons: index == current ? lessonLinks(module: index, root: root, currentPath: path) : [])
            module.href = .text("\(root)index.html#\(ModuleMap.moduleAnchor(index))")
            module.open = index == current
            return module
        }
        return NavigationView(root: .text(root), modules: modules, moduleCount: moduleMap.lessonsByModule.count,
                              hasHiddenModules: shown.count < moduleMap.lessonsByModule.count)
    }

    /// The lessons of module `index` with links relative to `root`, the lesson at `currentPath`
    /// (if any) marked current.
    package func lessonLinks(module index: Int, root: String, currentPath: String?) -> [LessonLinkView] {
        moduleMap.lessonsByModule[index].map { position in
            let lesson = course.lessons[position]
            let target = Self.lessonPath(lesson.lesson.slug)
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
    }

    /// The rendered `partials/nav` for the page at `path` (empty without that partial).
    package func navigationHTML(for path: String, root: String) throws(LecternError) -> HTML {
        guard renderer.has("partials/nav") else { return HTML(trusted: "") }
        return try renderer.render(navigation(for: path, root: root), template: "partials/nav")
    }
}

extension NavigationView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: PartialKeyPath<NavigationView> & Sendable] = [
        "root": \NavigationView.root,
        "modules": \NavigationView.modules,
        "moduleCount": \NavigationView.moduleCount,
        "hasHiddenModules": \NavigationView.hasHiddenModules,
    ]
}
