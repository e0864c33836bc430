import CourseKit
import Foundation

/// Removes a folder the site writer has retired (the old site after a swap), its files
/// unlinked on several threads. On a file system mounted with online discard, each unlink
/// waits for the device, and one thread removing a 1,000-lesson site one file at a time was
/// the last 0.2 s of a build (issue 13); several unlinks in flight overlap those waits.
enum FolderRemoval {
    /// Unlinks beside each other; the work is waiting on the device, not the CPU.
    static let width = 8

    /// Removes `path` and everything in it, as `FileManager.removeItem` does; a failure leaves
    /// what could not be removed, like `try? removeItem` (a retired folder is removed at the
    /// next build, see `FolderSwap.removeStale`).
    static func remove(_ path: String) {
        var files: [String] = []
        regularFiles(in: path, into: &files)
        let chunk = max(1, (files.count + width * 4 - 1) / (width * 4))
        let batches = stride(from: 0, to: files.count, by: chunk).map { Array(files[$0..<min($0 + chunk, files.count)]) }
        _ = ParallelMap.map(batches, width: width) { batch in
            for file in batch { unlink(file) }
            return 0
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The regular files under `folder`, found with `lstat`: a symbolic link is never followed
    /// (`removeItem` removes the link itself, not what it points to).
    private static func regularFiles(in folder: String, into files: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: regularFiles(in: path, into: &files)
            case S_IFREG: files.append(path)
            default: break
            }
        }
    }
}
