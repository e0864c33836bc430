import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site a build replaces, read so that a file whose bytes did not change is hard-linked
/// into the new site instead of written again (issue 13).
///
/// Creating a file costs the file system a new inode, and removing the old site frees one per
/// file; on ext4 without a journal each new inode is also checked against the recently freed
/// ones, so rebuilding a 1,000-lesson site spent about 7 % of its CPU time in the kernel making
/// and freeing inodes for pages that came out the same. A link shares the old file's inode:
/// the old site stays whole until the swap (a link never changes the file it names), and
/// removing the old site afterwards only drops a name. Unchanged files also keep their
/// modification time, so a deploy that copies by date (rsync, a CDN upload) sends only what
/// changed.
struct PreviousSite {
    /// The old site's folder.
    private let root: String
    /// Site-relative folders, by whether they are real folders in the old site: a folder
    /// reached through a symbolic link is never read, as the old site's links are never followed.
    private var realFolders: [Substring: Bool] = [:]
    /// Where an old file is read for the comparison, reused from file to file.
    private var buffer: [UInt8] = []

    init(root: String) {
        self.root = root
    }

    /// Links the old site's file at `path` to `destination` when its bytes are `data`; false
    /// when it differs, is missing, is not a regular file, or cannot be linked (another file
    /// system, one without hard links): the caller then writes the file.
    mutating func linkUnchanged(_ path: String, _ data: Data, to destination: String) -> Bool {
        guard isReal(folderOf: path) else { return false }
        let source = root + "/" + path
        guard holds(source, data) else { return false }
        return link(source, destination) == 0
    }

    /// Whether the regular file at `source` holds exactly `data`.
    private mutating func holds(_ source: String, _ data: Data) -> Bool {
        let descriptor = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              Int(status.st_size) == data.count else { return false }
        if buffer.count < data.count { buffer = [UInt8](repeating: 0, count: data.count) }
        let count = data.count
        return buffer.withUnsafeMutableBytes { (scratch: UnsafeMutableRawBufferPointer) -> Bool in
            var filled = 0
            while filled < count {
                let got = read(descriptor, scratch.baseAddress! + filled, count - filled)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                filled += got
            }
            return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
                count == 0 || memcmp(bytes.baseAddress!, scratch.baseAddress!, count) == 0
            }
        }
    }

    /// Whether every folder on the way to `path` is a real folder of the old site.
    private mutating func isReal(folderOf path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return true }
        let folder = path[..<slash]
        if let known = realFolders[folder] { return known }
        let parentIsReal = isReal(folderOf: String(folder))
        var status = stat()
        let real = parentIsReal && lstat(root + "/" + folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        realFolders[folder] = real
        return real
    }
}
