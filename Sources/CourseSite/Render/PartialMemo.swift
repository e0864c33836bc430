import CourseKit
import Foundation

/// Partials already rendered in one build, by template and view, shared by the pages rendered
/// on every thread.
///
/// Many fragments repeat across pages: a glossary link to the same term with the same text, the
/// progress box of every lesson with two quizzes, a module's link in the navigation. Each costs
/// swift-mustache a dozen name lookups (a split of the name and a chain of dynamic casts each),
/// which was most of the Render pass (issue 13). Rendering is a pure function of the template
/// and the view, and the view is the key, so a hit gives the bytes a render would give, and a
/// view that differs in any field is a different key. Owned by one `PageRenderer` (one template
/// set); holds at most `capacity` entries, then renders the rest without keeping them.
final class PartialMemo: @unchecked Sendable {
    // @unchecked: `entries` is only touched under `lock`.
    private let lock = NSLock()
    private var entries: [Key: HTML] = [:]
    /// Most entries kept: a bound on memory for `lectern serve`, which keeps the renderer
    /// across rebuilds.
    let capacity: Int

    private struct Key: Hashable {
        var template: String
        var view: AnyHashable
    }

    /// An empty memo.
    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// Number of entries kept (tests).
    var count: Int { lock.withLock { entries.count } }

    /// What `render()` gives for `view` with `template`, rendered at most once per distinct
    /// view while there is room (two threads meeting a new view at once may both render it;
    /// the bytes are the same).
    func html<View: Hashable & Sendable>(_ view: View, template: String,
                                         render: () throws(LecternError) -> HTML) throws(LecternError) -> HTML {
        let key = Key(template: template, view: AnyHashable(view))
        if let known = lock.withLock({ entries[key] }) { return known }
        let html = try render()
        lock.withLock {
            if entries.count < capacity { entries[key] = html }
        }
        return html
    }
}
