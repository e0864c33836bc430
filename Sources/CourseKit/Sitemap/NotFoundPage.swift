import Foundation

/// The view of `404.mustache`.
package struct NotFoundView: Sendable {
    /// The course title, escaped.
    package var courseTitle: HTML
}

/// Writes `404.html`, which static hosts serve for missing pages: a way back to the course
/// and a search box.
package struct NotFoundPage: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// `404.html`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        ["404.html": try context.page("404.html", template: "404",
                                      view: NotFoundView(courseTitle: .text(context.course.config.title)),
                                      title: "Page not found")]
    }
}
