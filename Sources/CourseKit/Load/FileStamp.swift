#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about a file, enough to tell that it was not written since an earlier
/// look: device and inode (an editor's atomic save replaces the inode), size, and the
/// modification and status-change times to the nanosecond.
///
/// The author's loop re-reads only files whose stamp changed (`ContentReader.read(reusing:)`),
/// which is how editors, `git checkout` and `touch` are all noticed: each changes at least the
/// status-change time, which no program can set back.
package struct FileStamp: Sendable, Hashable {
    /// Device and inode number.
    package var device: UInt64
    package var inode: UInt64
    /// Size in bytes.
    package var size: Int
    /// Modification and status-change times: seconds and nanoseconds.
    package var modified: Int
    package var modifiedNanoseconds: Int
    package var statusChanged: Int
    package var statusChangedNanoseconds: Int
    /// Whether the path (links followed) is a regular file.
    package var isRegularFile: Bool
    /// Whether the path itself is a symbolic link (only `of(link:)` can tell).
    package var isLink = false

    /// The stamp of the file `path` resolves to; nil when it cannot be examined.
    package static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of `path` itself, not following a final symbolic link (`lstat(2)`); for a path
    /// that is no link it equals `of(_:)`.
    package static func of(link path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        var stamp = FileStamp(info)
        stamp.isLink = (info.st_mode & S_IFMT) == S_IFLNK
        return stamp
    }

    private init(_ info: stat) {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        self.modified = Int(modified.tv_sec)
        modifiedNanoseconds = Int(modified.tv_nsec)
        statusChanged = Int(changed.tv_sec)
        statusChangedNanoseconds = Int(changed.tv_nsec)
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
    }
}
