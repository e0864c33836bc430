import CourseKit
import Foundation

/// The linear form of each formula already read in one search index build, shared by the
/// lessons read on every thread.
///
/// Courses repeat formulas (`$x$`, `$\hat{y}$`, a definition restated in many lessons), and the
/// Check pass's `MathMemo` gives every repeat the same MathML. Reading MathML into its linear
/// form (`MathText.linear`) was most of making the search documents (issue 13); hashing the
/// MathML's bytes costs a small part of one reading. `MathText.linear(mathML:)` is a pure
/// function of the MathML's bytes and the key is those bytes (not `String` equality, which
/// would take canonically equivalent MathML for the same), so the text is the same with or
/// without the memo and for any schedule.
package final class MathTextMemo: @unchecked Sendable {
    // @unchecked: `texts` is only touched under `lock`.
    private let lock = NSLock()
    private var texts: [Key: String] = [:]
    /// Most entries kept, a bound on memory for a course of many distinct formulas.
    let capacity: Int

    /// A formula's MathML, equal and hashed by its bytes.
    private struct Key: Hashable {
        var mathML: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            var left = lhs.mathML
            var right = rhs.mathML
            return left.withUTF8 { left in
                right.withUTF8 { right in
                    left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
        }

        /// Hashes the length and the last bytes only: every `<math>` opens alike and ends with
        /// its TeX annotation, which tells formulas apart; `==` still compares every byte.
        func hash(into hasher: inout Hasher) {
            var mathML = mathML
            mathML.withUTF8 { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(Self.hashedTail))))
            }
        }

        static let hashedTail = 96
    }

    /// An empty memo, for one build of the index.
    package init(capacity: Int = 50_000) {
        self.capacity = capacity
        texts.reserveCapacity(min(capacity, 1024))
    }

    /// Number of entries kept (tests).
    var count: Int { lock.withLock { texts.count } }

    /// `MathText.linear(math)`, read at most once per distinct MathML while there is room (two
    /// threads meeting a new formula at once may both read it; the text is the same).
    package func linear(_ math: CheckedMath) -> String {
        guard let mathML = math.mathML else { return math.node.tex }
        let key = Key(mathML: mathML)
        if let known = lock.withLock({ texts[key] }) { return known }
        let text = MathText.linear(mathML: mathML)
        lock.withLock {
            if texts.count < capacity { texts[key] = text }
        }
        return text
    }
}
