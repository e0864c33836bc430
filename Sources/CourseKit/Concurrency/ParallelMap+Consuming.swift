import Foundation

extension ParallelMap {
    /// `map(_:width:_:)` for a pass whose input is dead once transformed: each element is moved
    /// out of the input as its turn comes and handed to `transform`, so it is freed as soon as
    /// `transform` returns instead of when the whole map ends.
    ///
    /// What it saves is the input's peak: the Check pass holds one parsed tree per thread rather
    /// than every lesson's parsed tree beside every checked one (at 10,000 lessons a few hundred
    /// megabytes). The saving needs the caller to hand over the only reference to `items`; with
    /// another reference alive the result is the same, only the elements live on.
    package static func consumingMap<Element: Sendable, Result: Sendable>(
        _ items: consuming [Element], width: Int, _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let count = items.count
        let inputs = Inputs<Element>(moving: consume items)
        defer { inputs.deallocate() }
        let width = min(width, count)
        guard width > 1 else { return (0..<count).map { transform(inputs.take($0)) } }
        let cursor = Cursor(count: count)
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            let work: @Sendable () -> Void = {
                while let index = cursor.next() { slots.fill(index, with: transform(inputs.take(index))) }
            }
            let helpers = Helpers(count: width - 1, work: work)
            work()
            helpers.join()
            initialized = count
        }
    }

    /// The input elements in a buffer of their own, each taken (moved out) exactly once.
    private final class Inputs<Value>: @unchecked Sendable {
        // @unchecked: the cursor hands every index to exactly one thread, which moves that
        // element out; the buffer is freed only after every helper has been joined.
        private let base: UnsafeMutablePointer<Value>

        /// Copies the elements out of `items` and drops the array, so that, when it was the
        /// only reference, each element is now owned by this buffer alone.
        init(moving items: consuming [Value]) {
            base = .allocate(capacity: items.count)
            items.withUnsafeBufferPointer { source in
                for (index, element) in source.enumerated() { (base + index).initialize(to: element) }
            }
            _ = consume items
        }

        /// The element at `index`, moved out: the buffer no longer keeps it alive.
        func take(_ index: Int) -> Value { (base + index).move() }

        /// Frees the buffer; every element must have been taken.
        func deallocate() { base.deallocate() }
    }
}
