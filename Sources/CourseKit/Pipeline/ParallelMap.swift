import Dispatch
import Foundation

/// Runs the same pure work on every element of an array over several threads, results in the
/// array's order: what lets `ParsePass` and `CheckPass` use every core without changing a byte
/// of their output.
package enum ParallelMap {
    /// How many threads a pass uses unless told otherwise: one per core the process may use.
    package static var defaultWidth: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `items.map(transform)`, with up to `width` elements transformed at once. `transform`
    /// must not depend on the order or thread it runs in; then the result is the same for every
    /// `width`. A `width` of 1 (or a single element) runs on the calling thread.
    package static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], width: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let width = min(width, items.count)
        guard width > 1 else { return items.map(transform) }
        let cursor = Cursor()
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            // Each thread takes the next untouched index, so a long lesson or a core busy with
            // another process does not leave the other threads idle.
            DispatchQueue.concurrentPerform(iterations: width) { _ in
                while let index = cursor.next(below: items.count) {
                    slots.fill(index, with: transform(items[index]))
                }
            }
            initialized = items.count
        }
    }

    /// The result buffer, shared by the threads: each index is written once, by one thread.
    private struct Slots<Value>: @unchecked Sendable {
        // @unchecked: the cursor hands every index to exactly one thread, and the buffer is
        // read only after `concurrentPerform` has returned.
        let base: UnsafeMutablePointer<Value>

        func fill(_ index: Int, with value: Value) {
            (base + index).initialize(to: value)
        }
    }

    /// The next index to transform, shared by the threads.
    private final class Cursor: @unchecked Sendable {
        // @unchecked: `value` is only touched under `lock`.
        private let lock = NSLock()
        private var value = 0

        func next(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < count else { return nil }
            value += 1
            return value - 1
        }
    }
}
