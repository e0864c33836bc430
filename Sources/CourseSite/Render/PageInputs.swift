import CourseKit

/// What a page generator's pages are made from beyond what every page has: the templates,
/// `course.yml`, the glossary and FAQ files, and the course's outline (`CourseOutline`: each
/// lesson's slug, place, front matter and quiz ids).
///
/// `IncrementalSite` renders a generator's pages again only when one of these changed, so a
/// generator must name every input it reads; one that names none of this protocol is rendered
/// on every change.
package struct PageInputs: OptionSet, Sendable {
    package let rawValue: Int

    /// Creates a set from its bits.
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// Every lesson's checked tree (the search index reads the lessons' text).
    package static let lessonContent = PageInputs(rawValue: 1 << 0)
    /// Which lessons link each glossary term (the glossary page's "used in" lists).
    package static let glossaryUse = PageInputs(rawValue: 1 << 1)
    /// Everything a page could read of the checked course.
    package static let everything: PageInputs = [.lessonContent, .glossaryUse]
}

/// A page generator that names its inputs, so the author's loop keeps its pages while they
/// stay the same. Generators that do not conform are rendered after every change.
package protocol DeclaresPageInputs: PageGenerator {
    /// What the pages read beyond the templates, the course-wide files and the outline.
    var inputs: PageInputs { get }
}
