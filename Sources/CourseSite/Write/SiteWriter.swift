import CourseKit
import Foundation

/// Writes a site to disk atomically: the renderer streams every file into a hidden folder beside
/// the target (through a `FolderSink`), which is then swapped in. Readers of the old site never see a half-written one, and
/// a failure leaves the old site untouched.
///
/// On Linux the swap is one `renameat2(RENAME_EXCHANGE)`, so the output folder is never
/// missing, even for an instant. An `--output` that is a symbolic link keeps pointing where it
/// points: the site is written into (and swapped beside) the folder it names. Leftovers of
/// killed builds (`.<name>.lectern-tmp-<pid>` whose process is gone) are removed first.
package struct SiteWriter: Sendable {
    /// The file every Lectern site carries, so Lectern only ever replaces folders it wrote.
    package static let markerName = ".lectern-site"
    /// The marker's content (fixed, so rebuilds stay byte-identical).
    package static let markerText = "This folder is written by Lectern (`lectern build`); it is replaced on every build.\n"

    /// The output folder as the user named it.
    package var output: String
    /// Distinguishes concurrent writers' temporary folders (the process id by default).
    package var token: String

    /// Creates a writer for `output`.
    package init(output: String, token: String = String(ProcessInfo.processInfo.processIdentifier)) {
        var output = output
        while output.count > 1, output.hasSuffix("/") { output.removeLast() }
        self.output = output
        self.token = token
    }

    /// The folder actually replaced: `output`, or the folder it names when it is a symbolic link.
    package var target: String {
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: output) else { return output }
        let joined = destination.hasPrefix("/") ? destination : parent(of: output).map { "\($0)/\(destination)" } ?? destination
        return ContainedPath.resolved(joined) ?? joined
    }

    /// The hidden sibling folder the site is built in: `.site.lectern-tmp-<token>`.
    package var temporaryPath: String { sibling("tmp") }
    private var retiredPath: String { sibling("old") }

    private func sibling(_ kind: String) -> String {
        let target = target
        let name = ".\(URL(fileURLWithPath: target).lastPathComponent).lectern-\(kind)-\(token)"
        return parent(of: target).map { "\($0)/\(name)" } ?? name
    }

    /// The folder part of `path` (nil for a bare name); `/` for a top-level path.
    private func parent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes `site` (plus the marker) and swaps it in for the current output folder.
    /// - Throws: `LecternError.notALecternSite` when the output has files but no marker;
    ///   `LecternError.io` when writing fails (the previous site is then left as it was).
    package func write(_ site: Site) throws(LecternError) {
        try write { (sink: inout FolderSink) throws(LecternError) in
            for path in site.paths { try sink.add(path, site.files[path] ?? Data()) }
        }
    }

    /// Lets `produce` stream the site's files into the temporary folder, adds the marker and
    /// swaps the folder in for the current output folder. When `produce` throws (a broken
    /// template, a full disk), the temporary folder is removed and the old site stays.
    /// - Returns: the bytes written, by path (the marker included).
    /// - Throws: `LecternError.notALecternSite` when the output has files but no marker;
    ///   `LecternError.io` when writing fails; whatever `produce` throws.
    @discardableResult
    package func write(_ produce: (inout FolderSink) throws(LecternError) -> Void) throws(LecternError) -> [String: Int] {
        let manager = FileManager.default
        let output = target
        let exists = try checkTarget()
        FolderSwap.removeStale(besides: URL(fileURLWithPath: output).lastPathComponent, in: parent(of: output) ?? "",
                               ownToken: token)
        let temporary = temporaryPath
        try? manager.removeItem(atPath: temporary)  // a leftover of an interrupted run
        let sizes: [String: Int]
        do {
            sizes = try writeFiles(into: temporary, previous: exists ? PreviousSite(root: output) : nil, produce)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
        guard exists else {
            do { try manager.moveItem(atPath: temporary, toPath: output) } catch {
                try? manager.removeItem(atPath: temporary)
                throw .io(path: output, reason: "cannot move the new site into place: \(error.localizedDescription)")
            }
            return sizes
        }
        if FolderSwap.exchange(temporary, output) {
            // The temporary name now holds the old site.
            FolderRemoval.remove(temporary)
            return sizes
        }
        let retired = retiredPath
        try? manager.removeItem(atPath: retired)
        do { try manager.moveItem(atPath: output, toPath: retired) } catch {
            try? manager.removeItem(atPath: temporary)
            throw .io(path: output, reason: "cannot move the old site aside: \(error.localizedDescription)")
        }
        do { try manager.moveItem(atPath: temporary, toPath: output) } catch {
            // Put the old site back so the failure changes nothing.
            try? manager.moveItem(atPath: retired, toPath: output)
            try? manager.removeItem(atPath: temporary)
            throw .io(path: output, reason: "cannot move the new site into place: \(error.localizedDescription)")
        }
        FolderRemoval.remove(retired)
        return sizes
    }

    /// Whether the output folder exists; refuses folders Lectern did not write.
    private func checkTarget() throws(LecternError) -> Bool {
        let manager = FileManager.default
        let output = target
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isDirectory) else { return false }
        guard isDirectory.boolValue else {
            throw .io(path: output, reason: "the output exists and is not a folder")
        }
        let contents: [String]
        do { contents = try manager.contentsOfDirectory(atPath: output) } catch {
            throw .io(path: output, reason: "cannot list the output folder: \(error.localizedDescription)")
        }
        if !contents.isEmpty, !contents.contains(Self.markerName) {
            throw .notALecternSite(path: output, marker: Self.markerName)
        }
        return true
    }

    private func writeFiles(into folder: String, previous: PreviousSite?,
                            _ produce: (inout FolderSink) throws(LecternError) -> Void) throws(LecternError) -> [String: Int] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        var sink = FolderSink(root: root, output: output, previous: previous)
        try produce(&sink)
        try sink.add(Self.markerName, Data(Self.markerText.utf8))
        return sink.sizes
    }
}
