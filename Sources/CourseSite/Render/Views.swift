import CourseKit

/// A link in a view: escaped text and an escaped relative address.
package struct LinkView: Sendable, Hashable {
    /// The link text.
    package var title: HTML
    /// The address, relative to the page that shows it.
    package var href: HTML
    /// Whether the link points at the page itself (`aria-current="page"`).
    package var current: Bool

    /// Creates a link.
    package init(title: HTML, href: HTML, current: Bool = false) {
        self.title = title
        self.href = href
        self.current = current
    }
}

/// One module in the course navigation or on the index page.
package struct ModuleView: Sendable, Hashable {
    /// The module title.
    package var title: HTML
    /// 1-based module number.
    package var number: Int
    /// The module's lessons (empty in a page's navigation for modules other than its own).
    package var lessons: [LessonLinkView]
    /// The module's place on the index page, relative to the page that shows it.
    package var href: HTML = HTML(trusted: "")
    /// Whether the navigation lists this module's lessons: the page's own module.
    package var open = false
    /// In the navigation of the module's own pages, `lessons` each rendered with
    /// `partials/nav-lesson` (empty elsewhere and without that partial).
    package var lessonItems = HTML(trusted: "")
}

/// A lesson as listed in the navigation and on the index page.
package struct LessonLinkView: Sendable, Hashable {
    /// The lesson title.
    package var title: HTML
    /// The address, relative to the page that shows it.
    package var href: HTML
    /// The lesson's slug, for progress markers (`data-lesson`).
    package var slug: HTML
    /// The lesson's summary, if any.
    package var summary: HTML?
    /// 1-based position in the course.
    package var number: Int
    /// Whether this is the page being shown.
    package var current: Bool
    /// The ids of the lesson's quizzes, space-separated, for progress on the index (`data-quizzes`).
    package var quizIDs: HTML = HTML(trusted: "")
    /// The lesson page's site-relative path (`lessons/relu.html`), to mark the current page.
    package var path: String = ""
}

extension LessonLinkView {
    /// Field by field, the path compared as bytes like the `HTML` fields (a memo key must not
    /// match a canonically equivalent but different path).
    package static func == (lhs: LessonLinkView, rhs: LessonLinkView) -> Bool {
        lhs.title == rhs.title && lhs.href == rhs.href && lhs.slug == rhs.slug && lhs.summary == rhs.summary
            && lhs.number == rhs.number && lhs.current == rhs.current && lhs.quizIDs == rhs.quizIDs
            && lhs.path.utf8.elementsEqual(rhs.path.utf8)
    }

    /// Hashes what `==` compares.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(href)
        hasher.combine(number)
        hasher.combine(current)
        hasher.combine(HTML(trusted: path))
    }
}

/// A tag as shown in the tag strip.
package struct TagView: Sendable, Hashable {
    /// The tag text.
    package var name: HTML
    /// The tag's page, relative to the page that shows the strip.
    package var href: HTML? = nil
}

/// The page frame every template is rendered into (`layout.mustache`).
package struct LayoutView: Sendable {
    /// `<html lang>`.
    package var lang: HTML
    /// `<html data-course>`: namespaces the reader's progress in localStorage.
    package var courseSlug: HTML = HTML(trusted: "course")
    /// The `<title>`: page title and course title.
    package var pageTitle: HTML
    /// `<meta name="description">`, if any.
    package var description: HTML?
    /// Prefix from this page to the site root (`""` or `"../"`; `base_url` on the 404 page).
    package var root: HTML
    /// The course title in the header.
    package var courseTitle: HTML
    /// Whether this page is the index (its header link is then the current page).
    package var isIndex: Bool
    /// The modules the page's navigation shows (see `ModuleMap`).
    package var modules: [ModuleView]
    /// The course navigation rendered with `partials/nav` (empty without that partial).
    package var navigation: HTML = HTML(trusted: "")
    /// Stylesheets, relative to the root.
    package var stylesheets: [HTML]
    /// Scripts, relative to the root, loaded with `defer`.
    package var scripts: [HTML]
    /// The canonical address of the page when the course has a `base_url`.
    package var canonical: HTML?
    /// The page's main content, already rendered.
    package var content: HTML
    /// Whether the course has a glossary page (the header links to it only then).
    package var hasGlossary = false
    /// Whether the course has an FAQ page.
    package var hasFAQ = false
    /// Whether this page is the glossary (its header link is then the current page).
    package var isGlossary = false
    /// Whether this page is the FAQ.
    package var isFAQ = false
    /// Whether this page is the library reference.
    package var isLibrary = false
    /// `partials/header` rendered with this page's `FrameView` (empty without that partial).
    package var header: HTML = HTML(trusted: "")
    /// `partials/footer` rendered with this page's `FrameView` (empty without that partial).
    package var footer: HTML = HTML(trusted: "")
}

extension LinkView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LinkView) -> Any?] = [
        "title": { $0.title },
        "href": { $0.href },
        "current": { $0.current },
    ]
}

extension ModuleView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (ModuleView) -> Any?] = [
        "title": { $0.title },
        "number": { MustacheNumber($0.number) },
        "lessons": { $0.lessons },
        "href": { $0.href },
        "open": { $0.open },
        "lessonItems": { $0.lessonItems },
    ]
}

extension LessonLinkView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LessonLinkView) -> Any?] = [
        "title": { $0.title },
        "href": { $0.href },
        "slug": { $0.slug },
        "summary": { $0.summary },
        "number": { MustacheNumber($0.number) },
        "current": { $0.current },
        "quizIDs": { $0.quizIDs },
        "path": { $0.path },
    ]
}

extension TagView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (TagView) -> Any?] = [
        "name": { $0.name },
        "href": { $0.href },
    ]
}

extension LayoutView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LayoutView) -> Any?] = [
        "lang": { $0.lang },
        "courseSlug": { $0.courseSlug },
        "pageTitle": { $0.pageTitle },
        "description": { $0.description },
        "root": { $0.root },
        "courseTitle": { $0.courseTitle },
        "isIndex": { $0.isIndex },
        "modules": { $0.modules },
        "navigation": { $0.navigation },
        "stylesheets": { $0.stylesheets },
        "scripts": { $0.scripts },
        "canonical": { $0.canonical },
        "content": { $0.content },
        "hasGlossary": { $0.hasGlossary },
        "hasFAQ": { $0.hasFAQ },
        "isGlossary": { $0.isGlossary },
        "isFAQ": { $0.isFAQ },
        "isLibrary": { $0.isLibrary },
        "header": { $0.header },
        "footer": { $0.footer },
    ]
}
