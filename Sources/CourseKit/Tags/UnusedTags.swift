import Diagnostics

/// Finds the tags of `course.yml` that no lesson carries.
///
/// Such a tag still gets a strip link and a page, but the page can only say that no lesson
/// carries it, so a reader who follows it lands nowhere. Tags are compared by their page slug,
/// as `TagPages` files them, so `ReLU` in course.yml is carried by a lesson tagged `relu`.
package enum UnusedTags {
    /// The stable code of the warning.
    package static let code = Codes.courseUnusedTag

    /// One `course.unused-tag` warning per course tag whose slug no lesson's front matter
    /// shares, at the tag in course.yml, with a note naming a lesson tag that is spelled
    /// almost the same (a likely typo). Pure; an empty list when every tag is carried.
    package static func warnings(in course: Course) -> [Diagnostic] {
        let lessonTags = course.lessons.flatMap { $0.frontMatter.tags.map(\.value) }
        // Distinct names first: the same few tags recur on many lessons.
        let carried = Set(Set(lessonTags).map(slug))
        return course.config.tags.filter { !carried.contains(slug($0.value)) }.map { tag in
            let suggestion = Suggestion.closest(to: tag.value, among: Set(lessonTags))
            return .warning(
                code,
                "tag '\(tag.value)' is carried by no lesson, so its page lists nothing; add it to a lesson's 'tags:' or remove it from course.yml",
                at: tag.range,
                notes: suggestion.map { [DiagnosticNote(Suggestion.note($0))] } ?? [])
        }
    }

    private static func slug(_ tag: String) -> String { TagPageName.of(tag) }
}
