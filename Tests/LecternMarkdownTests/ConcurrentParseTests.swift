import Foundation
import Testing
@testable import LecternMarkdown
import Diagnostics

/// Many parses at once give what each gives alone: only the inline parse, which reads and writes
/// cmark-gfm's process-wide table of special characters, takes turns
/// (`CommonMarkConverter.finish`), so no parse can drop another's `$`, `{`, `~` or `|`.
/// `make tsan` runs this suite under ThreadSanitizer.
@Suite struct ConcurrentParseTests {
    /// Documents that lean on every extension's special characters, each a little different.
    static let documents: [String] = (0..<240).map { index in
        """
        ## Part \(index)

        The mean $\\mu_{\(index)} = \\frac{1}{n}\\sum_i x_i$ and ~~old \(index)~~ new, with {= \(index) * 2 }.

        | a | b \(index) |
        |---|---:|
        | $x^\(index % 7)$ | ~~gone~~ |

        $$
        \\int_0^{\(index)} t\\,dt
        $$

        See www.example.com/\(index) and *emphasis* at a_b_\(index)[^n].

        - [x] done \(index)
        - [ ] open

        [^n]: A note on \(index).

        """
    }

    /// What each document renders to when the documents are parsed one after another.
    private static func serial(lecternSyntax: Bool) -> [String] {
        documents.map { GFMSpec.lecternHTML($0, lecternSyntax: lecternSyntax) }
    }

    /// Renders every document on `threads` threads of their own at once, in any order. Plain
    /// threads, joined before returning: the test itself runs on Swift's cooperative pool,
    /// which it must not wait on.
    private static func concurrent(threads: Int, _ render: @escaping @Sendable (String) -> String) -> [String] {
        let results = Results(count: documents.count)
        let running = Countdown(threads)
        for thread in 0..<threads {
            Thread {
                for index in stride(from: thread, to: documents.count, by: threads) {
                    results.set(index, render(documents[index]))
                }
                running.finishOne()
            }.start()
        }
        running.wait()
        return results.values
    }

    @Test func lecternParsesAtOnceMatchParsesAlone() {
        let expected = Self.serial(lecternSyntax: true)
        // The documents' math must really be recognised, or the comparison proves little.
        #expect(expected.allSatisfy {
            $0.contains("<span class=\"lectern-math\">") && $0.contains("lectern-display")
                && $0.contains("<span class=\"lectern-value\">") && $0.contains("<del>")
        })
        let together = Self.concurrent(threads: 8) { GFMSpec.lecternHTML($0) }
        #expect(together == expected)
    }

    @Test func mixedParsesAtOnceMatchParsesAlone() {
        // Lectern's syntax on and off, and cmark-gfm's own renderer, all interleaved.
        let lectern = Self.serial(lecternSyntax: true)
        let plain = Self.serial(lecternSyntax: false)
        let reference = Self.documents.map { GFMSpec.referenceHTML($0) }
        #expect(plain.allSatisfy { $0.contains("<del>") && $0.contains("<table>") })
        let together = Self.concurrent(threads: 6) { markdown in
            GFMSpec.lecternHTML(markdown) + "\u{0}" + GFMSpec.lecternHTML(markdown, lecternSyntax: false)
                + "\u{0}" + GFMSpec.referenceHTML(markdown)
        }
        let expected = Self.documents.indices.map { lectern[$0] + "\u{0}" + plain[$0] + "\u{0}" + reference[$0] }
        #expect(together == expected)
    }
}

/// Results written by index from many threads.
private final class Results: @unchecked Sendable {
    // @unchecked: every write is under `lock`; `values` is read after all writers are done.
    private let lock = NSLock()
    private var storage: [String]

    init(count: Int) { storage = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// How many threads are still running, and the wait for none.
private final class Countdown: @unchecked Sendable {
    // @unchecked: `count` is only touched under `condition`'s lock.
    private let condition = NSCondition()
    private var count: Int

    init(_ count: Int) { self.count = count }

    func finishOne() {
        condition.lock()
        count -= 1
        condition.signal()
        condition.unlock()
    }

    func wait() {
        condition.lock()
        while count > 0 { condition.wait() }
        condition.unlock()
    }
}
