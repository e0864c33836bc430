import CourseKit
import Mustache

/// The view `partials/nav` is rendered with: the course navigation as seen from one folder.
package struct NavigationView: Sendable {
    /// Prefix from the page to the site root (`""` or `"../"`).
    package var root: HTML
    /// The modules with their lessons.
    package var modules: [ModuleView]
}

/// The course navigation, rendered once per folder depth instead of once per page.
///
/// Every page shows every lesson in its navigation, so rendering `partials/nav` for each page
/// made the Render pass quadratic in the number of lessons. Here the partial is rendered once
/// per root with each lesson's `{{#current}}…{{/current}}` output wrapped in markers (through a
/// Mustache lambda); a page then joins the pieces and keeps that output only for its own lesson.
/// The cache checks itself against full renders and leaves out any root where a template uses
/// `current` in a way the markers do not capture; such pages are rendered in full as before.
package struct NavigationCache: Sendable {
    /// A piece of the rendered navigation: fixed text, or what one lesson's `current` section
    /// rendered, kept only on that lesson's page.
    enum Piece: Sendable {
        case text(String)
        case current(path: String, html: String)
    }

    /// The module views with no lesson current, by root; pages mark theirs.
    private var modules: [String: [ModuleView]] = [:]
    /// The pieces of the rendered navigation, by root.
    private var pieces: [String: [Piece]] = [:]

    private static let open: Unicode.Scalar = "\u{E000}"
    private static let middle: Unicode.Scalar = "\u{E001}"
    private static let close: Unicode.Scalar = "\u{E002}"

    /// Renders the navigation for the pages at `roots` (`""`, `"../"`).
    /// - Throws: `LecternError.missingTemplate` only if the renderer loses `partials/nav`.
    package init(context: RenderContext, roots: [String]) throws(LecternError) {
        for root in roots {
            let base = context.modules(root: root, currentPath: nil)
            modules[root] = base
            guard context.renderer.has("partials/nav") else { continue }
            let marked = MarkedNavigation(root: .text(root), modules: base.map(MarkedModule.init))
            guard let split = Self.split(try context.renderer.render(marked, template: "partials/nav").markup) else { continue }
            // The pieces stand in for full renders only where they give the same bytes: with no
            // lesson current, and with the first and the last lesson current.
            let samples = [nil] + [context.course.lessons.first, context.course.lessons.last]
                .compactMap { $0.map { RenderContext.lessonPath($0.lesson.slug) } }
            var faithful = true
            for path in samples {
                let full = try context.renderer.render(
                    NavigationView(root: .text(root), modules: context.modules(root: root, currentPath: path)),
                    template: "partials/nav")
                if Self.join(split, current: path) != full.markup { faithful = false }
            }
            if faithful { pieces[root] = split }
        }
    }

    /// The module views for the page at `path`, its own lesson marked current; nil when `path`
    /// is at a root the cache was not built for.
    package func modules(for path: String) -> [ModuleView]? {
        guard var result = modules[RenderContext.root(of: path)] else { return nil }
        for module in result.indices {
            for lesson in result[module].lessons.indices where result[module].lessons[lesson].path == path {
                result[module].lessons[lesson].current = true
            }
        }
        return result
    }

    /// The rendered navigation for the page at `path`; nil when it must be rendered in full.
    package func html(for path: String) -> HTML? {
        pieces[RenderContext.root(of: path)].map { HTML(trusted: Self.join($0, current: path)) }
    }

    private static func join(_ pieces: [Piece], current: String?) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .current(let path, let html) where path == current: result += html
            case .current: break
            }
        }
        return result
    }

    /// Cuts rendered navigation at the markers; nil when they do not pair up (a marker
    /// character in author text, say).
    private static func split(_ text: String) -> [Piece]? {
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while let openIndex = scalars[start...].firstIndex(of: open) {
            let pathStart = scalars.index(after: openIndex)
            guard let middleIndex = scalars[pathStart...].firstIndex(of: middle),
                  let closeIndex = scalars[middleIndex...].firstIndex(of: close) else { return nil }
            let path = String(scalars[pathStart..<middleIndex])
            let html = String(scalars[scalars.index(after: middleIndex)..<closeIndex])
            guard !path.unicodeScalars.contains(open), !html.unicodeScalars.contains(open) else { return nil }
            pieces.append(.text(String(scalars[start..<openIndex])))
            pieces.append(.current(path: path, html: html))
            start = scalars.index(after: closeIndex)
        }
        let rest = String(scalars[start...])
        guard !rest.unicodeScalars.contains(middle), !rest.unicodeScalars.contains(close) else { return nil }
        pieces.append(.text(rest))
        return pieces
    }

    /// The navigation view with every lesson's `current` replaced by a lambda that wraps the
    /// section's output in markers naming the lesson's page.
    private struct MarkedNavigation: MustacheParent {
        var root: HTML
        var modules: [MarkedModule]

        func child(named name: String) -> Any? {
            switch name {
            case "root": root
            case "modules": modules
            default: nil
            }
        }
    }

    private struct MarkedModule: MustacheParent {
        var module: ModuleView
        var lessons: [MarkedLesson]

        init(_ module: ModuleView) {
            self.module = module
            lessons = module.lessons.map(MarkedLesson.init)
        }

        func child(named name: String) -> Any? {
            name == "lessons" ? lessons : module.child(named: name)
        }
    }

    private struct MarkedLesson: MustacheParent {
        var lesson: LessonLinkView

        func child(named name: String) -> Any? {
            guard name == "current" else { return lesson.child(named: name) }
            let path = lesson.path
            return MustacheLambda { (section: String) -> Any? in
                "\(NavigationCache.open)\(path)\(NavigationCache.middle)\(section)\(NavigationCache.close)"
            }
        }
    }
}

extension NavigationView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: PartialKeyPath<NavigationView> & Sendable] = [
        "root": \NavigationView.root,
        "modules": \NavigationView.modules,
    ]
}
