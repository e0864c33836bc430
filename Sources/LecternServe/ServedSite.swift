import Foundation

/// A built site as the preview server sees it: file contents by site-relative path, and the
/// one rule for turning a request path into one of those files.
///
/// Only paths of the site itself resolve. A request path is split at its slashes before it is
/// percent-decoded, so an encoded `%2F` or `%2e%2e` cannot smuggle a separator or a parent
/// step past the check; any `.` or `..` segment, backslash or NUL byte resolves to nothing.
package struct ServedSite: Sendable, Equatable {
    /// File contents by relative path (`index.html`, `lessons/relu.html`).
    package var files: [String: Data]

    /// Wraps the files of a built site.
    package init(files: [String: Data] = [:]) {
        self.files = files
    }

    /// The site-relative path a raw (still percent-encoded) request path names, or nil when it
    /// tries to leave the site or is malformed. `/` and paths ending in `/` name `index.html`.
    package static func relativePath(forRequestPath raw: String) -> String? {
        guard raw.hasPrefix("/") else { return nil }
        var segments: [String] = []
        let pieces = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            guard let decoded = String(piece).removingPercentEncoding else { return nil }
            if decoded.isEmpty {
                // `//` inside a path is harmless; only a trailing slash means "the folder's index".
                if index == pieces.count - 1 { segments.append("index.html") }
                continue
            }
            if decoded == "." || decoded == ".." { return nil }
            if decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) { return nil }
            segments.append(decoded)
        }
        if segments.isEmpty { return "index.html" }
        return segments.joined(separator: "/")
    }

    /// The file a raw request path names, with its site-relative path; nil when there is none.
    package func file(forRequestPath raw: String) -> (path: String, data: Data)? {
        guard let path = Self.relativePath(forRequestPath: raw) else { return nil }
        if let data = files[path] { return (path, data) }
        // `/lessons/relu` finds `lessons/relu.html`, as static hosts do.
        if let data = files[path + ".html"] { return (path + ".html", data) }
        return nil
    }

    /// The paths whose contents differ between `self` and `newer` (added, removed or changed),
    /// sorted.
    package func changedPaths(in newer: ServedSite) -> [String] {
        let all = Set(files.keys).union(newer.files.keys)
        return all.filter { files[$0] != newer.files[$0] }.sorted()
    }

    /// The paths among `candidates` whose contents differ between `self` and `newer`, sorted:
    /// `changedPaths(in:)` when the builder knows that no other path can differ (it rendered
    /// only these, the rest are the very same bytes), without comparing the whole site.
    package func changedPaths(in newer: ServedSite, among candidates: Set<String>) -> [String] {
        candidates.filter { files[$0] != newer.files[$0] }.sorted()
    }
}
