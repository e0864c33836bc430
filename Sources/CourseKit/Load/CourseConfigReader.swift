import Diagnostics
import Yams

/// Validates `course.yml` into a `CourseConfig`.
package enum CourseConfigReader {
    /// The keys course.yml may have.
    package static let keys = ["title", "tagline", "tags", "discussion", "base_url", "allow_html", "lang", "modules"]
    /// The keys of one module entry.
    package static let moduleKeys = ["title", "lessons"]

    /// Reads `source`; returns a configuration even after errors (with a placeholder title) so
    /// the remaining files can still be checked, and whether the module list could be read at
    /// all (if not, no lesson can be called unlisted).
    package static func read(_ source: SourceText) -> (CourseConfig, [Diagnostic], modulesRead: Bool) {
        let document = YAMLDocument(yaml: source.text, source: source)
        let start = SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1))
        var fields = MappingFields(document.root, in: document, allowed: keys, codes: .course,
                                   fallback: start, what: "course.yml")
        var diagnostics = document.diagnostics
        let parsed = document.diagnostics.isEmpty
        let title = parsed ? fields.string("title", required: true) : nil
        var config = CourseConfig(title: title ?? "Untitled course")
        config.tagline = fields.string("tagline")
        config.tags = fields.strings("tags")
        config.discussion = fields.url("discussion", as: .link)
        config.baseURL = fields.url("base_url", as: .base)
        config.allowHTML = fields.bool("allow_html") ?? false
        config.lang = fields.string("lang") ?? "en"
        var modulesRead = false
        if parsed {
            if let modules = fields.node("modules") {
                modulesRead = modules.sequence != nil
                config.modules = readModules(modules, document: document, fields: &fields)
            } else {
                fields.missing("modules")
            }
        }
        diagnostics += fields.diagnostics
        return (config, diagnostics, modulesRead)
    }

    private static func readModules(_ node: Node, document: YAMLDocument, fields: inout MappingFields) -> [ModuleConfig] {
        guard let sequence = node.sequence else {
            fields.badType("modules", node, expected: "a list of modules, each with 'title' and 'lessons'")
            return []
        }
        var modules: [ModuleConfig] = []
        for (index, item) in sequence.enumerated() {
            var module = MappingFields(item, in: document, allowed: moduleKeys, codes: .course,
                                       fallback: document.range(of: item), what: "module \(index + 1)")
            let title = module.string("title", required: true)
            if module.node("lessons") == nil { module.missing("lessons") }
            let lessons = module.strings("lessons")
            for diagnostic in module.diagnostics { fields.append(diagnostic) }
            modules.append(ModuleConfig(title: title ?? "Module \(index + 1)", lessons: lessons))
        }
        return modules
    }
}
