import CourseKit
import Foundation

/// The parts of lesson pages' navigation that repeat from page to page, rendered once per
/// context: each module's link as lesson pages show it, and each lesson's line, as an ordinary
/// line and as the current page's.
///
/// Every lesson page shows up to `ModuleMap.window` module links and every lesson of its own
/// module, so rendering them page by page was most of the cost of `partials/nav` (issue 13).
/// Each piece is the render of the view that page would render (`RenderContext.moduleView`,
/// `ModuleMap.lessonPageLinks`), which depend only on the course's outline, so the pieces stay
/// right for as long as the context is kept (`IncrementalSite`).
final class NavigationPieces: @unchecked Sendable {
    /// One module's pieces.
    struct Module {
        /// The module's link (`partials/nav-module` of the closed module).
        var link: HTML
        /// Each lesson's line (`partials/nav-lesson`), in module order.
        var lessons: [HTML]
        /// The same lines marked as the current page.
        var currentLessons: [HTML]
    }

    // @unchecked: `modules` is only touched under `lock`.
    private let lock = NSLock()
    private var modules: [Module?]

    /// Room for `count` modules, none rendered yet.
    init(moduleCount count: Int) {
        modules = Array(repeating: nil, count: count)
    }

    /// Module `index`'s pieces, made by `make` the first time (two threads asking at once may
    /// both make them; the bytes are the same).
    func module(_ index: Int, make: () throws(LecternError) -> Module) throws(LecternError) -> Module {
        if let known = lock.withLock({ modules[index] }) { return known }
        let made = try make()
        lock.withLock { modules[index] = made }
        return made
    }
}
