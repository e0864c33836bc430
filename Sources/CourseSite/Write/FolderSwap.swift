import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system moves behind `SiteWriter`'s swap, kept apart so each can be tested alone.
package enum FolderSwap {
    /// Exchanges two existing paths in one step, so neither is ever missing: a web server
    /// reading the output folder sees the old site or the new one, and a kill at any moment
    /// leaves a complete site in place. Uses `renameat2(RENAME_EXCHANGE)` on Linux; returns
    /// false where that is unavailable (another system, an old kernel, a file system without
    /// support), and the caller falls back to two renames.
    package static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        // glibc declares renameat2 only under _GNU_SOURCE, which the Glibc module does not set;
        // look the symbol up instead, and call it with the C convention.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
        #else
        return false
        #endif
    }

    /// Removes the temporary and retired folders (`.<name>.lectern-tmp-<pid>`,
    /// `.<name>.lectern-old-<pid>`) that builds of `name` in `parent` left behind when they
    /// were killed: those whose process no longer runs. Folders of running builds, and of
    /// `ownToken`, are kept. Returns the removed names, sorted.
    @discardableResult
    package static func removeStale(besides name: String, in parent: String, ownToken: String) -> [String] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) else { return [] }
        var removed: [String] = []
        // Only Lectern's own names are sorted: the parent may be a crowded folder (`/tmp`).
        let prefix = ".\(name).lectern-"
        for entry in entries.filter({ $0.hasPrefix(prefix) }).sorted() {
            guard let token = token(of: entry, besides: name), token != ownToken,
                  let pid = Int32(token), pid > 0, !isRunning(pid) else { continue }
            let path = parent.isEmpty ? entry : "\(parent)/\(entry)"
            if (try? manager.removeItem(atPath: path)) != nil { removed.append(entry) }
        }
        return removed
    }

    /// The token of a leftover folder of `name`, nil for any other entry.
    private static func token(of entry: String, besides name: String) -> String? {
        for kind in ["tmp", "old"] {
            let prefix = ".\(name).lectern-\(kind)-"
            if entry.hasPrefix(prefix), entry.count > prefix.count { return String(entry.dropFirst(prefix.count)) }
        }
        return nil
    }

    /// Whether a process with this id exists (one we may not signal still exists).
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
