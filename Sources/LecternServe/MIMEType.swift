/// The `Content-Type` of a site file, by its extension.
package enum MIMEType {
    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
        "json": "application/json",
        "xml": "application/xml",
        "woff2": "font/woff2",
        "txt": "text/plain; charset=utf-8",
        "png": "image/png",
        "ico": "image/x-icon",
    ]

    /// The type for `path` (`lessons/relu.html` → `text/html; charset=utf-8`);
    /// `application/octet-stream` for an unknown extension.
    package static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
