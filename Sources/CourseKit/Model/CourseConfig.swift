import Diagnostics

/// The validated contents of `course.yml`.
package struct CourseConfig: Sendable, Hashable {
    /// The course title, shown in every page header and as the index page's h1.
    package var title: String
    /// One sentence under the title on the index page.
    package var tagline: String?
    /// Course-wide tags (the header strip and tag pages).
    package var tags: [Located<String>]
    /// Link for the "Discuss this lesson" box unless a lesson overrides it.
    package var discussion: String?
    /// The public address of the course, for canonical links and the sitemap.
    package var baseURL: String?
    /// Whether authors' raw HTML passes through unescaped.
    package var allowHTML: Bool
    /// The language of the pages (`<html lang>`), `en` unless course.yml says otherwise.
    package var lang: String
    /// The modules in reading order.
    package var modules: [ModuleConfig]

    /// Creates a configuration; only `title` and `modules` are required.
    package init(
        title: String, tagline: String? = nil, tags: [Located<String>] = [], discussion: String? = nil,
        baseURL: String? = nil, allowHTML: Bool = false, lang: String = "en", modules: [ModuleConfig] = []
    ) {
        self.title = title
        self.tagline = tagline
        self.tags = tags
        self.discussion = discussion
        self.baseURL = baseURL
        self.allowHTML = allowHTML
        self.lang = lang
        self.modules = modules
    }
}

/// One module of course.yml: a title and the slugs of its lessons, in order.
package struct ModuleConfig: Sendable, Hashable {
    /// The module title shown above each of its lessons.
    package var title: String
    /// Lesson slugs (file names in `lessons/` without `.md`) with where each was listed.
    package var lessons: [Located<String>]

    /// Creates a module.
    package init(title: String, lessons: [Located<String>]) {
        self.title = title
        self.lessons = lessons
    }
}
