import Foundation
import LecternServe

/// The file watcher and the batcher together: the batches of changes under the course's
/// content and templates folders, for `serve` and `check --watch`.
struct ChangeWatch {
    /// The watcher (kept alive while batches are read).
    let watcher: FileWatcher
    /// The batcher the watcher feeds.
    let batcher: ChangeBatcher

    /// Starts watching `folders` (missing ones are skipped).
    init(folders: [String], preferPolling: Bool = ProcessInfo.processInfo.environment["LECTERN_WATCH_POLL"] != nil) {
        let batcher = ChangeBatcher()
        self.batcher = batcher
        watcher = FileWatcher(roots: folders, preferPolling: preferPolling) { paths in
            Task { await batcher.signal(paths) }
        }
    }

    /// Batches of changed paths, one per burst of saves.
    var batches: AsyncStream<Set<String>> { batcher.batches }

    /// Stops watching.
    func stop() async {
        watcher.stop()
        await batcher.finish()
    }
}
