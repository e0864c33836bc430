/// The glossary and FAQ counts of the end-of-run report, so a script (or the course test) can
/// see that a course kept its terms and questions without parsing the pages.
extension CheckedCourse {
    /// `glossary: 21 terms, 21 linked; faq: 10 entries, 10 on lessons`, or nil when the course
    /// has neither file. "Linked" counts terms some lesson links with `[[…]]`; "on lessons"
    /// counts entries some lesson lists in its `faq:` front matter.
    package var extrasReportLine: String? {
        var parts: [String] = []
        if hasGlossary {
            let linked = glossaryEntries.filter { !$0.lessons.isEmpty }.count
            parts.append("glossary: \(glossaryEntries.count) terms, \(linked) linked")
        }
        if hasFAQ {
            let listed = Set(lessons.flatMap { $0.lesson.frontMatter.faq.map(\.value) })
            let shown = faqEntries.filter { listed.contains($0.entry.id) }.count
            parts.append("faq: \(faqEntries.count) entries, \(shown) on lessons")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
