import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The site being replaced, whose unchanged files are linked instead of written.
    private var previous: PreviousSite?

    init(root: URL, output: String, previous: PreviousSite? = nil) {
        self.root = root
        self.output = output
        self.previous = previous
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
        } catch {
            throw .io(path: "\(output)/\(path)", reason: "cannot write the file: \(error.localizedDescription)")
        }
        // A file added again may be a link to the old site's file: writing through it would
        // change the old site, which is still the one being served.
        if sizes[path] != nil { unlink(url.path) }
        sizes[path] = data.count
        if previous?.linkUnchanged(path, data, to: url.path) == true { return }
        if let reason = Self.writeFile(data, to: url.path) {
            sizes[path] = nil
            throw .io(path: "\(output)/\(path)", reason: "cannot write the file: \(reason)")
        }
    }

    /// Writes `data` with plain `open`/`write`/`close`; nil when it worked, else why not.
    ///
    /// Foundation's `Data.write(to:)` calls `fsync` on every file, which made writing the
    /// thousand pages of a large course wait on the disk; the folder is swapped in whole once
    /// every file is written, so a file half-written by a crash is never seen.
    private static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
