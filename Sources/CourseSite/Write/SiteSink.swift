import CourseKit
import Foundation

/// Where the Render pass puts each file as soon as it is made: a `Site` in memory (tests,
/// `serve`) or `SiteWriter`'s temporary folder (`build`), so a build never holds the whole site.
/// A file added twice keeps its last content.
package protocol SiteSink {
    /// Takes the file at site-relative `path`.
    /// - Throws: `LecternError.io` when the file cannot be stored.
    mutating func add(_ path: String, _ data: Data) throws(LecternError)
}

extension Site: SiteSink {}

/// The sink `SiteWriter` hands to the renderer: writes each file into the temporary folder the
/// new site is built in. Only `SiteWriter` creates one, so only the site writer writes.
package struct FolderSink: SiteSink {
    /// The temporary folder.
    private let root: URL
    /// The output folder as the user named it, for messages.
    private let output: String
    /// Folders already created, so each is made once.
    private var folders: Set<String> = []
    /// Bytes written by path, for `--timings` figures.
    package private(set) var sizes: [String: Int] = [:]

    init(root: URL, output: String) {
        self.root = root
        self.output = output
    }

    /// Writes `data` to `path` inside the temporary folder.
    package mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        let url = root.appendingPathComponent(path)
        do {
            if let slash = path.lastIndex(of: "/") {
                let folder = String(path[..<slash])
                if !folders.contains(folder) {
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                            withIntermediateDirectories: true)
                    folders.insert(folder)
                }
            }
            try data.write(to: url)
        } catch {
            throw .io(path: "\(output)/\(path)", reason: "cannot write the file: \(error.localizedDescription)")
        }
        sizes[path] = data.count
    }
}
