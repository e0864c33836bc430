import CourseKit
import Mustache

/// The parsed Mustache templates; renders typed view models and turns a missing template into
/// a typed error (swift-mustache's `render` returns nil for it).
package struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>
    private let directory: String
    /// Fragments rendered so far, for `renderShared`.
    let memo: PartialMemo

    /// Parses every template of `templates`.
    /// - Parameter memoizing: whether `renderShared` keeps what it renders (false in tests that
    ///   compare the bytes with and without the memo).
    /// - Throws: `LecternError.templateSyntax` for a template that does not parse.
    package init(templates: TemplateSet, memoizing: Bool = true) throws(LecternError) {
        library = try templates.library()
        names = Set(templates.templates.keys)
        directory = templates.directory
        memo = PartialMemo(capacity: memoizing ? 20_000 : 0)
    }

    /// Whether a template named `name` exists (optional partials).
    package func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders `view` with the template `name`.
    /// - Throws: `LecternError.missingTemplate` when there is no such template.
    package func render(_ view: Any, template name: String) throws(LecternError) -> HTML {
        guard names.contains(name), let text = library.render(view, withTemplate: name) else {
            throw .missingTemplate(name: name, directory: directory)
        }
        return HTML(trusted: text)
    }

    /// `render(view, template:)` for a fragment whose view repeats across pages (a glossary
    /// link, a module's link in the navigation): rendered once per distinct view and template
    /// set, then the same bytes are handed back (`PartialMemo`).
    package func renderShared<View: Hashable & Sendable>(_ view: View, template name: String) throws(LecternError) -> HTML {
        try memo.html(view, template: name) { () throws(LecternError) in try render(view, template: name) }
    }
}
