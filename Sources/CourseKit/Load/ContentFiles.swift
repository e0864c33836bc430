import Diagnostics

/// The raw files of a content folder, read into memory: the input of `CourseLoader`.
///
/// Keeping the reading (I/O) apart from the validation (pure) lets tests build courses in
/// memory and lets the loader stay a function of its input.
package struct ContentFiles: Sendable {
    /// The path of `course.yml` as diagnostics should print it.
    package var courseFilePath: String
    /// `course.yml`, or nil when the folder has none.
    package var courseFile: SourceText?
    /// Every `*.md` file in `lessons/`, keyed by file name without `.md`.
    package var lessons: [String: SourceText]
    /// `glossary.md`, if present.
    package var glossary: SourceText?
    /// `faq.md`, if present.
    package var faq: SourceText?
    /// Files not read because a symbolic link takes them out of their folder; the loader
    /// reports each (`course.outside-folder`).
    package var refused: [RefusedPath]

    /// Creates the input of a load.
    package init(courseFilePath: String, courseFile: SourceText?, lessons: [String: SourceText],
                 glossary: SourceText? = nil, faq: SourceText? = nil, refused: [RefusedPath] = []) {
        self.courseFilePath = courseFilePath
        self.courseFile = courseFile
        self.lessons = lessons
        self.glossary = glossary
        self.faq = faq
        self.refused = refused
    }

    /// An in-memory content folder rooted at `directory`, for tests and tools: `lessons` maps
    /// slugs to file text. Line endings are normalised as `ContentReader` does.
    package static func inMemory(directory: String = "content", courseYAML: String?, lessons: [String: String],
                                 glossary: String? = nil, faq: String? = nil) -> ContentFiles {
        let coursePath = "\(directory)/course.yml"
        return ContentFiles(
            courseFilePath: coursePath,
            courseFile: courseYAML.map { SourceText(file: coursePath, text: TextDecoding.normalized($0)) },
            lessons: lessons.reduce(into: [:]) { result, entry in
                result[entry.key] = SourceText(file: "\(directory)/lessons/\(entry.key).md", text: TextDecoding.normalized(entry.value))
            },
            glossary: glossary.map { SourceText(file: "\(directory)/glossary.md", text: TextDecoding.normalized($0)) },
            faq: faq.map { SourceText(file: "\(directory)/faq.md", text: TextDecoding.normalized($0)) }
        )
    }
}
