import CourseKit

/// Tag strips link each tag to its page.
extension TagView {
    /// A tag of the strip on a page whose root prefix is `root` (`""` or `"../"`).
    package static func linked(_ name: String, root: String) -> TagView {
        TagView(name: .text(name), href: .text(root + TagPages.path(of: name)))
    }
}
