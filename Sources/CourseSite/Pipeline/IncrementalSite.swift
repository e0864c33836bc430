import CourseKit
import Foundation

/// The Render pass of the author's loop: renders the same site as `SiteRenderer`, but keeps
/// every page between runs and renders one again only when its inputs changed.
///
/// A page's inputs are counted in revisions, compared by value, never by a hash that could
/// collide:
/// - the templates (the whole set, compared with the last one),
/// - the course-wide files (`course.yml`, glossary, FAQ: the driver's `sharedRevision`),
/// - the outline (`CourseOutline`: what pages show of other lessons),
/// - each lesson's checked tree (the driver's revision per lesson, new whenever it checks the
///   lesson again).
///
/// The first three make the render context; when one changes, every page is rendered again
/// (lesson bodies are still kept unless the templates or course-wide files changed, since a
/// body never shows other lessons). Otherwise a lesson's page is rendered again only when its
/// lesson's revision changed, and another generator's pages only when what it declares in
/// `DeclaresPageInputs` changed; of the search index, only the files the changed documents
/// touch are encoded again (`SearchIndexMemo`). `IncrementalCourseTests` compares the result
/// with a full build after edits of each kind.
///
/// Owned by one driver and used from one task; not shared.
package final class IncrementalSite {
    /// What the driver knows about the course's sources, besides the checked course itself.
    package struct Revisions: Sendable, Equatable {
        /// Changes whenever `course.yml`, the glossary or the FAQ changed.
        package var shared: Int
        /// Each lesson's revision by slug: changes whenever its checked tree was replaced.
        package var lessons: [String: Int]

        /// Creates revisions.
        package init(shared: Int, lessons: [String: Int]) {
            self.shared = shared
            self.lessons = lessons
        }
    }

    /// What a render did, for the CLI's status line, the reload event and tests.
    package struct Report: Sendable, Equatable {
        /// The site paths rendered (not taken from the kept pages), sorted.
        package var rendered: [String] = []
        /// The lessons whose body HTML was rendered, by slug, in reading order.
        package var bodies: [String] = []
        /// Whether the render context (templates, navigation, tooltips) was made again.
        package var newContext = false
        /// The paths whose bytes may differ from the previous site: rendered, removed, or
        /// assets of changed templates. Every other path holds the same bytes as before.
        package var candidates: Set<String> = []
    }

    private struct ContextKey: Equatable {
        var templates: Int
        var shared: Int
        var outline: CourseOutline
    }

    private struct BodyKey: Equatable {
        var templates: Int
        var shared: Int
        var lesson: Int
    }

    private struct PageKey: Equatable {
        var context: Int
        var lesson: Int
    }

    private struct SearchKey: Equatable {
        var lesson: Int
        var title: String
    }

    private struct GeneratorKey: Equatable {
        var context: Int
        var lessons: [String: Int]?
        var glossaryUse: [[Int]]?
    }

    /// The Render pass whose output this reproduces.
    package let renderer: SiteRenderer

    private var templates: TemplateSet?
    private var templatesRevision = 0
    private var context: (key: ContextKey, value: RenderContext)?
    private var contextRevision = 0
    private var bodies: [String: (key: BodyKey, html: HTML)] = [:]
    private var lessonPages: [String: (key: PageKey, data: Data)] = [:]
    private var generated: [Int: (key: GeneratorKey, pages: [String: Data])] = [:]
    /// Each lesson's search documents, kept while its tree, slug and title are the same.
    private var searchDocuments: [String: (key: SearchKey, documents: [SearchDocument])] = [:]
    /// The glossary's and FAQ's search documents, kept while the course-wide files are the same.
    private var noteDocuments: (shared: Int, documents: [SearchDocument])?
    /// What the last search index was made of, so a save encodes again only the shards it changed.
    private var searchIndex = SearchIndexMemo()
    /// `search.html`, kept while the context and the number of search documents are the same.
    private var searchPage: (context: Int, documents: Int, data: Data)?
    private var site = Site()

    /// What the last render did.
    package private(set) var lastReport = Report()

    /// Creates an empty cache around `renderer`.
    package init(renderer: SiteRenderer = SiteRenderer()) {
        self.renderer = renderer
    }

    /// The site of `course`, byte for byte what `renderer.render(course, templates:)` gives.
    /// - Throws: `LecternError.missingTemplate` or `.templateSyntax` for broken templates;
    ///   nothing is kept from a render that threw.
    package func render(_ course: CheckedCourse, templates newTemplates: TemplateSet,
                        revisions: Revisions) throws(LecternError) -> Site {
        do {
            return try renderKeeping(course, templates: newTemplates, revisions: revisions)
        } catch {
            forget()
            throw error
        }
    }

    /// Drops everything kept.
    package func forget() {
        templates = nil
        context = nil
        bodies = [:]
        lessonPages = [:]
        generated = [:]
        searchDocuments = [:]
        noteDocuments = nil
        searchIndex = SearchIndexMemo()
        searchPage = nil
        site = Site()
    }

    private func renderKeeping(_ course: CheckedCourse, templates newTemplates: TemplateSet,
                               revisions: Revisions) throws(LecternError) -> Site {
        var report = Report()
        let templatesChanged = templates.map { $0.templates != newTemplates.templates || $0.assets != newTemplates.assets } ?? true
        if templatesChanged {
            templatesRevision += 1
            templates = newTemplates
        }
        let key = ContextKey(templates: templatesRevision, shared: revisions.shared, outline: CourseOutline(course))
        var context: RenderContext
        if var kept = self.context, kept.key == key {
            kept.value.course = course
            context = kept.value
        } else {
            context = try renderer.context(for: course, templates: newTemplates)
            contextRevision += 1
            report.newContext = true
        }
        self.context = (key, context)

        var next = Site()
        for (path, data) in newTemplates.assets { next.add("assets/\(path)", data) }
        if templatesChanged { report.candidates.formUnion(newTemplates.assets.keys.map { "assets/\($0)" }) }
        for (index, generator) in renderer.generators.enumerated() {
            if let lessons = generator as? LessonPages {
                for (path, data) in try lessonPages(lessons, in: context, revisions: revisions, report: &report) {
                    next.add(path, data)
                }
                continue
            }
            let inputs = (generator as? any DeclaresPageInputs)?.inputs ?? .everything
            let generatorKey = GeneratorKey(
                context: contextRevision,
                lessons: inputs.contains(.lessonContent) ? revisions.lessons : nil,
                glossaryUse: inputs.contains(.glossaryUse) ? course.glossaryEntries.map(\.lessons) : nil)
            let pages: [String: Data]
            if let kept = generated[index], kept.key == generatorKey {
                pages = kept.pages
            } else {
                if let search = generator as? SearchPage {
                    pages = try searchPages(search, in: context, revisions: revisions,
                                            kept: generated[index]?.pages ?? [:], report: &report)
                } else {
                    pages = try generator.pages(in: context)
                    report.rendered += pages.keys
                }
                generated[index] = (generatorKey, pages)
            }
            for (path, data) in pages { next.add(path, data) }
        }
        report.candidates.formUnion(report.rendered)
        report.candidates.formUnion(Set(site.files.keys).subtracting(next.files.keys))
        report.rendered = Set(report.rendered).sorted()
        site = next
        lastReport = report
        return next
    }

    /// The search page and index, with the search documents of unchanged lessons kept (walking
    /// every lesson's tree for its text is most of the index's cost) and only the index files
    /// they change encoded again (`SearchIndexMemo`); the others' bytes come from `kept`.
    private func searchPages(_ generator: SearchPage, in context: RenderContext, revisions: Revisions,
                             kept keptPages: [String: Data], report: inout Report) throws(LecternError) -> [String: Data] {
        var kept: [String: (key: SearchKey, documents: [SearchDocument])] = [:]
        if noteDocuments?.shared != revisions.shared {
            noteDocuments = (revisions.shared, SearchPage.noteDocuments(of: context.course))
        }
        let index = try SearchPage.index(for: context, lessonDocuments: { lesson in
            let slug = lesson.lesson.slug
            let key = SearchKey(lesson: revisions.lessons[slug] ?? -1, title: lesson.lesson.frontMatter.title)
            if key.lesson >= 0, let old = searchDocuments[slug], old.key == key {
                kept[slug] = old
                return old.documents
            }
            let documents = SearchPage.documents(of: lesson)
            kept[slug] = (key, documents)
            return documents
        }, notes: noteDocuments?.documents)
        searchDocuments = kept

        var pages: [String: Data] = [:]
        func write() throws(LecternError) -> [String] {
            try searchIndex.write(index) { (path: String, text: String) throws(LecternError) in
                pages[path] = Data(text.utf8)
                report.rendered.append(path)
            }
        }
        var paths = try write()
        if paths.contains(where: { pages[$0] == nil && keptPages[$0] == nil }) {
            // The memo and the kept pages disagree (never expected): make every file again.
            searchIndex = SearchIndexMemo()
            paths = try write()
        }
        for path in paths where pages[path] == nil { pages[path] = keptPages[path] }
        if let page = searchPage, page.context == contextRevision, page.documents == index.documents.count,
           let data = keptPages["search.html"] {
            pages["search.html"] = data
        } else {
            let data = try generator.page(in: context, documentCount: index.documents.count)
            searchPage = (contextRevision, index.documents.count, data)
            pages["search.html"] = data
            report.rendered.append("search.html")
        }
        return pages
    }

    /// The lesson pages, each kept while its lesson and the context are the same; bodies are
    /// kept while the lesson, the templates and the course-wide files are.
    private func lessonPages(_ generator: LessonPages, in context: RenderContext, revisions: Revisions,
                             report: inout Report) throws(LecternError) -> [String: Data] {
        var pages: [String: Data] = [:]
        var keptBodies: [String: (key: BodyKey, html: HTML)] = [:]
        var keptPages: [String: (key: PageKey, data: Data)] = [:]
        pages.reserveCapacity(context.course.lessons.count)
        keptBodies.reserveCapacity(context.course.lessons.count)
        keptPages.reserveCapacity(context.course.lessons.count)
        for (index, checked) in context.course.lessons.enumerated() {
            let slug = checked.lesson.slug
            // A lesson the driver gave no revision is treated as new on every run.
            let lesson = revisions.lessons[slug] ?? -1
            let path = RenderContext.lessonPath(slug)
            let pageKey = PageKey(context: contextRevision, lesson: lesson)
            if lesson >= 0, let kept = lessonPages[path], kept.key == pageKey {
                pages[path] = kept.data
                keptPages[path] = kept
                keptBodies[slug] = bodies[slug]
                continue
            }
            let bodyKey = BodyKey(templates: templatesRevision, shared: revisions.shared, lesson: lesson)
            let body: HTML
            if lesson >= 0, let kept = bodies[slug], kept.key == bodyKey {
                body = kept.html
            } else {
                body = LessonPages.body(of: checked, in: context)
                report.bodies.append(slug)
            }
            keptBodies[slug] = (bodyKey, body)
            let (_, data) = try generator.page(at: index, in: context, body: body)
            pages[path] = data
            keptPages[path] = (pageKey, data)
            report.rendered.append(path)
        }
        bodies = keptBodies
        lessonPages = keptPages
        return pages
    }
}
