import Diagnostics
import LecternMarkdown

/// The front matter of a lesson file, validated.
package struct LessonFrontMatter: Sendable, Hashable {
    /// The lesson title: the page's only h1.
    package var title: String
    /// A sentence for the index and search results.
    package var summary: String?
    /// Tags of this lesson, in the author's order.
    package var tags: [Located<String>]
    /// FAQ entry ids shown on the lesson page.
    package var faq: [Located<String>]
    /// Overrides the course's discussion link.
    package var discussion: String?

    /// Creates front matter; only the title is required.
    package init(title: String, summary: String? = nil, tags: [Located<String>] = [],
                 faq: [Located<String>] = [], discussion: String? = nil) {
        self.title = title
        self.summary = summary
        self.tags = tags
        self.faq = faq
        self.discussion = discussion
    }
}

/// One lesson as loaded: where it sits in the course, its front matter and its Markdown body.
package struct Lesson: Sendable {
    /// File name in `lessons/` without `.md`; also the page name.
    package var slug: String
    /// Index of the module in `CourseConfig.modules`.
    package var moduleIndex: Int
    /// 0-based position in reading order across the whole course.
    package var position: Int
    /// The validated front matter.
    package var frontMatter: LessonFrontMatter
    /// The whole file as the author wrote it.
    package var source: SourceText
    /// The whole file with the front matter lines blanked, so Markdown positions are file positions.
    package var body: SourceText

    /// Creates a lesson.
    package init(slug: String, moduleIndex: Int, position: Int, frontMatter: LessonFrontMatter,
                 source: SourceText, body: SourceText) {
        self.slug = slug
        self.moduleIndex = moduleIndex
        self.position = position
        self.frontMatter = frontMatter
        self.source = source
        self.body = body
    }

    /// The lesson with an empty body. The body is the Parse pass's input and a second copy of
    /// the file; the pass drops it once the lesson is parsed, since nothing after reads it (the
    /// course's sources stay, for diagnostics).
    package var withoutBody: Lesson {
        var lesson = self
        lesson.body = SourceText(file: source.file, text: "")
        return lesson
    }

    /// The body the loader gives a lesson read from `source`: the file with its front matter
    /// lines blanked, or nothing for a file too large to parse. What parsing a lesson again
    /// after `withoutBody` starts from.
    package static func body(of source: SourceText) -> SourceText {
        guard MarkdownSizeGuard.fileTooLarge(source) == nil else { return SourceText(file: source.file, text: "") }
        return SourceText(file: source.file, text: FrontMatter(splitting: source.text).body)
    }
}
