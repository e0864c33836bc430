import CourseKit
import Foundation

/// The view of `tag.mustache`.
package struct TagPageView: Sendable {
    /// The tag as first written.
    package var name: HTML
    /// The lessons carrying the tag, in reading order.
    package var lessons: [LessonLinkView]
}

/// Writes `tags/<slug>.html` for every tag of course.yml and of the lessons' front matter,
/// listing the lessons that carry it. Tags with the same slug ("ReLU", "relu") share a page.
package struct TagPages: PageGenerator {
    /// Creates the generator.
    package init() {}

    /// The page of `tag`, relative to the site root.
    package static func path(of tag: String) -> String { "tags/\(TagPageName.of(tag)).html" }

    /// Every tag's slug with the name first written for it, courses' tags before lessons'.
    package static func tags(of course: CheckedCourse) -> [(slug: String, name: String)] {
        var seen: Set<String> = []
        var result: [(slug: String, name: String)] = []
        let names = course.config.tags.map(\.value) + course.lessons.flatMap { $0.lesson.frontMatter.tags.map(\.value) }
        for name in names {
            let slug = TagPageName.of(name)
            if seen.insert(slug).inserted { result.append((slug, name)) }
        }
        return result
    }

    /// One page per tag.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        var pages: [String: Data] = [:]
        // Each lesson's tag slugs once, not once per tag of the course.
        var lessonsBySlug: [String: [CheckedLesson]] = [:]
        for lesson in context.course.lessons {
            for slug in Set(lesson.lesson.frontMatter.tags.map { TagPageName.of($0.value) }) {
                lessonsBySlug[slug, default: []].append(lesson)
            }
        }
        // Each tag's page depends only on its tag and the context: rendered on up to
        // `context.parallelism` threads, the pages are the same for every number.
        let bySlug = lessonsBySlug
        let rendered = ParallelMap.map(Self.tags(of: context.course), width: context.parallelism) { tag in
            let path = Self.path(of: tag.name)
            let lessons = bySlug[tag.slug] ?? []
            let view = TagPageView(name: .text(tag.name), lessons: lessons.map { checked in
                let lesson = checked.lesson
                return LessonLinkView(
                    title: .text(lesson.frontMatter.title), href: .text("../" + RenderContext.lessonPath(lesson.slug)),
                    slug: .text(lesson.slug), summary: lesson.frontMatter.summary.map(HTML.text),
                    number: lesson.position + 1, current: false)
            })
            return (path, Result { () throws(LecternError) in
                try context.page(path, template: "tag", view: view, title: "Tag: \(tag.name)",
                                 description: "Lessons of \(context.course.config.title) tagged \(tag.name).")
            })
        }
        for (path, page) in rendered { pages[path] = try page.get() }
        return pages
    }
}

extension TagPages: DeclaresPageInputs {
    /// Only the outline, the templates and the course-wide files.
    package var inputs: PageInputs { [] }
}
