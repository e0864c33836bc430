import FlyingFox
import FlyingSocks
import Foundation

/// An endless HTTP body made of the events a `LiveSite` sends, in the byte-sequence shape
/// FlyingFox streams with chunked transfer encoding (each event is flushed as it comes).
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = Array(event)
            }
            let take = Swift.min(Swift.max(count, 1), pending.count)
            defer { pending.removeFirst(take) }
            return Array(pending.prefix(take))
        }
    }
}
