import CourseKit
import Mustache

/// The parsed Mustache templates; renders typed view models and turns a missing template into
/// a typed error (swift-mustache's `render` returns nil for it).
package struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>
    private let directory: String

    /// Parses every template of `templates`.
    /// - Throws: `LecternError.templateSyntax` for a template that does not parse.
    package init(templates: TemplateSet) throws(LecternError) {
        library = try templates.library()
        names = Set(templates.templates.keys)
        directory = templates.directory
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
}
