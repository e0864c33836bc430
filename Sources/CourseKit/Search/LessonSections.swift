/// Splits a lesson's rendered HTML into search documents at its `<h2>` and `<h3>` headings,
/// so a result opens the section that matched rather than the top of the page.
package enum LessonSections {
    /// The documents of one lesson: the text before the first heading under the lesson title,
    /// then one per heading (linked by the heading's `id` when it has one).
    package static func documents(html: String, lessonTitle: String, url: String) -> [SearchDocument] {
        var html = html
        return html.withUTF8 { documents(bytes: $0[...], lessonTitle: lessonTitle, url: url) }
    }

    /// `documents` on UTF-8 bytes; headings are found by their ASCII tags.
    static func documents(bytes html: UTF8Search.Bytes, lessonTitle: String, url: String) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        var title = lessonTitle
        var anchor: String?
        var bodyStart = html.startIndex
        var cursor = html.startIndex
        func flush(upTo end: Int) {
            let text = HTMLPlainText.from(bytes: html[bodyStart..<end])
            // A section with no text of its own (only a plot) is still found by its heading.
            let isIntro = anchor == nil && title == lessonTitle
            documents.append(SearchDocument(
                kind: .lesson, title: title, context: isIntro ? nil : lessonTitle,
                url: anchor.map { "\(url)#\($0)" } ?? url, text: text))
        }
        while let open = nextHeading(in: html, from: cursor) {
            flush(upTo: open.start)
            title = HTMLPlainText.from(bytes: html[open.contentStart..<open.contentEnd])
            anchor = open.id
            bodyStart = open.end
            cursor = open.end
        }
        flush(upTo: html.endIndex)
        return documents
    }

    private struct Heading {
        var start: Int
        var contentStart: Int
        var contentEnd: Int
        var end: Int
        var id: String?
    }

    private static func nextHeading(in html: UTF8Search.Bytes, from index: Int) -> Heading? {
        var search = index
        while let found = UTF8Search.find(html, "<h", from: search) {
            let after = found + 2
            guard after < html.endIndex, html[after] == UInt8(ascii: "2") || html[after] == UInt8(ascii: "3") else {
                search = after
                continue
            }
            let level = html[after] == UInt8(ascii: "2") ? "2" : "3"
            let nameEnd = after + 1
            guard nameEnd < html.endIndex, html[nameEnd] == UInt8(ascii: ">") || html[nameEnd] == UInt8(ascii: " "),
                  let tagEnd = UTF8Search.firstIndex(of: UInt8(ascii: ">"), in: html, from: nameEnd),
                  let close = UTF8Search.find(html, "</h\(level)>", from: tagEnd) else {
                search = after
                continue
            }
            let attributes = html[nameEnd..<tagEnd]
            var id: String?
            if let idStart = UTF8Search.find(attributes, "id=\"", from: nameEnd),
               let idEnd = UTF8Search.firstIndex(of: UInt8(ascii: "\""), in: attributes, from: idStart + 4) {
                id = String(decoding: attributes[(idStart + 4)..<idEnd], as: UTF8.self)
            }
            return Heading(start: found, contentStart: tagEnd + 1, contentEnd: close, end: close + 5, id: id)
        }
        return nil
    }
}
