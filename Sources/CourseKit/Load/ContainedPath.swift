#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a path, once every symbolic link in it is followed, still lies inside a folder.
///
/// Content, templates and assets come from a repository that takes pull requests; a link such
/// as `lessons/zz.md -> /proc/self/environ` must not make Lectern read (and quote, or publish)
/// a file from elsewhere on the machine. Links that stay inside their folder keep working.
package enum ContainedPath {
    /// The canonical absolute form of `path` (`realpath(3)`), nil when it does not exist.
    package static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Whether `path` resolves to `folder` itself or to something below it; `folder` must
    /// already be resolved. False when `path` does not exist.
    package static func isInside(_ path: String, folder: String) -> Bool {
        guard let target = resolved(path) else { return false }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return target == folder || target.hasPrefix(prefix)
    }

    /// Whether `path` resolves to a regular file (not a folder, device, FIFO or socket, any of
    /// which could hang or flood a read).
    package static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The size in bytes of the file `path` resolves to, nil when it cannot be read.
    package static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
