/// Splits a lesson's rendered HTML into search documents at its `<h2>` and `<h3>` headings,
/// so a result opens the section that matched rather than the top of the page.
package enum LessonSections {
    /// The documents of one lesson: the text before the first heading under the lesson title,
    /// then one per heading (linked by the heading's `id` when it has one).
    package static func documents(html: String, lessonTitle: String, url: String) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        var title = lessonTitle
        var anchor: String?
        var bodyStart = html.startIndex
        var cursor = html.startIndex
        func flush(upTo end: String.Index) {
            let text = HTMLPlainText.from(html: String(html[bodyStart..<end]))
            // A section with no text of its own (only a plot) is still found by its heading.
            let isIntro = anchor == nil && title == lessonTitle
            documents.append(SearchDocument(
                kind: .lesson, title: title, context: isIntro ? nil : lessonTitle,
                url: anchor.map { "\(url)#\($0)" } ?? url, text: text))
        }
        while let open = nextHeading(in: html, from: cursor) {
            flush(upTo: open.start)
            title = HTMLPlainText.from(html: String(html[open.contentStart..<open.contentEnd]))
            anchor = open.id
            bodyStart = open.end
            cursor = open.end
        }
        flush(upTo: html.endIndex)
        return documents
    }

    private struct Heading {
        var start: String.Index
        var contentStart: String.Index
        var contentEnd: String.Index
        var end: String.Index
        var id: String?
    }

    private static func nextHeading(in html: String, from index: String.Index) -> Heading? {
        var search = index
        while let found = html[search...].range(of: "<h") {
            let after = found.upperBound
            guard after < html.endIndex, html[after] == "2" || html[after] == "3" else {
                search = found.upperBound
                continue
            }
            let level = html[after]
            let nameEnd = html.index(after: after)
            guard nameEnd < html.endIndex, html[nameEnd] == ">" || html[nameEnd] == " ",
                  let tagEnd = html[nameEnd...].firstIndex(of: ">"),
                  let close = html[tagEnd...].range(of: "</h\(level)>") else {
                search = found.upperBound
                continue
            }
            let attributes = html[nameEnd..<tagEnd]
            var id: String?
            if let idStart = attributes.range(of: "id=\"") , let idEnd = attributes[idStart.upperBound...].firstIndex(of: "\"") {
                id = String(attributes[idStart.upperBound..<idEnd])
            }
            return Heading(start: found.lowerBound, contentStart: html.index(after: tagEnd),
                           contentEnd: close.lowerBound, end: close.upperBound, id: id)
        }
        return nil
    }
}
