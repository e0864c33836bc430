import CourseKit
import Foundation

/// The sink of `lectern check`: the Render pass runs in full (a broken template is still
/// found) but each file is dropped as soon as it is made, keeping only its size for
/// `--timings`. Holding the rendered site in memory instead made `check` of 10,000 lessons
/// peak higher than `build`, which writes each page to disk.
package struct SizeSink: SiteSink {
    /// Bytes made by path.
    package private(set) var sizes: [String: Int] = [:]

    /// An empty sink.
    package init() {}

    /// Notes the size of `data`; the data itself is not kept.
    package mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        sizes[path] = data.count
    }
}
