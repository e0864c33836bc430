import CourseKit
import Mustache

/// A view model that hands Mustache its fields from a table of getters.
///
/// Without it swift-mustache finds a name by reflecting the view and walking every stored
/// property, which took half of the Render pass. A table hit gives the same value: the field
/// by name, an optional unwrapped (nil lets Mustache look further down its context stack, as
/// before). The getters return `Any?` themselves, so an optional field comes out unwrapped
/// without a key-path projection and a cast per lookup (issue 13). `ViewFieldTableTests`
/// checks each table names every stored property.
package protocol MustacheFields: MustacheParent {
    /// A getter for every stored property, by its name in templates.
    static var mustacheFields: [String: @Sendable (Self) -> Any?] { get }
}

extension MustacheFields {
    /// The field `name`, an optional unwrapped; nil when there is none.
    package func child(named name: String) -> Any? {
        Self.mustacheFields[name]?(self) ?? nil
    }
}
