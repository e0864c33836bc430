import Diagnostics
import Foundation

/// Reads a content folder from disk into `ContentFiles`. The only file reading of the Load pass.
package struct ContentReader: Sendable {
    /// The content folder as the user named it; diagnostics print paths under this name.
    package var directory: String

    /// Creates a reader for `directory` (e.g. `content`).
    package init(directory: String) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// Reads `course.yml`, `lessons/*.md`, `glossary.md` and `faq.md`.
    /// - Throws: `LecternError.io` when the folder is missing or a file cannot be read.
    package func read() throws(LecternError) -> ContentFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .io(path: directory, reason: "no such content folder")
        }
        let coursePath = "\(directory)/course.yml"
        let lessonsPath = "\(directory)/lessons"
        var lessons: [String: SourceText] = [:]
        if manager.fileExists(atPath: lessonsPath) {
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: lessonsPath)
            } catch {
                throw .io(path: lessonsPath, reason: "cannot list the folder: \(error.localizedDescription)")
            }
            for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
                let slug = String(name.dropLast(3))
                lessons[slug] = try readText("\(lessonsPath)/\(name)")
            }
        }
        return ContentFiles(
            courseFilePath: coursePath,
            courseFile: try readIfPresent(coursePath),
            lessons: lessons,
            glossary: try readIfPresent("\(directory)/glossary.md"),
            faq: try readIfPresent("\(directory)/faq.md")
        )
    }

    private func readIfPresent(_ path: String) throws(LecternError) -> SourceText? {
        FileManager.default.fileExists(atPath: path) ? try readText(path) : nil
    }

    private func readText(_ path: String) throws(LecternError) -> SourceText {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .io(path: path, reason: "the file is not UTF-8 text")
        }
        return SourceText(file: path, text: text)
    }
}
