import Diagnostics

/// A content, template or asset path that was not read because, once its symbolic links are
/// followed, it lies outside its folder (see `ContainedPath`).
///
/// A refusal is a content mistake, reported with the others of the run (`course.outside-folder`),
/// not a reason to stop: the pull request that adds the link gets every problem at once. The
/// file is never opened, so nothing of it can reach a diagnostic or the site.
package struct RefusedPath: Sendable, Hashable {
    /// The path as the author's folder names it (`content/lessons/zz.md`).
    package var path: String
    /// The folder it had to stay in, as the author names it (`content/lessons`).
    package var folder: String
    /// The lesson slug when the path is a lesson file, so `course.yml`'s entry can be blamed.
    package var slug: String?

    /// Creates a refusal.
    package init(path: String, folder: String, slug: String? = nil) {
        self.path = path
        self.folder = folder
        self.slug = slug
    }

    /// The diagnostic, at `range` (the `course.yml` entry that lists a lesson) or at 1:1 of the
    /// file itself.
    package func diagnostic(at range: SourceRange? = nil) -> Diagnostic {
        .error(Codes.courseOutsideFolder,
               "refusing \(path): it resolves outside \(folder)/ through a symbolic link (or the link is dangling), so it is not read",
               at: range ?? SourceRange(start: SourceLocation(file: path, line: 1, column: 1)),
               notes: [DiagnosticNote("replace the link with the file itself, or point it at a file inside \(folder)/")])
    }
}
