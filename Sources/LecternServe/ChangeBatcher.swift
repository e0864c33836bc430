import Foundation

/// Turns a burst of file-change signals into one batch: a batch is delivered once no new
/// change has arrived for `quiet` (an editor saving ten files, or writing a temporary file and
/// renaming it, causes one rebuild, not ten).
package actor ChangeBatcher {
    private let quiet: Duration
    private var pending: Set<String> = []
    private var timer: Task<Void, Never>?
    private let continuation: AsyncStream<Set<String>>.Continuation

    /// The batches, each the set of paths that changed. A batch that arrives while the
    /// consumer is still busy is merged into the next one rather than queued.
    package nonisolated let batches: AsyncStream<Set<String>>

    /// How long serve waits after the last change: long enough for an editor's write-and-rename
    /// or a `git checkout` (files a fraction of a millisecond apart) to arrive as one batch,
    /// short enough to leave most of the 100 ms a save may take to reach the page for the rebuild.
    package static let defaultQuiet: Duration = .milliseconds(30)

    /// A batcher that waits `quiet` after the last change.
    package init(quiet: Duration = defaultQuiet) {
        self.quiet = quiet
        (batches, continuation) = AsyncStream<Set<String>>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Records changed paths and restarts the quiet period.
    package func signal(_ paths: Set<String>) {
        pending.formUnion(paths)
        timer?.cancel()
        timer = Task { [quiet] in
            try? await Task.sleep(for: quiet)
            guard !Task.isCancelled else { return }
            self.flush()
        }
    }

    /// Ends the stream of batches.
    package func finish() {
        timer?.cancel()
        continuation.finish()
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        continuation.yield(pending)
        pending = []
    }
}
