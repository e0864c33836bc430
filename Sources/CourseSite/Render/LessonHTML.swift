import CourseKit
import Diagnostics
import LecternMarkdown

/// The HTML writer of checked trees: lesson bodies, quiz texts, glossary definitions and FAQ
/// answers. `HTMLRenderer` writes the Markdown; each Lectern node is written here, through a
/// template partial wherever it has markup or words of its own, so a theme or a translation
/// owns them.
package struct LessonHTML: LeafRenderer {
    package typealias Stage = CheckedStage

    /// How `[[…]]` links are written on the page being rendered.
    package enum TermLinks: Sendable {
        /// Links with the definition's first paragraph as a tooltip (lesson pages).
        case tooltips
        /// Plain links (the glossary and FAQ pages, related questions).
        case links
        /// Text only (inside a tooltip, where a nested link could not be reached).
        case text
    }

    /// The templates.
    var templates: PageRenderer { shared.templates }
    /// The checked course (glossary terms and tooltips, FAQ).
    var course: CheckedCourse { shared.course }
    /// The prefix from the page to the site root (`""`, `"../"`).
    var root: String { shared.root }
    /// How glossary links are written.
    var links: TermLinks { shared.links }
    /// Each term's tooltip (its definition's first paragraph), by slug.
    var tooltips: [String: HTML] { shared.tooltips }
    /// The page's settings behind one reference. `HTMLRenderer`, generic over its leaf renderer
    /// and not specialized across modules, copies the writer for every formula, value, link and
    /// fence it writes; a copy of these fields side by side was over a dozen reference counts,
    /// each an atomic operation on objects that every rendering thread shares (issue 13).
    private let shared: Shared
    /// Each quiz's number on its page and the page's quiz count, by quiz id.
    var quizNumbers: [String: (number: Int, count: Int)] = [:]
    /// Which link of each term (by slug) carries the tooltip with the definition; every other
    /// link to the term refers to that tooltip, so a definition is on a page once however often
    /// it is linked. A term missing here gets its tooltip on every link.
    var tipHolders: [String: SourceLocation] = [:]

    /// Creates a writer for one page.
    package init(templates: PageRenderer, course: CheckedCourse, root: String, links: TermLinks, tooltips: [String: HTML]) {
        shared = Shared(templates: templates, course: course, root: root, links: links, tooltips: tooltips)
    }

    /// What every copy of one page's writer shares.
    private final class Shared: Sendable {
        let templates: PageRenderer
        let course: CheckedCourse
        let root: String
        let links: TermLinks
        let tooltips: [String: HTML]

        init(templates: PageRenderer, course: CheckedCourse, root: String, links: TermLinks, tooltips: [String: HTML]) {
            self.templates = templates
            self.course = course
            self.root = root
            self.links = links
            self.tooltips = tooltips
        }
    }

    /// The partials this writer uses; `SiteRenderer` checks they exist before rendering, so a
    /// missing one is an error before any page is written rather than an empty fragment.
    package static let partials = ["partials/alert", "partials/glossary-link", "partials/plot", "partials/quiz", "partials/example"]

    /// The HTML of a whole document.
    package func render(_ document: CheckedDocument) -> HTML {
        HTML(trusted: HTMLRenderer(lectern: self, allowHTML: course.config.allowHTML).render(document))
    }

    package func math(_ node: CheckedMath) -> String {
        // A formula with an error is reported; the page shows its source instead of a guess.
        node.mathML ?? "<code class=\"math-source\">\(HTML.escape(node.node.tex))</code>"
    }

    package func value(_ node: CheckedValue) -> String {
        node.text.map(HTML.escape) ?? "<code class=\"value-source\">{=\(HTML.escape(node.node.inner))}</code>"
    }

    package func glossaryLink(_ node: CheckedLink) -> String {
        let entry = node.slug.flatMap { course.glossary.entry(slug: $0) }
        var view = GlossaryLinkView(text: .text(node.node.shownText))
        switch (links, entry) {
        case (.text, _), (_, nil):
            view.asText = true
        case (.links, let entry?):
            view.href = .text("\(root)glossary.html#\(entry.slug)")
        case (.tooltips, let entry?):
            view.href = .text("\(root)glossary.html#\(entry.slug)")
            view.wrapped = true
            if let tooltip = tooltips[entry.slug] {
                if let holder = tipHolders[entry.slug] {
                    // Glossary slugs are unique, so one id per term is unique on the page.
                    view.tipID = .text("lectern-tip-\(entry.slug)")
                    if holder != node.range.start {
                        view.sharedTip = true
                        return sharedInline(view, "partials/glossary-link")
                    }
                } else {
                    // The link's position is unique on the page.
                    view.tipID = .text("lectern-tip-\(node.range.start.line)-\(node.range.start.column)")
                }
                view.term = .text(entry.term)
                view.tooltip = tooltip
            }
        }
        return sharedInline(view, "partials/glossary-link")
    }

    package func fence(_ node: CheckedBlock) -> String {
        switch node {
        case .quiz(let quiz):
            let position = quizNumbers[quiz.quiz.id] ?? (1, 1)
            let view = QuizRenderer.view(of: quiz, number: position.number, count: position.count) { render($0).markup }
            return block(view, "partials/quiz")
        case .example(let example):
            // The same worked example often comes back in other lessons: rendered once per build.
            return (try? templates.renderShared(ExampleRenderer.view(of: example.example), template: "partials/example"))?.markup ?? ""
        case .plot(let plot):
            guard let sampled = plot.sampled else { return "" }
            return block(PlotView(svg: HTML(trusted: PlotRenderer().render(sampled, id: plot.id))), "partials/plot")
        case .invalid(let fence):
            return "<pre class=\"fence fence-\(HTML.escape(fence.word))\"><code>\(HTML.escape(fence.body))</code></pre>\n"
        }
    }

    package func alert(kind: AlertKind, titleHTML: String?, contentHTML: String) -> String {
        block(AlertView(kind: kind, title: titleHTML.map(HTML.init(trusted:)), content: HTML(trusted: contentHTML)), "partials/alert")
    }

    package func plainText(math node: CheckedMath) -> String { MathText.linear(node) }
    package func plainText(value node: CheckedValue) -> String { node.text ?? "" }
    package func plainText(glossaryLink node: CheckedLink) -> String { node.node.shownText }

    private func block(_ view: Any, _ template: String) -> String {
        (try? templates.render(view, template: template))?.markup ?? ""
    }

    /// A partial written inside a line whose view repeats across pages (`renderShared`): its
    /// file's final newline is not part of the markup.
    private func sharedInline(_ view: some Hashable & Sendable, _ template: String) -> String {
        var markup = (try? templates.renderShared(view, template: template))?.markup ?? ""
        if markup.hasSuffix("\n") { markup.removeLast() }
        return markup
    }
}

/// The view of `partials/glossary-link`.
struct GlossaryLinkView: MustacheFields, Hashable {
    var text: HTML
    var href: HTML?
    var asText = false
    var wrapped = false
    var tipID: HTML?
    var term: HTML?
    var tooltip: HTML?
    /// The link refers to the tooltip of the term's first link (`tipID`) instead of carrying one.
    var sharedTip = false

    static let mustacheFields: [String: @Sendable (GlossaryLinkView) -> Any?] = [
        "text": { $0.text }, "href": { $0.href }, "asText": { $0.asText },
        "wrapped": { $0.wrapped }, "tipID": { $0.tipID }, "term": { $0.term },
        "tooltip": { $0.tooltip }, "sharedTip": { $0.sharedTip },
    ]

    /// Hashes the short fields only: the term and its tooltip follow from the link's target
    /// (`href`), and hashing the tooltip's markup on every link cost about what the memo saved.
    /// `==` still compares every field.
    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(href)
        hasher.combine(tipID)
        hasher.combine(asText)
        hasher.combine(wrapped)
        hasher.combine(sharedTip)
    }
}

/// The view of `partials/alert`: the kind as a flag, so the template names each default title.
struct AlertView: MustacheFields {
    var kind: AlertKind
    var title: HTML?
    var content: HTML

    var kindName: HTML { HTML(trusted: kind.rawValue) }

    static let mustacheFields: [String: @Sendable (AlertView) -> Any?] = [
        "kind": { $0.kindName }, "title": { $0.title }, "content": { $0.content },
        "note": { $0.isNote }, "tip": { $0.isTip }, "important": { $0.isImportant },
        "warning": { $0.isWarning }, "caution": { $0.isCaution },
    ]

    var isNote: Bool { kind == .note }
    var isTip: Bool { kind == .tip }
    var isImportant: Bool { kind == .important }
    var isWarning: Bool { kind == .warning }
    var isCaution: Bool { kind == .caution }
}

/// The view of `partials/plot`.
struct PlotView: MustacheFields {
    var svg: HTML

    static let mustacheFields: [String: @Sendable (PlotView) -> Any?] = ["svg": { $0.svg }]
}
