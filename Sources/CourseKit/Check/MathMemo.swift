import Foundation
import TeXMath

/// TeXMath's result for each formula already converted in one Check pass, shared by the lessons
/// checked on every thread.
///
/// Courses repeat formulas (`$x$`, `$f(x)$`, the same definition in many lessons); with the
/// memo each distinct formula is converted once and every checked tree holds the same MathML
/// string instead of a copy of its own, which at 10,000 lessons is most of the MathML in memory.
/// `TeXMath.convert` is a pure function of the TeX and the display flag, so the checked trees,
/// and the site, are the same byte for byte with or without the memo and for any schedule.
package final class MathMemo: @unchecked Sendable {
    // @unchecked: `results` is only touched under `lock`.
    private let lock = NSLock()
    private var results: [Key: MathResult] = [:]

    private struct Key: Hashable {
        var tex: String
        var display: Bool
    }

    /// An empty memo, for one run of the pass.
    package init() {}

    /// `TeXMath.convert(tex, display: display)`, converted at most once per distinct formula
    /// (two threads meeting a new formula at once may both convert it; the first stored wins).
    package func convert(_ tex: String, display: Bool) -> MathResult {
        let key = Key(tex: tex, display: display)
        if let known = lock.withLock({ results[key] }) { return known }
        let result = TeXMath.convert(tex, display: display)
        return lock.withLock {
            if let known = results[key] { return known }
            results[key] = result
            return result
        }
    }
}
