import CourseKit
import Foundation

/// The view of `search.mustache`.
package struct SearchPageView: Sendable {
    /// Address of the generated index script, relative to the page.
    package var indexScript: HTML
    /// Number of searchable documents, shown with JavaScript off.
    package var documentCount: Int
    /// Whether the course has a glossary page to point to with JavaScript off.
    package var hasGlossary: Bool
    /// Whether the course has an FAQ page to point to with JavaScript off.
    package var hasFAQ: Bool
}

/// Writes `search.html` and the search index (`assets/search-index.js` and its shards in
/// `assets/search/`): lesson sections, glossary terms and FAQ entries, searched in the browser
/// by `assets/search.js`.
package struct SearchPage: PageGenerator {
    /// Where the index's table of shards goes (the shards go to `SearchIndex.shardFolder`).
    package static let indexPath = "assets/search-index.js"

    /// Creates the generator.
    package init() {}

    /// `search.html` and the index files.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        var site = Site()
        try write(in: context, to: &site)
        return site.files
    }

    /// Writes the index files one by one (see `SearchIndex`), then `search.html`.
    package func write(in context: RenderContext, to sink: inout some SiteSink) throws(LecternError) {
        let index = try Self.index(for: context)
        try index.write { (path: String, text: String) throws(LecternError) in try sink.add(path, Data(text.utf8)) }
        let view = SearchPageView(indexScript: .text(Self.indexPath), documentCount: index.documents.count,
                                  hasGlossary: context.course.hasGlossary, hasFAQ: context.course.hasFAQ)
        try sink.add("search.html", try context.page("search.html", template: "search", view: view, title: "Search",
                                                     description: "Search the lessons, the glossary and the FAQ."))
    }

    /// The search index's size for `--timings`, from the bytes of each written file: the table
    /// of shards (all a page loads before the first query), the largest shard, and all files
    /// together; nil when the site has no index.
    package static func indexFigures(sizes: [String: Int]) -> (first: Int, largestShard: Int, total: Int, files: Int)? {
        guard let first = sizes[indexPath] else { return nil }
        let shards = sizes.filter { $0.key.hasPrefix(SearchIndex.shardFolder + "/") }.map(\.value)
        return (first, shards.max() ?? 0, first + shards.reduce(0, +), shards.count + 1)
    }

    /// Every searchable document of the course, from the checked trees.
    package static func index(for context: RenderContext) throws(LecternError) -> SearchIndex {
        let course = context.course
        var documents: [SearchDocument] = []
        for lesson in course.lessons {
            let title = lesson.lesson.frontMatter.title
            let url = RenderContext.lessonPath(lesson.lesson.slug)
            for section in SearchText.sections(of: lesson.document) {
                documents.append(SearchDocument(
                    kind: .lesson, title: section.title ?? title, context: section.title == nil ? nil : title,
                    url: section.anchor.map { "\(url)#\($0)" } ?? url, text: section.text))
            }
        }
        for checked in course.glossaryEntries {
            let entry = checked.entry
            documents.append(SearchDocument(
                kind: .glossary, title: entry.term,
                context: entry.aliases.isEmpty ? nil : entry.aliases.joined(separator: ", "),
                url: "glossary.html#\(entry.slug)", text: SearchText.of(checked.definition.blocks)))
        }
        for checked in course.faqEntries {
            documents.append(SearchDocument(kind: .faq, title: checked.entry.question, url: "faq.html#\(checked.entry.id)",
                                            text: SearchText.of(checked.answer.blocks)))
        }
        return SearchIndex(documents: documents)
    }
}
