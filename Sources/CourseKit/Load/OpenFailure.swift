#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system will not open a path for reading, in its own words (`permission denied`), for
/// the `course.unreadable` diagnostic: Foundation's reads say only that they failed.
package enum OpenFailure {
    /// The error text of opening `path` read-only, lower-case; nil when it opens. The open never
    /// waits (a path that became a pipe since it was examined is not read from) and is closed at once.
    package static func reason(_ path: String, folder: Bool = false) -> String? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (folder ? O_DIRECTORY : 0))
        let code = errno
        guard descriptor < 0 else {
            close(descriptor)
            return nil
        }
        return String(cString: strerror(code)).lowercased()
    }
}
