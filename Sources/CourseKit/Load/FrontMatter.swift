import Diagnostics

/// Splits a lesson file into its YAML front matter and its Markdown body, keeping line numbers:
/// both halves have as many lines as the file, with the other half's lines left empty.
package struct FrontMatter: Sendable {
    /// The YAML between the `---` lines, preceded by an empty line for the opening `---`.
    package var yaml: String
    /// The file with every front-matter line (both fences included) replaced by an empty line.
    package var body: String
    /// Whether the file starts with a `---` line.
    package var isPresent: Bool
    /// Whether an opening `---` has no closing `---` (or `...`).
    package var isUnterminated: Bool

    /// Splits `text`.
    package init(splitting text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            let trimmed = line.trimmingSuffix { $0 == " " || $0 == "\t" || $0 == "\r" }
            return trimmed == "---" || (closing && trimmed == "...")
        }
        guard let first = lines.first, isFence(first, closing: false) else {
            yaml = ""
            body = text
            isPresent = false
            isUnterminated = false
            return
        }
        isPresent = true
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], closing: true) }) else {
            // Without a closing fence the whole file would be YAML; read nothing and let the
            // loader report it, keeping the body so the lesson still renders.
            yaml = ""
            body = ([""] + lines.dropFirst().map(String.init)).joined(separator: "\n")
            isUnterminated = true
            return
        }
        isUnterminated = false
        yaml = ([""] + lines[1..<close].map(String.init)).joined(separator: "\n")
        let blanked = Array(repeating: "", count: close + 1) + lines[(close + 1)...].map(String.init)
        body = blanked.joined(separator: "\n")
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var result = self
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return result
    }
}
