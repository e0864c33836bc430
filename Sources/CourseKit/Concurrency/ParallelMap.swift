import Foundation

/// Runs the same pure work on every element of an array over several threads, results in the
/// array's order: what lets the parse, check and render passes use every core without changing
/// a byte of their output.
///
/// The helpers are threads of their own, started for the call and joined before it returns;
/// none comes from Dispatch's pool or Swift's cooperative pool. So a caller on any thread (the
/// main thread, a `Task`, a Swift Testing test running beside others) can wait for them: they
/// never wait for a pool thread to come free, and nothing they run waits for the caller.
package enum ParallelMap {
    /// How many threads a pass uses unless told otherwise: one per core the process may use.
    package static var defaultWidth: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The stack of each helper: the size Linux gives a main thread, so that a deeply nested
    /// lesson that parses on the main thread also parses on a helper.
    static let helperStackSize = 8 << 20

    /// `items.map(transform)`, with up to `width` elements transformed at once. `transform`
    /// must not depend on the order or thread it runs in; then the result is the same for every
    /// `width`. A `width` of 1 (or a single element) runs on the calling thread alone.
    package static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], width: Int, _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let width = min(width, items.count)
        guard width > 1 else { return items.map(transform) }
        let cursor = Cursor(count: items.count)
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            // Every thread, the caller included, takes the next untouched index, so a long
            // lesson or a core busy with another process does not leave the others idle.
            let work: @Sendable () -> Void = {
                while let index = cursor.next() { slots.fill(index, with: transform(items[index])) }
            }
            let helpers = Helpers(count: width - 1, work: work)
            work()
            helpers.join()
            initialized = items.count
        }
    }

    /// `map(items, width: width, transform)`, with `meanwhile` run first on the calling thread
    /// while the helpers already transform: the caller joins the work once `meanwhile` returns.
    /// A pass writes what the last call made while the next is made. Whatever `meanwhile`
    /// throws is thrown after every helper has ended.
    package static func map<Element: Sendable, Result: Sendable, Failure: Error>(
        _ items: [Element], width: Int, meanwhile: () throws(Failure) -> Void,
        _ transform: @escaping @Sendable (Element) -> Result
    ) throws(Failure) -> [Result] {
        let width = min(width, items.count)
        guard width > 1 else {
            try meanwhile()
            return items.map(transform)
        }
        let cursor = Cursor(count: items.count)
        var failure: Failure?
        let results = [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            let work: @Sendable () -> Void = {
                while let index = cursor.next() { slots.fill(index, with: transform(items[index])) }
            }
            let helpers = Helpers(count: width - 1, work: work)
            do throws(Failure) { try meanwhile() } catch { failure = error }
            work()
            helpers.join()
            initialized = items.count
        }
        if let failure { throw failure }
        return results
    }

    /// The result buffer, shared by the threads: each index is written once, by one thread.
    struct Slots<Value>: @unchecked Sendable {
        // @unchecked: the cursor hands every index to exactly one thread, and the buffer is
        // read only after every helper has been joined.
        let base: UnsafeMutablePointer<Value>

        func fill(_ index: Int, with value: Value) {
            (base + index).initialize(to: value)
        }
    }

    /// The next index to transform, shared by the threads.
    final class Cursor: @unchecked Sendable {
        // @unchecked: `value` is only touched under `lock`.
        private let lock = NSLock()
        private var value = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < count else { return nil }
            value += 1
            return value - 1
        }
    }

    /// Helper threads running the same work, and the wait for all of them to end.
    final class Helpers: @unchecked Sendable {
        // @unchecked: `running` is only touched under `ended`'s lock.
        private let ended = NSCondition()
        private var running = 0
        /// The work, until every helper has run it. `join()` lets go of it, so what it captured
        /// (a course, a context) is freed by the caller, never by a helper thread that is still
        /// ending: a leak check in between found such values held only by an ending thread.
        private var work: (@Sendable () -> Void)?

        /// Starts `count` threads running `work`.
        init(count: Int, work: @escaping @Sendable () -> Void) {
            running = count
            self.work = work
            for _ in 0..<count {
                let thread = Thread { [self] in
                    runWork()
                    ended.lock()
                    running -= 1
                    ended.signal()
                    ended.unlock()
                }
                thread.stackSize = ParallelMap.helperStackSize
                thread.start()
            }
        }

        /// Runs the work; the thread's reference to it ends here, before the thread signals.
        private func runWork() {
            ended.lock()
            let work = self.work
            ended.unlock()
            work?()
        }

        /// Returns once every helper has finished its work.
        func join() {
            ended.lock()
            while running > 0 { ended.wait() }
            work = nil
            ended.unlock()
        }
    }
}
