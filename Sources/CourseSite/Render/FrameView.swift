import CourseKit

/// The view `partials/header` and `partials/footer` are rendered with: the fields of the page
/// frame that do not depend on the page's content, so every lesson page (and every page at
/// the same depth that is none of the marked ones) has the same header and footer, rendered
/// once per build (`PageRenderer.renderShared`) and inserted by the layout (`{{{header}}}`,
/// `{{{footer}}}`) instead of looked up name by name on every page (issue 13).
package struct FrameView: Sendable, Hashable {
    /// `<html lang>`.
    package var lang: HTML
    /// `<html data-course>`: namespaces the reader's progress in localStorage.
    package var courseSlug: HTML
    /// Prefix from this page to the site root (`""` or `"../"`; `base_url` on the 404 page).
    package var root: HTML
    /// The course title.
    package var courseTitle: HTML
    /// Whether this page is the index (its header link is then the current page).
    package var isIndex: Bool
    /// Whether the course has a glossary page (the header links to it only then).
    package var hasGlossary: Bool
    /// Whether the course has an FAQ page.
    package var hasFAQ: Bool
    /// Whether this page is the glossary (its header link is then the current page).
    package var isGlossary: Bool
    /// Whether this page is the FAQ.
    package var isFAQ: Bool
    /// Whether this page is the library reference.
    package var isLibrary: Bool
}

extension FrameView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (FrameView) -> Any?] = [
        "lang": { $0.lang },
        "courseSlug": { $0.courseSlug },
        "root": { $0.root },
        "courseTitle": { $0.courseTitle },
        "isIndex": { $0.isIndex },
        "hasGlossary": { $0.hasGlossary },
        "hasFAQ": { $0.hasFAQ },
        "isGlossary": { $0.isGlossary },
        "isFAQ": { $0.isFAQ },
        "isLibrary": { $0.isLibrary },
    ]
}

extension LayoutView {
    /// The frame fields of this layout.
    var frame: FrameView {
        FrameView(lang: lang, courseSlug: courseSlug, root: root, courseTitle: courseTitle, isIndex: isIndex,
                  hasGlossary: hasGlossary, hasFAQ: hasFAQ, isGlossary: isGlossary, isFAQ: isFAQ, isLibrary: isLibrary)
    }
}
