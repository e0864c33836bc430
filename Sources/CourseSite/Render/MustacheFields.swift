import CourseKit
import Mustache

/// A view model that hands Mustache its fields from a table of key paths.
///
/// Without it swift-mustache finds a name by reflecting the view and walking every stored
/// property, which took half of the Render pass. A table hit gives the same value: the field
/// by name, an optional unwrapped (nil lets Mustache look further down its context stack, as
/// before). `ViewFieldTableTests` checks each table names every stored property.
package protocol MustacheFields: MustacheParent {
    /// Every stored property, by its name in templates.
    static var mustacheFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension MustacheFields {
    /// The field `name`, an optional unwrapped; nil when there is none.
    package func child(named name: String) -> Any? {
        guard let keyPath = Self.mustacheFields[name] else { return nil }
        let value = self[keyPath: keyPath]
        if let optional = value as? any OptionalField { return optional.wrappedField }
        return value
    }
}

/// Lets a field typed `Any` be looked into when it holds an optional.
private protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrappedField: Any? { self.map { $0 as Any } }
}
