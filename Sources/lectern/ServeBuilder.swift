import CourseKit
import Foundation

/// The one seam between the author's loop (`lectern serve`, `lectern check --watch`) and the
/// compiler: given what changed, produce the course's new outcome.
///
/// Today every rebuild runs the whole pipeline; `changed` is passed in so an incremental
/// driver (re-parse and re-check only the lessons a change can affect) can replace the body
/// of `rebuild(changed:)` without touching the server, the watcher or the commands.
struct ServeBuilder: Sendable {
    /// The content folder.
    var content: String
    /// Where the templates come from.
    var templates: TemplateSource
    /// Whether warnings count as errors.
    var strict: Bool

    /// Builds the course again after `changed` (absolute or relative paths; empty for the
    /// first build).
    /// - Throws: `LecternError` when a folder or template cannot be read; content mistakes are
    ///   diagnostics in the outcome.
    func rebuild(changed: Set<String>) throws(LecternError) -> BuildOutcome {
        var pipeline = templates.pipeline(content: content)
        pipeline.checks = CheckPass(strict: strict)
        if case .folder(let folder) = templates {
            pipeline.templateSet = try Self.servableTemplates(in: folder)
        }
        return try pipeline.run()
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
