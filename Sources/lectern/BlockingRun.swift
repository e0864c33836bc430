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

/// Calls `handler` once when the process receives SIGINT (Ctrl-C) or SIGTERM, instead of
/// dying at once, so a command can stop its server and say so. Keep the returned sources.
func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
    [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
