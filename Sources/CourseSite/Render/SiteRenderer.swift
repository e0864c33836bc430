import CourseKit
import Foundation

/// The Render pass: turns a checked course into a `Site` with the templates. Pure apart from
/// reading nothing at all: templates and assets come in as values.
package struct SiteRenderer: Sendable {
    /// The page generators every build runs; extra pages (glossary, FAQ, library, tags,
    /// search, 404) are added to this list, one per line.
    package static var standardGenerators: [any PageGenerator] {
        [
            IndexPage(),
            LessonPages(addOns: standardLessonAddOns),
            GlossaryPage(),
            FAQPage(),
            LibraryPage(),
            SearchPage(),
            TagPages(),
            NotFoundPage(),
            SitemapPage(),
        ]
    }

    /// Sections added under every lesson's body (related FAQ entries), one per line.
    package static var standardLessonAddOns: [any LessonPageAddOn] {
        [
            LessonProgressAddOn(),
            RelatedQuestions(),
        ]
    }

    /// The generators this renderer runs, in order; a later page with the same path wins.
    package var generators: [any PageGenerator]
    /// How many threads render pages (`RenderContext.parallelism`).
    package var parallelism = ParallelMap.defaultWidth
    /// Whether repeated fragments are rendered once per build (`PartialMemo`); the pages are
    /// the same either way (tests compare them).
    package var memoizesPartials = true

    /// Creates a renderer.
    package init(generators: [any PageGenerator] = SiteRenderer.standardGenerators) {
        self.generators = generators
    }

    /// Renders every page and copies the assets to `assets/`, into memory.
    /// - Throws: `LecternError.missingTemplate` or `.templateSyntax` for broken templates.
    package func render(_ course: CheckedCourse, templates: TemplateSet) throws(LecternError) -> Site {
        var site = Site()
        try render(course, templates: templates, into: &site)
        return site
    }

    /// Renders every page and copies the assets to `assets/`, handing each file to `sink` as
    /// soon as it is made (a later file with the same path replaces an earlier one).
    /// - Throws: `LecternError.missingTemplate` or `.templateSyntax` for broken templates;
    ///   whatever `sink` throws.
    package func render(_ course: CheckedCourse, templates: TemplateSet,
                        into sink: inout some SiteSink) throws(LecternError) {
        let context = try context(for: course, templates: templates)
        for path in templates.assets.keys.sorted() { try sink.add("assets/\(path)", templates.assets[path] ?? Data()) }
        // The other generators render beside the lesson pages; the sink sees the same files in
        // the same order as from running them one by one.
        try OverlappedGenerators(generators: generators, context: context).write(to: &sink)
    }

    /// Everything the generators share for `course`: the compiled templates and the tooltips. `IncrementalSite` keeps it while the templates, the
    /// course-wide files and the course's outline stay the same.
    /// - Throws: `LecternError.missingTemplate` or `.templateSyntax` for broken templates.
    package func context(for course: CheckedCourse, templates: TemplateSet) throws(LecternError) -> RenderContext {
        let pages = try PageRenderer(templates: templates, memoizing: memoizesPartials)
        for partial in LessonHTML.partials where !pages.has(partial) {
            throw .missingTemplate(name: partial, directory: templates.directory)
        }
        var context = RenderContext(renderer: pages, course: course, assets: Array(templates.assets.keys), parallelism: parallelism)
        context.scripts += generators.flatMap(\.scripts)
        return context
    }
}
