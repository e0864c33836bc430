/// Removes from a lesson's rendered HTML what a search result must not show: controls
/// (buttons), quiz answers, hints and explanations, and the raw source of a quiz whose
/// renderer did not run, whose text would give its key away.
package enum SearchTextFilter {
    /// Classes whose elements are dropped with everything inside them.
    package static let droppedClasses: Set<String> = [
        "quiz-label", "quiz-actions", "quiz-hint", "quiz-explanation", "quiz-answer", "quiz-feedback",
        "example-tools", "fence-quiz",
    ]

    /// `html` without the dropped elements and without any `<button>`.
    package static func filtered(_ html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            result += html[index..<open]
            guard let close = html[open...].firstIndex(of: ">") else { break }
            let tag = html[open...close]
            if let name = tagName(tag), !tag.hasPrefix("</"), shouldDrop(tag, name: name),
               let end = matchingEnd(of: name, in: html, after: close) {
                index = end
                continue
            }
            result += tag
            index = html.index(after: close)
        }
        result += html[index...]
        return result
    }

    private static func tagName(_ tag: Substring) -> String? {
        let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
        return name.isEmpty ? nil : name.lowercased()
    }

    private static func shouldDrop(_ tag: Substring, name: String) -> Bool {
        if name == "button" { return true }
        guard let start = tag.range(of: "class=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") else {
            return false
        }
        return tag[start.upperBound..<end].split(separator: " ").contains { droppedClasses.contains(String($0)) }
    }

    /// The index just past the `</name>` that closes the element opened before `after`,
    /// counting nested elements of the same name; nil when it never closes.
    private static func matchingEnd(of name: String, in html: String, after: String.Index) -> String.Index? {
        var depth = 1
        var index = html.index(after: after)
        while let open = html[index...].firstIndex(of: "<") {
            guard let close = html[open...].firstIndex(of: ">") else { return nil }
            let tag = html[open...close]
            if tagName(tag) == name {
                if tag.hasPrefix("</") { depth -= 1 } else if !tag.hasSuffix("/>") { depth += 1 }
                if depth == 0 { return html.index(after: close) }
            }
            index = html.index(after: close)
        }
        return nil
    }
}
