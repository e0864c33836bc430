import Diagnostics

/// A value read from an author's file together with where it was written, so later passes
/// (an unknown FAQ id, a duplicate tag) can point at the exact spot.
package struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as read.
    package var value: Value
    /// Where the author wrote it.
    package var range: SourceRange

    /// Pairs a value with its range.
    package init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}
