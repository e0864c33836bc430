import Foundation

/// Pure work items run one after another on a thread of their own while the caller does
/// something else, each result collected when the caller reaches it: what lets a pass overlap
/// its small serial steps (the pages besides the lessons, the glossary's checks) with its big
/// parallel one, so no core idles through them.
///
/// The results are those of running `work(0)`, `work(1)`, … on the calling thread, in that
/// order: each item must be a pure function of its index. Like `ParallelMap`'s helpers, the
/// thread is started for the queue and joined by `finish()`; it takes nothing from Dispatch's or
/// Swift's cooperative pool.
package final class BackgroundQueue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `results`, `taken`, `stopped` and `ended` are only touched under `changed`'s lock.
    private let changed = NSCondition()
    private var results: [Value?]
    /// Items handed over by `take`, whose results the queue no longer holds.
    private var taken: [Bool]
    private var stopped = false
    private var ended = false
    /// The items' work, read only by the thread.
    private let work: @Sendable (Int) -> Value

    /// Starts a thread that computes `work(index)` for every index below `count`, in order.
    /// `finish()` must be called before the queue is let go.
    package init(count: Int, work: @escaping @Sendable (Int) -> Value) {
        results = Array(repeating: nil, count: count)
        taken = Array(repeating: false, count: count)
        self.work = work
        // Unowned: the thread holds nothing of its own, so the queue, its work and its results
        // are freed by the caller after `finish()`, never by the thread while it ends (where a
        // leak checker looking in between saw half-freed results as leaks).
        let thread = Thread { [unowned self] in run(count: count) }
        thread.stackSize = ParallelMap.helperStackSize
        thread.start()
    }

    private func run(count: Int) {
        for index in 0..<count {
            changed.lock()
            let stop = stopped
            changed.unlock()
            if stop { break }
            let value = work(index)
            changed.lock()
            results[index] = value
            changed.broadcast()
            changed.unlock()
        }
        changed.lock()
        ended = true
        changed.broadcast()
        changed.unlock()
    }

    /// The result of item `index`, waiting for it if the thread has not made it yet. Must be
    /// called before `finish()`.
    package func value(at index: Int) -> Value {
        changed.lock()
        defer { changed.unlock() }
        precondition(!taken[index], "item \(index) was already taken")
        while results[index] == nil { changed.wait() }
        return results[index]!
    }

    /// The result of item `index` if the thread has made it, without waiting, handed over: the
    /// queue lets go of it (a big result is freed as soon as the caller is done with it), so
    /// the item cannot be asked for again. Must be called before `finish()`.
    package func takeIfMade(at index: Int) -> Value? {
        changed.lock()
        defer { changed.unlock() }
        guard let value = results[index] else { return nil }
        precondition(!taken[index], "item \(index) was already taken")
        taken[index] = true
        results[index] = nil
        return value
    }

    /// The result of item `index`, waiting for it, handed over as `takeIfMade(at:)` does.
    package func take(at index: Int) -> Value {
        let value = self.value(at: index)
        changed.lock()
        taken[index] = true
        results[index] = nil
        changed.unlock()
        return value
    }

    /// Stops the thread after the item it is making, if `abandon` (a pass that failed needs no
    /// more), and waits for it to end.
    package func finish(abandon: Bool = false) {
        changed.lock()
        if abandon { stopped = true }
        while !ended { changed.wait() }
        changed.unlock()
    }
}
