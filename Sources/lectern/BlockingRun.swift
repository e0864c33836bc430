import Foundation

/// Runs an async body from a synchronous command's `run()` and returns its exit status.
///
/// The root command is synchronous (it maps usage errors to status 2 in `main()`), so the
/// long-running commands (`serve`, `check --watch`) wait here while their work runs on the
/// concurrency pool.
func blockingRun(_ body: @escaping @Sendable () async -> Int32) -> Int32 {
    let done = DispatchSemaphore(value: 0)
    let status = StatusBox()
    Task {
        status.set(await body())
        done.signal()
    }
    done.wait()
    return status.get()
}

/// A lock-guarded exit status handed from the task back to the waiting thread.
private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32 = 0

    func set(_ newValue: Int32) {
        lock.lock()
        value = newValue
        lock.unlock()
    }

    func get() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Calls `handler` when the process first receives SIGINT (Ctrl-C) or SIGTERM, instead of
/// dying at once, so a command can stop its server and say so; a second signal ends the
/// process at once (status 130), in case stopping hangs. Keep the returned sources.
func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
    let count = StatusBox()
    // One serial queue, so the count needs no more than the box's lock.
    let queue = DispatchQueue(label: "lectern-signals")
    return [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
        source.setEventHandler {
            count.set(count.get() + 1)
            if count.get() > 1 { exit(130) }
            handler()
        }
        source.resume()
        return source
    }
}
