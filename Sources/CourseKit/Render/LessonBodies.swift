/// The lessons' Markdown bodies, rendered once per build and shared by the lesson pages and
/// the search index.
///
/// The search index used to render every body a second time, without glossary tooltips.
/// `SiteRenderer` now renders the bodies ahead with the lesson pages' fragment renderers; the
/// index reads the same HTML and leaves the tooltips out itself (`SearchTextFilter`).
package struct LessonBodies: Sendable {
    /// The types of the fragment renderers the bodies were rendered with, in order.
    private let rendererTypes: [ObjectIdentifier]
    /// The rendered bodies, by lesson slug.
    private let bodies: [String: HTML]

    /// Renders the body of every lesson of `context.course` as `pages` would.
    /// - Throws: `LecternError` when a fragment's template is missing or broken.
    package init(pages: LessonPages, context: RenderContext) throws(LecternError) {
        rendererTypes = Self.types(of: pages.fragmentRenderers)
        var bodies: [String: HTML] = [:]
        for lesson in context.course.lessons {
            bodies[lesson.lesson.slug] = try pages.body(of: lesson, in: context)
        }
        self.bodies = bodies
    }

    /// The body of the lesson with `slug`, nil for a slug the course does not have.
    package subscript(slug slug: String) -> HTML? { bodies[slug] }

    /// Whether these bodies are what `renderers` would render. Renderers are compared by type,
    /// which is exact for the standard ones: they hold no settings of their own.
    package func areRendered(by renderers: [any LessonFragmentRenderer]) -> Bool {
        Self.types(of: renderers) == rendererTypes
    }

    private static func types(of renderers: [any LessonFragmentRenderer]) -> [ObjectIdentifier] {
        renderers.map { ObjectIdentifier(type(of: $0)) }
    }
}
