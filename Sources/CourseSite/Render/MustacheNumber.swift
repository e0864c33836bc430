import Mustache

/// A whole number as view getters hand it to swift-mustache: it renders, transforms and opens
/// sections exactly as the `Int` would, on a cheaper path.
///
/// swift-mustache prints a value that is not `MustacheCustomRenderable` only after two more
/// failed casts (`MustacheLambda`, `AnyOptional`) and a `String(describing:)`, each a runtime
/// conformance lookup; this one is renderable, so `{{number}}` stops at the first cast (issue
/// 13). Everything else a template can do with the field comes out the same: `{{#number}}` opens
/// for every value and pushes the number, inside it a name finds nothing here (as in an `Int`,
/// which has no children) and `{{.}}` prints the digits, and a transform (`plusone(number)`)
/// is `Int`'s own.
package struct MustacheNumber: Sendable, Hashable, MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    /// The number.
    package let value: Int

    /// Wraps `value`.
    package init(_ value: Int) {
        self.value = value
    }

    /// The decimal digits, as `String(describing:)` prints an `Int`.
    package var renderText: String { String(value) }
    /// A number always opens a section, zero included (swift-mustache treats an `Int` so).
    package var isNull: Bool { false }

    /// Nothing: an `Int` has no children either.
    package func child(named name: String) -> Any? { nil }

    /// `Int`'s own transform (`plusone`, `even`, ...), so the result has `Int`'s type.
    package func transform(_ name: String) -> Any? { value.transform(name) }
}
