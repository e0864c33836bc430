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

/// Writes `search.html` and `assets/search-index.js`: lesson sections, glossary terms and FAQ
/// entries, searched in the browser by `assets/search.js`.
package struct SearchPage: PageGenerator {
    /// Where the index script goes.
    package static let indexPath = "assets/search-index.js"

    /// Creates the generator.
    package init() {}

    /// `search.html` and the index script.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        let index = try Self.index(for: context)
        let extras = context.course.extras
        let view = SearchPageView(indexScript: .text(Self.indexPath), documentCount: index.documents.count,
                                  hasGlossary: extras.hasGlossary, hasFAQ: extras.hasFAQ)
        return [
            Self.indexPath: Data(index.javaScript.utf8),
            "search.html": try context.page("search.html", template: "search", view: view, title: "Search",
                                            description: "Search the lessons, the glossary and the FAQ."),
        ]
    }

    /// The size of the written index and its number of documents, for `--timings`; nil when
    /// the site has no index.
    package static func indexFigures(in site: Site) -> (bytes: Int, documents: Int)? {
        guard let data = site.files[indexPath] else { return nil }
        let documents = data.split(separator: UInt8(ascii: "\n")).count { $0.first == UInt8(ascii: "{") }
        return (data.count, documents)
    }

    /// Every searchable document of the course.
    package static func index(for context: RenderContext) throws(LecternError) -> SearchIndex {
        var documents: [SearchDocument] = []
        // The index reads the bodies the lesson pages show, rendered once for both; quizzes
        // appear as readers see them, and the filter keeps a quiz's raw source (with its answer
        // key) and the glossary tooltips (another entry's text) out of the lesson's text.
        let pages = LessonPages(fragmentRenderers: SiteRenderer.standardFragmentRenderers)
        for lesson in context.course.lessons {
            let html: HTML
            if let shared = context.lessonBodies?[slug: lesson.lesson.slug] { html = shared } else { html = try pages.body(of: lesson, in: context) }
            documents += LessonSections.documents(
                html: SearchTextFilter.filtered(html.markup), lessonTitle: lesson.lesson.frontMatter.title,
                url: RenderContext.lessonPath(lesson.lesson.slug))
        }
        let extras = context.course.extras
        for entry in extras.glossary.entries {
            documents.append(SearchDocument(
                kind: .glossary, title: entry.term,
                context: entry.aliases.isEmpty ? nil : entry.aliases.joined(separator: ", "),
                url: "glossary.html#\(entry.slug)",
                text: HTMLPlainText.from(html: extras.definitions[entry.slug]?.markup ?? "")))
        }
        for entry in extras.faq.entries {
            documents.append(SearchDocument(kind: .faq, title: entry.question, url: "faq.html#\(entry.id)",
                                            text: extras.answerText[entry.id] ?? ""))
        }
        return SearchIndex(documents: documents)
    }
}
