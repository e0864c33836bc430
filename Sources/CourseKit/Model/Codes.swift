/// The stable codes of the diagnostics CourseKit's passes report (the leaf modules keep their own).
package enum Codes {
    /// A `#` heading in a lesson body.
    package static let headingH1 = "lesson.heading-h1"
    /// A heading that skips a level.
    package static let headingSkip = "lesson.heading-skip"
}
