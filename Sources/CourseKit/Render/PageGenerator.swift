import Diagnostics
import Foundation

/// Adds pages to the site. The standard generators write the index and the lesson pages;
/// others (glossary, FAQ, library, tags, search, 404) plug in the same way.
package protocol PageGenerator: Sendable {
    /// Returns files by site-relative path (`glossary.html`, `tags/relu.html`).
    func pages(in context: RenderContext) throws(LecternError) -> [String: Data]
    /// Site-relative scripts this generator writes that every page loads (a search index).
    var scripts: [String] { get }
}

extension PageGenerator {
    /// Most generators add no script.
    package var scripts: [String] { [] }
}

/// Renders HTML for some Lectern constructs of a lesson before its body is rendered (quizzes
/// through their templates, say). The result is keyed by each construct's range and wins over
/// the lesson renderer's defaults.
package protocol LessonFragmentRenderer: Sendable {
    /// The HTML of the constructs this renderer handles in `lesson`.
    func fragments(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> [SourceRange: HTML]
}

/// Adds a section to each lesson page after the body (related FAQ entries, say).
package protocol LessonPageAddOn: Sendable {
    /// The section's HTML for `lesson`, or nil to add nothing.
    func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML?
}
