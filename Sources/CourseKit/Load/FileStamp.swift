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
    /// Modification and status-change times, seconds and nanoseconds.
    package var modified: [Int]
    package var statusChanged: [Int]
    /// Whether the path (links followed) is a regular file.
    package var isRegularFile: Bool

    /// The stamp of the file `path` resolves to; nil when it cannot be examined.
    package static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
        let changed = [Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec)]
        #else
        let modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        let changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
        #endif
        return FileStamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                         modified: modified, statusChanged: changed, isRegularFile: (info.st_mode & S_IFMT) == S_IFREG)
    }
}
