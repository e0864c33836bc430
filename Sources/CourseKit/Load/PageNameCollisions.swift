import Diagnostics

/// Names that would land on the same page: tags whose slugs agree although the tags differ
/// (`C++` and `C#` both make `tags/c.html`), and lesson slugs that differ only in case
/// (`Intro` and `intro` are one file on macOS and Windows, and one URL on many servers).
///
/// Tags that differ only in case, spacing or hyphens ("ReLU", "relu") are the same tag and share their
/// page on purpose; only tags that read differently are reported.
package enum PageNameCollisions {
    /// `course.tag-collision` for each tag whose page another, different tag already has, and
    /// `course.case-collision` for each listed lesson whose slug matches an earlier one but
    /// for case.
    package static func diagnostics(config: CourseConfig, lessons: [Lesson]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstTag: [String: Located<String>] = [:]
        // The same few tags recur on many lessons; each name's slug is made once.
        var slugs: [String: String] = [:]
        let tags = config.tags + lessons.flatMap(\.frontMatter.tags)
        for tag in tags {
            let slug = slugs[tag.value] ?? TagPageName.of(tag.value)
            slugs[tag.value] = slug
            guard let first = firstTag[slug] else {
                firstTag[slug] = tag
                continue
            }
            if first.value == tag.value || sameTag(first.value, tag.value) { continue }
            diagnostics.append(.error(
                Codes.courseTagCollision,
                "tag '\(tag.value)' would share the page tags/\(slug).html with the different tag '\(first.value)'; rename one of them (for example spell out a symbol: 'C sharp')",
                at: tag.range, notes: [DiagnosticNote("'\(first.value)' first used here", range: first.range)]))
        }
        var firstLesson: [String: Lesson] = [:]
        for lesson in lessons {
            let key = lesson.slug.lowercased()
            guard let first = firstLesson[key] else {
                firstLesson[key] = lesson
                continue
            }
            diagnostics.append(.error(
                Codes.courseCaseCollision,
                "lesson '\(lesson.slug)' differs from lesson '\(first.slug)' only in case; their pages would be one file on macOS and Windows, so rename one",
                at: SourceRange(start: SourceLocation(file: lesson.source.file, line: 1, column: 1))))
        }
        return diagnostics
    }

    /// Whether two tag names are the same tag: equal ignoring case, spaces, `-` and `_`.
    private static func sameTag(_ first: String, _ second: String) -> Bool {
        TagPageName.key(first) == TagPageName.key(second)
    }
}
