#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches folders (recursively) and reports the paths that change, through inotify on Linux
/// or, elsewhere and when inotify is unavailable, by comparing modification times every 100 ms.
///
/// Reports go to a callback on a background thread; the watcher owns that thread until
/// `stop()`. Hidden files (editor swap files, `.DS_Store`) are ignored.
package final class FileWatcher: @unchecked Sendable {
    /// How changes are noticed.
    package enum Mode: String, Sendable {
        /// The kernel tells (Linux).
        case inotify
        /// Modification times compared every `pollInterval`.
        case polling
    }

    /// The folders watched.
    package let roots: [String]
    /// The mode in use.
    package private(set) var mode: Mode
    /// How often polling looks.
    package static let pollInterval: Duration = .milliseconds(100)

    private let onChange: @Sendable (Set<String>) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    #if canImport(Glibc)
    private var inotifyDescriptor: Int32 = -1
    private var watches: [Int32: String] = [:]
    #endif

    /// Starts watching `roots` (missing folders are skipped). `preferPolling` forces the
    /// portable mode (tests, network file systems where inotify says nothing).
    package init(roots: [String], preferPolling: Bool = false, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.roots = roots
        self.onChange = onChange
        self.mode = .polling
        #if canImport(Glibc)
        if !preferPolling, startInotify() { mode = .inotify }
        #endif
        let thread = Thread { [weak self] in
            guard let self else { return }
            if self.mode == .inotify { self.inotifyLoop() } else { self.pollLoop() }
        }
        thread.name = "lectern-watch"
        self.thread = thread
        thread.start()
    }

    deinit { stop() }

    /// Stops reporting; the background thread ends shortly after.
    package func stop() {
        lock.lock()
        defer { lock.unlock() }
        stopped = true
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    // MARK: Polling

    /// Path → (modification time, size) of every file under the roots.
    static func snapshot(of roots: [String]) -> [String: [Double]] {
        let manager = FileManager.default
        var result: [String: [Double]] = [:]
        for root in roots {
            var pending = [root]
            while let folder = pending.popLast() {
                guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
                for name in names where !name.hasPrefix(".") {
                    let path = folder + "/" + name
                    guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
                    if attributes[.type] as? FileAttributeType == .typeDirectory {
                        pending.append(path)
                    } else {
                        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                        let size = Double((attributes[.size] as? NSNumber)?.int64Value ?? 0)
                        result[path] = [time, size]
                    }
                }
            }
        }
        return result
    }

    private func pollLoop() {
        var last = Self.snapshot(of: roots)
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.1)
            let now = Self.snapshot(of: roots)
            if now != last {
                let paths = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
                last = now
                onChange(paths)
            }
        }
    }

    // MARK: inotify

    #if canImport(Glibc)
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    private func startInotify() -> Bool {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return false }
        inotifyDescriptor = descriptor
        for root in roots { addWatches(under: root) }
        return true
    }

    /// Watches `folder` and every folder below it (inotify watches one folder at a time).
    private func addWatches(under folder: String) {
        var pending = [folder]
        let manager = FileManager.default
        while let current = pending.popLast() {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: current, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let watch = inotify_add_watch(inotifyDescriptor, current, Self.mask)
            if watch >= 0 { watches[watch] = current }
            for name in (try? manager.contentsOfDirectory(atPath: current)) ?? [] where !name.hasPrefix(".") {
                pending.append(current + "/" + name)
            }
        }
    }

    private func inotifyLoop() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer {
            buffer.deallocate()
            close(inotifyDescriptor)
        }
        var poller = pollfd(fd: inotifyDescriptor, events: Int16(POLLIN), revents: 0)
        while !isStopped {
            // Wake up every 200 ms to notice `stop()`.
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = read(inotifyDescriptor, buffer, size)
            guard count > 0 else { continue }
            var paths: Set<String> = []
            var offset = 0
            while offset < count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                var name = ""
                if event.len > 0 {
                    let bytes = UnsafeRawBufferPointer(start: buffer + nameStart, count: Int(event.len))
                    name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                offset = nameStart + Int(event.len)
                guard let folder = watches[event.wd] else { continue }
                if name.hasPrefix(".") { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addWatches(under: path)
                }
                if event.mask & UInt32(IN_IGNORED) != 0 { watches[event.wd] = nil }
                paths.insert(path)
            }
            if !paths.isEmpty { onChange(paths) }
        }
    }
    #endif
}
