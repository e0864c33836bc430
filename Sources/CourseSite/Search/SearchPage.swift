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
        try pages(in: context, lessonDocuments: { Self.documents(of: $0) })
    }

    /// `search.html` and the index files, with each lesson's documents from `lessonDocuments`
    /// and the glossary's and FAQ's from `notes` when given (`IncrementalSite` keeps both for
    /// what did not change).
    package func pages(in context: RenderContext, notes: [SearchDocument]? = nil,
                       lessonDocuments: (CheckedLesson) -> [SearchDocument]) throws(LecternError) -> [String: Data] {
        var site = Site()
        try write(in: context, to: &site, notes: notes, lessonDocuments: lessonDocuments)
        return site.files
    }

    /// Writes the index files one by one (see `SearchIndex`), then `search.html`.
    /// The lessons' documents are made on up to `context.parallelism` threads: each depends only
    /// on its lesson, and they are joined in course order, so the index is the same for every
    /// number of threads.
    package func write(in context: RenderContext, to sink: inout some SiteSink) throws(LecternError) {
        let memo = MathTextMemo()
        let perLesson = ParallelMap.map(context.course.lessons, width: context.parallelism) {
            Self.documents(of: $0, memo: memo).map { $0.droppingText() }
        }
        let documents = perLesson.flatMap { $0 } + Self.noteDocuments(of: context.course)
        try write(SearchIndex(documents: documents), in: context, to: &sink)
    }

    private func write(in context: RenderContext, to sink: inout some SiteSink, notes: [SearchDocument]?,
                       lessonDocuments: (CheckedLesson) -> [SearchDocument]) throws(LecternError) {
        try write(try Self.index(for: context, lessonDocuments: lessonDocuments, notes: notes), in: context, to: &sink)
    }

    private func write(_ index: SearchIndex, in context: RenderContext, to sink: inout some SiteSink) throws(LecternError) {
        try index.write { (path: String, text: String) throws(LecternError) in try sink.add(path, Data(text.utf8)) }
        try sink.add("search.html", try page(in: context, documentCount: index.documents.count))
    }

    /// `search.html`, which shows the number of documents (`IncrementalSite` keeps it while
    /// that number and the render context are the same).
    package func page(in context: RenderContext, documentCount: Int) throws(LecternError) -> Data {
        let view = SearchPageView(indexScript: .text(Self.indexPath), documentCount: documentCount,
                                  hasGlossary: context.course.hasGlossary, hasFAQ: context.course.hasFAQ)
        return try context.page("search.html", template: "search", view: view, title: "Search",
                                description: "Search the lessons, the glossary and the FAQ.")
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
    package static func index(for context: RenderContext,
                              lessonDocuments: (CheckedLesson) -> [SearchDocument] = { documents(of: $0) },
                              notes: [SearchDocument]? = nil) throws(LecternError) -> SearchIndex {
        var documents: [SearchDocument] = []
        for lesson in context.course.lessons { documents += lessonDocuments(lesson) }
        documents += notes ?? noteDocuments(of: context.course)
        return SearchIndex(documents: documents)
    }

    /// The glossary's and the FAQ's documents: one per term and one per question.
    package static func noteDocuments(of course: CheckedCourse) -> [SearchDocument] {
        var documents: [SearchDocument] = []
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
        return documents
    }

    /// One lesson's documents, one per section: what the lesson's slug, title and checked tree
    /// give, and nothing else (`memo` only spares reading a formula again).
    package static func documents(of lesson: CheckedLesson, memo: MathTextMemo? = nil) -> [SearchDocument] {
        let title = lesson.lesson.frontMatter.title
        let url = RenderContext.lessonPath(lesson.lesson.slug)
        return SearchText.sections(of: lesson.document, memo: memo).map { section in
            SearchDocument(kind: .lesson, title: section.title ?? title, context: section.title == nil ? nil : title,
                           url: section.anchor.map { "\(url)#\($0)" } ?? url, text: section.text)
        }
    }
}

extension SearchPage: DeclaresPageInputs {
    /// The index holds the text of every lesson.
    package var inputs: PageInputs { [.lessonContent] }
}
