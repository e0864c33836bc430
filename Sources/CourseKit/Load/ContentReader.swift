import Diagnostics
import Foundation

/// Reads a content folder from disk into `ContentFiles`. The only file reading of the Load pass.
package struct ContentReader: Sendable {
    /// The content folder as the user named it; diagnostics print paths under this name.
    package var directory: String

    /// The largest file read at all; lessons have a lower limit (`MarkdownSizeGuard.maxBytes`),
    /// reported as a diagnostic, but nothing this big is even loaded.
    package static let maxFileBytes = 16 * 1024 * 1024

    /// How many threads read lesson files at once; what is read, and the first error thrown,
    /// are the same for every number.
    package var parallelism: Int

    /// Creates a reader for `directory` (e.g. `content`).
    package init(directory: String, parallelism: Int = ParallelMap.defaultWidth) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.parallelism = parallelism
    }

    /// Reads `course.yml`, `lessons/*.md`, `glossary.md` and `faq.md`, with CRLF line endings and
    /// a byte-order mark read as plain LF text (see `TextDecoding`).
    /// A file (or the lessons folder) that resolves through a symbolic link outside its folder, a
    /// file over `maxFileBytes`, one that is not UTF-8 text, a folder or pipe where a file belongs
    /// (or a file where the lessons folder does) and one the system will not let be read are not
    /// kept but listed in `refused`, for the loader to report with the other content mistakes.
    /// - Throws: `LecternError.io` only when the content folder itself is missing, unresolvable or
    ///   unreadable.
    package func read() throws(LecternError) -> ContentFiles {
        var memo = ReadMemo()
        return try read(reusing: &memo)
    }

    /// What an earlier read found, by path: each file's stamp and text. A read given the memo
    /// takes a file whose stamp is unchanged from it instead of reading it again, and leaves in
    /// it what it found this time.
    package struct ReadMemo: Sendable {
        fileprivate var files: [String: (stamp: FileStamp, text: SourceText)] = [:]
        /// The files read from disk by the last read, not taken from the memo (for tests and timings).
        package fileprivate(set) var lastRead: [String] = []

        /// An empty memo: the next read reads every file.
        package init() {}
    }

    /// `read()`, re-reading only files whose `FileStamp` changed since the read that filled
    /// `memo`; the folder is still listed and every path still checked to stay inside it, so
    /// the result and the errors are exactly those of `read()`.
    package func read(reusing memo: inout ReadMemo) throws(LecternError) -> ContentFiles {
        var next = ReadMemo()
        defer { memo = next }
        return try read(previous: memo, into: &next)
    }

    private func read(previous: ReadMemo, into memo: inout ReadMemo) throws(LecternError) -> ContentFiles {
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
        let lessons = readLessons(root: root, refused: &refused, previous: previous, into: &memo)
        let courseFile = readIfPresent(coursePath, inside: root, refused: &refused, previous: previous, into: &memo)
        // A folder the system will not let be searched hides every file in it: say so, rather
        // than that course.yml is missing (asked only then, so a normal read costs nothing more).
        if courseFile == nil, refused.isEmpty, let why = OpenFailure.reason(directory, folder: true) {
            throw .io(path: directory, reason: "cannot read the content folder: \(why)")
        }
        return ContentFiles(
            courseFilePath: coursePath,
            courseFile: courseFile,
            lessons: lessons,
            glossary: readIfPresent("\(directory)/glossary.md", inside: root, refused: &refused, previous: previous, into: &memo),
            faq: readIfPresent("\(directory)/faq.md", inside: root, refused: &refused, previous: previous, into: &memo),
            refused: refused
        )
    }

    /// Every `lessons/*.md` by slug; none when the folder is missing, leads outside, is no
    /// folder or cannot be listed (the last three refused).
    private func readLessons(root: String, refused: inout [RefusedPath], previous: ReadMemo,
                             into memo: inout ReadMemo) -> [String: SourceText] {
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
            // Examined only now, so a listing that works costs no extra system call.
            var isFolder: ObjCBool = false
            let reason: RefusedPath.Reason = manager.fileExists(atPath: lessonsPath, isDirectory: &isFolder) && !isFolder.boolValue
                ? .notAFolder
                : .unreadable(why: OpenFailure.reason(lessonsPath, folder: true) ?? "it cannot be listed")
            refused.append(RefusedPath(path: lessonsPath, folder: directory, reason: reason))
            return [:]
        }
        // The files are examined and read on the pass's threads (a thousand lessons read one by
        // one kept a core idle at the start of every build), then taken in name order: the
        // refusals and the memo are those of reading them one by one.
        let chosen = names.sorted().filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        let fetched = ParallelMap.map(chosen, width: parallelism) { [self] name in
            fetch("\(lessonsPath)/\(name)", inside: lessonsRoot, previous: previous)
        }
        var lessons: [String: SourceText] = [:]
        for (name, outcome) in zip(chosen, fetched) {
            let slug = String(name.dropLast(3))
            let path = "\(lessonsPath)/\(name)"
            switch outcome {
            case .file(let file): lessons[slug] = file.keep(path, into: &memo)
            case .refused(let reason): refused.append(RefusedPath(path: path, folder: lessonsPath, slug: slug, reason: reason))
            }
        }
        return lessons
    }

    private func readIfPresent(_ path: String, inside root: String, refused: inout [RefusedPath], previous: ReadMemo,
                               into memo: inout ReadMemo) -> SourceText? {
        // A dangling link counts as present, so it is reported rather than silently skipped.
        let present = FileManager.default.fileExists(atPath: path)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        guard present else { return nil }
        switch fetch(path, inside: root, previous: previous) {
        case .file(let file):
            return file.keep(path, into: &memo)
        case .refused(let reason):
            refused.append(RefusedPath(path: path, folder: directory, reason: reason))
            return nil
        }
    }

    /// What `fetch` finds at a path: the file, or why it is refused.
    private enum Outcome: Sendable {
        case file(Fetched)
        case refused(RefusedPath.Reason)
    }

    /// A file as `fetch` found it: its stamp and text, and whether the text came from the memo.
    private struct Fetched: Sendable {
        var stamp: FileStamp
        var text: SourceText
        var reused: Bool

        /// Records the file in `memo` (and among the files read, unless reused); its text.
        func keep(_ path: String, into memo: inout ReadMemo) -> SourceText {
            memo.files[path] = (stamp, text)
            if !reused { memo.lastRead.append(path) }
            return text
        }
    }

    /// Reads `path` after checking that it resolves to a regular file inside `root`, of at most
    /// `maxFileBytes`, that can be read and holds UTF-8 text; a refusal otherwise, for the caller
    /// to list. A file whose stamp `previous` holds unchanged is taken from it. Records nothing: a
    /// pure function of the file system and `previous`, so several files can be fetched at once.
    /// `path` must name an entry directly in a folder that resolves to `root`.
    private func fetch(_ path: String, inside root: String, previous: ReadMemo) -> Outcome {
        // Every caller names a file directly in a folder that resolves to `root`, so a file that
        // is no symbolic link lies inside it; only links need resolving (`realpath` costs a
        // system call per path component, for every lesson on every save in `lectern serve`).
        let own = FileStamp.of(link: path)
        let plain = own.map { !$0.isLink && $0.isRegularFile } ?? false
        guard plain || ContainedPath.isInside(path, folder: root) else { return .refused(.outsideFolder) }
        guard let stamp = plain ? own : FileStamp.of(path) else {
            return .refused(.unreadable(why: OpenFailure.reason(path) ?? "it cannot be examined"))
        }
        guard stamp.isRegularFile else {
            // Never opened: reading a pipe or a device could wait forever or never end.
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return .refused(.notAFile(isFolder: isFolder.boolValue))
        }
        // Checked before reading, so a huge file is never loaded into memory.
        if stamp.size > Self.maxFileBytes { return .refused(.tooLarge(bytes: stamp.size)) }
        if let kept = previous.files[path], kept.stamp == stamp {
            return .file(Fetched(stamp: kept.stamp, text: kept.text, reused: true))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .refused(.unreadable(why: OpenFailure.reason(path) ?? "it cannot be read"))
        }
        guard let text = TextDecoding.text(data) else { return .refused(.notText) }
        return .file(Fetched(stamp: stamp, text: SourceText(file: path, text: text), reused: false))
    }
}
