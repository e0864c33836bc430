import CourseKit
import Foundation

/// The view of `404.mustache`.
package struct NotFoundView: Sendable {
    /// The course title, escaped.
    package var courseTitle: HTML
    /// The prefix of the page's links to the site root: `base_url` or `""`.
    package var root: HTML
}

/// Writes `404.html`, which static hosts serve for missing pages: a way back to the course
/// and a search box.
///
/// A host serves this file at whatever address was missing (`/course/a/b/missing`), so links
/// relative to the site root would resolve against the wrong folder. With `base_url` every
/// link and asset of the page is absolute from it; without one they stay relative, which is
/// right only for missing addresses in the site's top folder.
package struct NotFoundPage: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// `404.html`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        let root = context.course.config.baseURL.map { RenderContext.joinURL($0, "") } ?? ""
        let view = NotFoundView(courseTitle: .text(context.course.config.title), root: .text(root))
        return ["404.html": try context.page("404.html", template: "404", view: view,
                                             title: "Page not found", root: root)]
    }
}

extension NotFoundPage: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
