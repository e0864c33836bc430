import CourseKit
import Foundation

/// A built site in memory: file contents by path relative to the site folder. The output of
/// the Render pass and the only input of `SiteWriter`.
package struct Site: Sendable, Equatable {
    /// File contents by relative path (`index.html`, `lessons/relu.html`, `assets/site.css`).
    package private(set) var files: [String: Data] = [:]

    /// An empty site.
    package init() {}

    /// A site with `files`.
    package init(files: [String: Data]) {
        self.files = files
    }

    /// Adds or replaces a file.
    package mutating func add(_ path: String, _ data: Data) {
        files[path] = data
    }

    /// Adds or replaces a text file, encoded as UTF-8.
    package mutating func add(_ path: String, text: String) {
        files[path] = Data(text.utf8)
    }

    /// The paths in the order they are written: sorted, so output never depends on hashing.
    package var paths: [String] { files.keys.sorted() }
}
