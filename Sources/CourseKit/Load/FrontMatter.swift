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
    ///
    /// Reads UTF-8 bytes and stops at the closing fence: a line ends at a line feed that does
    /// not follow a carriage return (`\r\n` is one `Character`, which splitting on `"\n"`
    /// never split), and a fence line is `---` (or `...`) followed by spaces, tabs and
    /// carriage returns only.
    package init(splitting text: String) {
        let bytes = Array(text.utf8)
        /// Where the line starting at `start` ends (its line feed, or the end of the text).
        func lineEnd(from start: Int) -> Int {
            var index = start
            while index < bytes.count {
                if bytes[index] == 0x0A, index == 0 || bytes[index - 1] != 0x0D { return index }
                index += 1
            }
            return bytes.count
        }
        func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            guard end - start == 3 else { return false }
            let line = bytes[start..<end]
            return line.elementsEqual("---".utf8) || (closing && line.elementsEqual("...".utf8))
        }
        func slice(from start: Int, to end: Int = bytes.count) -> String {
            String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let firstEnd = lineEnd(from: 0)
        guard isFence(0, firstEnd, closing: false) else {
            yaml = ""
            body = text
            isPresent = false
            isUnterminated = false
            return
        }
        isPresent = true
        // Every line but the fences keeps its place: the halves are the file's lines, joined
        // by line feeds, with the other half's lines empty.
        var close = 1
        var start = firstEnd + 1
        while start <= bytes.count, firstEnd < bytes.count {
            let end = lineEnd(from: start)
            if isFence(start, end, closing: true) {
                isUnterminated = false
                yaml = close == 1 ? "" : "\n" + slice(from: firstEnd + 1, to: start - 1)
                body = String(repeating: "\n", count: end < bytes.count ? close + 1 : close)
                    + (end < bytes.count ? slice(from: end + 1) : "")
                return
            }
            close += 1
            start = end + 1
        }
        // Without a closing fence the whole file would be YAML; read nothing and let the
        // loader report it, keeping the body so the lesson still renders.
        yaml = ""
        body = firstEnd < bytes.count ? "\n" + slice(from: firstEnd + 1) : ""
        isUnterminated = true
    }
}
