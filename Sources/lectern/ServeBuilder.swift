import CourseKit
import CourseSite
import Foundation

/// The one seam between the author's loop (`lectern serve`, `lectern check --watch`) and the
/// compiler: given what changed, produce the course's new outcome.
///
/// It keeps the checked lessons between rebuilds (`IncrementalCourse`), so a saved lesson is
/// the only one parsed and checked again, and the templates, read again only when a file of
/// the templates folder changed. Owned by the one command that runs the loop.
final class ServeBuilder {
    /// The content folder.
    let content: String
    /// Where the templates come from.
    let templates: TemplateSource
    /// Whether warnings count as errors.
    let strict: Bool
    /// Whether rebuilds render the site (`serve`) or only check (`check --watch`).
    let render: Bool

    private let course: IncrementalCourse
    private var templateSet: TemplateSet?

    /// Creates the builder; nothing is read until the first `rebuild(changed:)`. `jobs` threads
    /// parse the lessons whose text changed.
    init(content: String, templates: TemplateSource, strict: Bool, render: Bool = true,
         jobs: Int = ParallelMap.defaultWidth) {
        self.content = content
        self.templates = templates
        self.strict = strict
        self.render = render
        course = IncrementalCourse(contentDirectory: content, checks: CheckPass(strict: strict))
        course.parallelism = jobs
    }

    /// The lessons the last rebuild parsed and checked again, by slug.
    var lastRechecked: [String] { course.lastRechecked }
    /// What the last rebuild rendered, and the site paths that may differ from the build before.
    var lastRender: IncrementalSite.Report { course.lastRender }

    /// Builds the course again after `changed` (absolute or relative paths; empty for the
    /// first build).
    /// - Throws: `LecternError` when a folder or template cannot be read; content mistakes are
    ///   diagnostics in the outcome.
    func rebuild(changed: Set<String>) throws(LecternError) -> BuildOutcome {
        if render, templateSet == nil || touchesTemplates(changed) {
            templateSet = nil  // a broken template must not leave the old set in use
            templateSet = try loadTemplates()
        }
        return try course.run(templates: render ? templateSet : nil)
    }

    /// Whether a changed path lies in the templates folder.
    private func touchesTemplates(_ changed: Set<String>) -> Bool {
        guard let folder = templates.folder else { return false }
        let root = Self.absolute(folder) + "/"
        return changed.contains { Self.absolute($0).hasPrefix(root) }
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private func loadTemplates() throws(LecternError) -> TemplateSet {
        if case .folder(let folder) = templates { return try Self.servableTemplates(in: folder) }
        return try templates.load()
    }

    /// The templates folder's set without assets that are symbolic links leading out of the
    /// folder: the preview serves only what belongs to the site.
    static func servableTemplates(in folder: String) throws(LecternError) -> TemplateSet {
        var set = try TemplateSet.load(from: folder)
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path + "/"
        for path in set.assets.keys {
            let resolved = URL(fileURLWithPath: folder + "/assets/" + path).resolvingSymlinksInPath().path
            if !resolved.hasPrefix(root) { set.assets[path] = nil }
        }
        return set
    }
}
