import Diagnostics
import Foundation

/// Reads a content folder from disk into `ContentFiles`. The only file reading of the Load pass.
package struct ContentReader: Sendable {
    /// The content folder as the user named it; diagnostics print paths under this name.
    package var directory: String

    /// The largest file read at all; lessons have a lower limit (`MarkdownSizeGuard.maxBytes`),
    /// reported as a diagnostic, but nothing this big is even loaded.
    package static let maxFileBytes = 16 * 1024 * 1024

    /// Creates a reader for `directory` (e.g. `content`).
    package init(directory: String) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// Reads `course.yml`, `lessons/*.md`, `glossary.md` and `faq.md`, with CRLF line endings and
    /// a byte-order mark read as plain LF text (see `TextDecoding`).
    /// A file (or the lessons folder) that resolves through a symbolic link outside its folder is
    /// not read but listed in `refused`, for the loader to report with the other content mistakes.
    /// - Throws: `LecternError.io` when the folder is missing or a file cannot be read or is not text.
    package func read() throws(LecternError) -> ContentFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .io(path: directory, reason: "no such content folder")
        }
        guard let root = ContainedPath.resolved(directory) else {
            throw .io(path: directory, reason: "cannot resolve the content folder")
        }
        let coursePath = "\(directory)/course.yml"
        var refused: [RefusedPath] = []
        let lessons = try readLessons(root: root, refused: &refused)
        return ContentFiles(
            courseFilePath: coursePath,
            courseFile: try readIfPresent(coursePath, inside: root, refused: &refused),
            lessons: lessons,
            glossary: try readIfPresent("\(directory)/glossary.md", inside: root, refused: &refused),
            faq: try readIfPresent("\(directory)/faq.md", inside: root, refused: &refused),
            refused: refused
        )
    }

    /// Every `lessons/*.md` by slug; none when the folder is missing or itself leads outside.
    private func readLessons(root: String, refused: inout [RefusedPath]) throws(LecternError) -> [String: SourceText] {
        let manager = FileManager.default
        let lessonsPath = "\(directory)/lessons"
        guard manager.fileExists(atPath: lessonsPath) else { return [:] }
        guard ContainedPath.isInside(lessonsPath, folder: root), let lessonsRoot = ContainedPath.resolved(lessonsPath) else {
            refused.append(RefusedPath(path: lessonsPath, folder: directory))
            return [:]
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: lessonsPath)
        } catch {
            throw .io(path: lessonsPath, reason: "cannot list the folder: \(error.localizedDescription)")
        }
        var lessons: [String: SourceText] = [:]
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let slug = String(name.dropLast(3))
            let path = "\(lessonsPath)/\(name)"
            guard ContainedPath.isInside(path, folder: lessonsRoot) else {
                refused.append(RefusedPath(path: path, folder: lessonsPath, slug: slug))
                continue
            }
            lessons[slug] = try readText(path)
        }
        return lessons
    }

    private func readIfPresent(_ path: String, inside root: String, refused: inout [RefusedPath]) throws(LecternError) -> SourceText? {
        // A dangling link counts as present, so it is reported rather than silently skipped.
        let present = FileManager.default.fileExists(atPath: path)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        guard present else { return nil }
        guard ContainedPath.isInside(path, folder: root) else {
            refused.append(RefusedPath(path: path, folder: directory))
            return nil
        }
        return try readText(path)
    }

    /// Reads `path`, already known to resolve inside its folder, after checking that it is a
    /// regular file of a readable size.
    private func readText(_ path: String) throws(LecternError) -> SourceText {
        guard ContainedPath.isRegularFile(path) else { throw .io(path: path, reason: "not a regular file") }
        // Checked before reading, so a huge file is never loaded into memory.
        if let size = ContainedPath.size(path), size > Self.maxFileBytes {
            throw .io(path: path, reason: "the file has \(size) bytes; course files may have at most \(Self.maxFileBytes)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        guard let text = TextDecoding.text(data) else {
            throw .io(path: path, reason: "the file is not UTF-8 text (it has invalid bytes or control characters)")
        }
        return SourceText(file: path, text: text)
    }
}
