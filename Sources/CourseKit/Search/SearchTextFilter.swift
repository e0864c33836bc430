/// Removes from a lesson's rendered HTML what a search result must not show: controls
/// (buttons), quiz answers, hints and explanations, the raw source of a quiz whose renderer
/// did not run, whose text would give its key away, and glossary tooltips, whose definitions
/// are the glossary entry's text rather than the lesson's.
package enum SearchTextFilter {
    /// Classes whose elements are dropped with everything inside them.
    package static let droppedClasses: Set<String> = [
        "quiz-label", "quiz-actions", "quiz-hint", "quiz-explanation", "quiz-answer", "quiz-feedback",
        "example-tools", "fence-quiz", "term-tip",
    ]

    /// `html` without the dropped elements and without any `<button>`.
    package static func filtered(_ html: String) -> String {
        var html = html
        return html.withUTF8 { String(decoding: filtered(bytes: $0[...]), as: UTF8.self) }
    }

    /// `filtered` on UTF-8 bytes, which is what makes it fast: every delimiter is ASCII.
    static func filtered(bytes html: UTF8Search.Bytes) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(html.count)
        var index = html.startIndex
        while let open = UTF8Search.firstIndex(of: UInt8(ascii: "<"), in: html, from: index) {
            result += html[index..<open]
            guard let close = UTF8Search.firstIndex(of: UInt8(ascii: ">"), in: html, from: open) else { break }
            let tag = html[open...close]
            if let name = UTF8Search.tagName(tag), !isClosing(tag), shouldDrop(tag, name: name),
               let end = matchingEnd(of: name, in: html, after: close) {
                index = end
                continue
            }
            result += tag
            index = close + 1
        }
        result += html[index...]
        return result
    }

    private static func isClosing(_ tag: UTF8Search.Bytes) -> Bool {
        tag.count > 1 && tag[tag.startIndex + 1] == UInt8(ascii: "/")
    }

    private static func shouldDrop(_ tag: UTF8Search.Bytes, name: String) -> Bool {
        if name == "button" { return true }
        guard let start = UTF8Search.find(tag, "class=\"", from: tag.startIndex),
              let end = UTF8Search.firstIndex(of: UInt8(ascii: "\""), in: tag, from: start + 7) else {
            return false
        }
        return tag[(start + 7)..<end].split(separator: UInt8(ascii: " "))
            .contains { droppedClasses.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// The index just past the `</name>` that closes the element opened before `after`,
    /// counting nested elements of the same name; nil when it never closes.
    private static func matchingEnd(of name: String, in html: UTF8Search.Bytes, after: Int) -> Int? {
        var depth = 1
        var index = after + 1
        while let open = UTF8Search.firstIndex(of: UInt8(ascii: "<"), in: html, from: index) {
            guard let close = UTF8Search.firstIndex(of: UInt8(ascii: ">"), in: html, from: open) else { return nil }
            let tag = html[open...close]
            if UTF8Search.tagName(tag) == name {
                if isClosing(tag) {
                    depth -= 1
                } else if !(tag.count > 1 && tag[close - 1] == UInt8(ascii: "/")) {
                    depth += 1
                }
                if depth == 0 { return close + 1 }
            }
            index = close + 1
        }
        return nil
    }
}
