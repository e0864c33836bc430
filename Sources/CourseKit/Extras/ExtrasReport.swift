/// The glossary and FAQ counts of the end-of-run report, so a script (or the course test) can
/// see that a course kept its terms and questions without parsing the pages.
extension CheckedCourse {
    /// `glossary: 21 terms, 21 linked; faq: 10 entries, 10 on lessons`, or nil when the course
    /// has neither file. "Linked" counts terms some lesson links with `[[…]]`; "on lessons"
    /// counts entries some lesson lists in its `faq:` front matter.
    package var extrasReportLine: String? {
        var parts: [String] = []
        if extras.hasGlossary {
            let linked = extras.glossary.entries.filter { extras.termUsage[$0.slug] != nil }.count
            parts.append("glossary: \(extras.glossary.entries.count) terms, \(linked) linked")
        }
        if extras.hasFAQ {
            let listed = Set(lessons.flatMap { $0.lesson.frontMatter.faq.map(\.value) })
            let shown = extras.faq.entries.filter { listed.contains($0.id) }.count
            parts.append("faq: \(extras.faq.entries.count) entries, \(shown) on lessons")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
