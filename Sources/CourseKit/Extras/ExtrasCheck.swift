import Diagnostics

/// The course-wide check of the glossary and FAQ: parses both files, resolves every lesson's
/// `[[…]]` links and `faq:` ids, warns about terms no lesson links, and renders definitions
/// and answers (reporting their math and link problems) into `CheckedCourse.extras`.
package struct ExtrasCheck: CourseCheck {
    /// `extras`.
    package var name: String { "extras" }

    /// Creates the check.
    package init() {}

    /// Fills `course.extras`, adding problems to `diagnostics`.
    package func check(_ course: inout CheckedCourse, diagnostics: inout DiagnosticBag) {
        var extras = CourseExtras()
        if let source = course.course.glossary {
            let (glossary, found) = GlossaryParser().parse(source)
            extras.glossary = glossary
            extras.hasGlossary = true
            diagnostics.append(contentsOf: found)
        }
        if let source = course.course.faq {
            let (faq, found) = FAQParser().parse(source)
            extras.faq = faq
            extras.hasFAQ = true
            diagnostics.append(contentsOf: found)
        }

        for (position, lesson) in course.lessons.enumerated() {
            for case .glossaryLink(let link) in LecternNodeWalk.items(in: lesson.document) {
                guard let entry = extras.glossary.entry(for: link.target) else {
                    diagnostics.append(extras.glossary.unknownTerm(link.target, at: link.range))
                    continue
                }
                if extras.termUsage[entry.slug]?.last != position { extras.termUsage[entry.slug, default: []].append(position) }
            }
            for id in lesson.lesson.frontMatter.faq where extras.faq.entry(id: id.value) == nil {
                diagnostics.append(extras.faq.unknownID(id.value, at: id.range))
            }
        }
        if extras.hasGlossary {
            diagnostics.append(contentsOf: extras.glossary.unusedWarnings(used: Set(extras.termUsage.keys)))
        }

        let snippet = MarkdownSnippet(allowHTML: course.config.allowHTML, glossary: extras.glossary)
        for entry in extras.glossary.entries {
            let (html, found) = snippet.render(entry.definitionSource, links: .links(root: ""))
            diagnostics.append(contentsOf: found)
            extras.definitions[entry.slug] = html
            extras.tooltips[entry.slug] = MarkdownSnippet.firstParagraph(of: snippet.render(entry.definitionSource, links: .text).html)
        }
        for entry in extras.faq.entries {
            let (html, found) = snippet.render(entry.answerSource, links: .links(root: ""))
            diagnostics.append(contentsOf: found)
            extras.answers[entry.id] = html
            extras.lessonAnswers[entry.id] = snippet.render(entry.answerSource, links: .links(root: "../")).html
            extras.answerText[entry.id] = HTMLPlainText.from(html: html.markup)
        }
        course.extras = extras
        if let line = course.extrasReportLine { course.reportLines.append(line) }
    }
}
