import Diagnostics

/// Validates a lesson's front matter into `LessonFrontMatter`.
package enum FrontMatterReader {
    /// The keys a lesson's front matter may have.
    package static let keys = ["title", "summary", "tags", "faq", "discussion"]

    /// Splits and reads `source`; returns the front matter (with the slug as title after an
    /// error) and the body with the front matter blanked.
    package static func read(_ source: SourceText, slug: String) -> (LessonFrontMatter, SourceText, [Diagnostic]) {
        let split = FrontMatter(splitting: source.text)
        let body = SourceText(file: source.file, text: split.body)
        let start = SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1))
        if !split.isPresent {
            return (LessonFrontMatter(title: slug), body, [.error(
                Codes.lessonMissingFrontMatter, "missing front matter; start the file with a '---' line, 'title: …' and another '---' line",
                at: start)])
        }
        if split.isUnterminated {
            return (LessonFrontMatter(title: slug), body, [.error(
                Codes.lessonUnterminatedFrontMatter, "front matter has no closing '---' line", at: SourceRange(start: start.start, length: 3))])
        }
        if let plain = PlainFrontMatter.read(split.yaml, file: source.file) { return (plain, body, []) }
        let document = YAMLDocument(yaml: split.yaml, source: source)
        var fields = MappingFields(document.root, in: document, allowed: keys, codes: .lesson,
                                   fallback: SourceRange(start: start.start, length: 3), what: "front matter")
        var diagnostics = document.diagnostics
        let title = document.diagnostics.isEmpty ? fields.string("title", required: true) : nil
        let frontMatter = LessonFrontMatter(
            title: title ?? slug,
            summary: fields.string("summary"),
            tags: fields.strings("tags"),
            faq: fields.strings("faq"),
            discussion: fields.url("discussion", as: .link)
        )
        diagnostics += fields.diagnostics
        return (frontMatter, body, diagnostics)
    }
}
