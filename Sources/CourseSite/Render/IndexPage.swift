import CourseKit
import Foundation

/// The view of the index page (`index.mustache`).
package struct IndexView: Sendable {
    /// The course title: the page's h1.
    package var title: HTML
    /// The tagline, if any.
    package var tagline: HTML?
    /// The course tags.
    package var tags: [TagView]
    /// The modules with their lessons.
    package var modules: [ModuleView]
    /// Number of lessons.
    package var lessonCount: Int
    /// The first lesson, for a "Start" link.
    package var start: LinkView?
}

/// Writes `index.html`: title, tagline, tags and the modules with their lessons.
package struct IndexPage: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// The index page.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        let config = context.course.config
        let first = context.course.lessons.first.map {
            LinkView(title: .text($0.lesson.frontMatter.title), href: .text(RenderContext.lessonPath($0.lesson.slug)))
        }
        let view = IndexView(
            title: .text(config.title),
            tagline: config.tagline.map(HTML.text),
            tags: config.tags.map { TagView.linked($0.value, root: "") },
            modules: context.modules(root: "", currentPath: "index.html"),
            lessonCount: context.course.lessons.count,
            start: first)
        return ["index.html": try context.page("index.html", template: "index", view: view, title: nil,
                                               description: config.tagline)]
    }
}

extension IndexPage: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
