import CourseKit
import Foundation

/// Writes `sitemap.xml` when course.yml has a `base_url`: every page a reader may land on
/// (not the search page or the 404 page), sorted, without modification dates so that a
/// rebuild of the same content gives the same bytes.
package struct SitemapPage: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// `sitemap.xml`, or nothing without `base_url`.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        guard let base = context.course.config.baseURL else { return [:] }
        let xml = Self.xml(base: base, paths: Self.paths(of: context.course))
        return ["sitemap.xml": Data(xml.utf8)]
    }

    /// The site-relative paths of the pages listed, sorted.
    package static func paths(of course: CheckedCourse) -> [String] {
        var paths = ["index.html", "library.html"]
        paths += course.lessons.map { RenderContext.lessonPath($0.lesson.slug) }
        if course.hasGlossary { paths.append("glossary.html") }
        if course.hasFAQ { paths.append("faq.html") }
        paths += TagPages.tags(of: course).map { TagPages.path(of: $0.name) }
        return Array(Set(paths)).sorted()
    }

    /// The sitemap document.
    package static func xml(base: String, paths: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "<url><loc>\(HTML.escape(RenderContext.joinURL(base, path)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}

extension SitemapPage: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
