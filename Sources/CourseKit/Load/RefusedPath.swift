import Diagnostics

/// A content, template or asset path that was not read, or not kept: once its symbolic links are
/// followed it lies outside its folder (see `ContainedPath`), or it is not UTF-8 text, or it is
/// larger than any course file may be, or it is no plain file (a folder, a pipe), or the system
/// will not let it be read.
///
/// A refusal is a content mistake, reported with the others of the run (`course.outside-folder`,
/// `course.not-text`, `course.file-too-large`, `course.not-a-file`, `course.not-a-folder`,
/// `course.unreadable`), not a reason to stop: the pull request that adds the file gets every
/// problem at once. Nothing of the file reaches a diagnostic or the site.
package struct RefusedPath: Sendable, Hashable {
    /// The path as the author's folder names it (`content/lessons/zz.md`).
    package var path: String
    /// The folder it had to stay in, as the author names it (`content/lessons`).
    package var folder: String
    /// The lesson slug when the path is a lesson file, so `course.yml`'s entry can be blamed.
    package var slug: String?
    /// Why the file was refused.
    package var reason: Reason

    /// Why a file was refused.
    package enum Reason: Sendable, Hashable {
        /// A symbolic link leads outside the folder, or dangles; the file is not opened.
        case outsideFolder
        /// Invalid UTF-8, NUL or another control character: the bytes are never quoted.
        case notText
        /// More bytes than `ContentReader.maxFileBytes`; the file is not read.
        case tooLarge(bytes: Int)
        /// A folder (`isFolder`), pipe, socket or device where a file belongs; never opened, since
        /// reading a pipe could wait forever.
        case notAFile(isFolder: Bool)
        /// Something other than a folder where the `lessons` folder belongs.
        case notAFolder
        /// The system refused to open or list it; `why` is its error text (`permission denied`).
        case unreadable(why: String)
    }

    /// Creates a refusal.
    package init(path: String, folder: String, slug: String? = nil, reason: Reason = .outsideFolder) {
        self.path = path
        self.folder = folder
        self.slug = slug
        self.reason = reason
    }

    /// The diagnostic, at `range` (the `course.yml` entry that lists a lesson) or at 1:1 of the
    /// file itself.
    package func diagnostic(at range: SourceRange? = nil) -> Diagnostic {
        let at = range ?? SourceRange(start: SourceLocation(file: path, line: 1, column: 1))
        switch reason {
        case .outsideFolder:
            return .error(Codes.courseOutsideFolder,
                          "refusing \(path): it resolves outside \(folder)/ through a symbolic link (or the link is dangling), so it is not read",
                          at: at, notes: [DiagnosticNote("replace the link with the file itself, or point it at a file inside \(folder)/")])
        case .notText:
            return .error(Codes.courseNotText,
                          "refusing \(path): it is not UTF-8 text (it has invalid bytes, NUL or other control characters)",
                          at: at, notes: [DiagnosticNote("save it as UTF-8 text; of the control characters only tab, line feed, form feed and carriage return may appear")])
        case .tooLarge(let bytes):
            return .error(Codes.courseFileTooLarge,
                          "refusing \(path): it has \(bytes) bytes; a course file may have at most \(ContentReader.maxFileBytes), so it is not read",
                          at: at, notes: [DiagnosticNote("split it into smaller files")])
        case .notAFile(let isFolder):
            let what = isFolder ? "a folder" : "not a regular file (a named pipe, socket or device)"
            return .error(Codes.courseNotAFile, "refusing \(path): it is \(what), so it is not read",
                          at: at, notes: [DiagnosticNote("a course file must be a plain file; replace \(path) with one")])
        case .notAFolder:
            return .error(Codes.courseNotAFolder, "refusing \(path): it is not a folder, so no lesson is read from it",
                          at: at, notes: [DiagnosticNote("lessons/ must be a folder holding one .md file per lesson")])
        case .unreadable(let why):
            return .error(Codes.courseUnreadable, "cannot read \(path): \(why)",
                          at: at, notes: [DiagnosticNote("let the user running lectern read it (for example with chmod a+r, and a+rx for a folder)")])
        }
    }
}
