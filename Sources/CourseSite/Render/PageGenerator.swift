import CourseKit
import Diagnostics
import Foundation

/// Adds pages to the site. The standard generators write the index and the lesson pages;
/// others (glossary, FAQ, library, tags, search, 404) plug in the same way.
package protocol PageGenerator: Sendable {
    /// Returns files by site-relative path (`glossary.html`, `tags/relu.html`).
    func pages(in context: RenderContext) throws(LecternError) -> [String: Data]
    /// Hands the files to `sink` as they are made; by default `pages(in:)` in path order.
    /// Generators of many pages (the lessons, the search shards) stream them one by one.
    func write(in context: RenderContext, to sink: inout some SiteSink) throws(LecternError)
    /// Site-relative scripts this generator writes that every page loads (a search index).
    var scripts: [String] { get }
}

extension PageGenerator {
    /// Most generators add no script.
    package var scripts: [String] { [] }

    /// Adds `pages(in:)` to `sink`, sorted by path.
    package func write(in context: RenderContext, to sink: inout some SiteSink) throws(LecternError) {
        let pages = try pages(in: context)
        for path in pages.keys.sorted() { try sink.add(path, pages[path] ?? Data()) }
    }
}

/// Adds a section to each lesson page after the body (related FAQ entries, say).
package protocol LessonPageAddOn: Sendable {
    /// The section's HTML for `lesson`, or nil to add nothing.
    func section(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> HTML?
}
