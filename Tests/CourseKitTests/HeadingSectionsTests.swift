import Diagnostics
import Testing
@testable import CourseKit

@Suite struct HeadingSectionsTests {
    @Test func anExcerptKeepsTheChosenLinesAtTheirFileLines() {
        let text = "# Glossary\n\n## ReLU\n\nThe rectifier, $\\max(0, x)$.\nSee [[Sigmoid]].\n\n## Sigmoid\n\nS-shaped: é → 1.\n"
        let source = SourceText(file: "glossary.md", text: text)
        let excerpt = HeadingSections.excerpt(source, lines: 5..<7)
        #expect(excerpt.file == "glossary.md")
        // Only the section's lines, then one blank line of the five line breaks that followed
        // them in a blanked copy of the file; the other three blank lines are counted.
        #expect(excerpt.text == "The rectifier, $\\max(0, x)$.\nSee [[Sigmoid]].\n\n")
        #expect(excerpt.blankLinesAfter == 3)
        #expect(excerpt.firstLine == 5)
        #expect(excerpt.line(6) == "See [[Sigmoid]].")
        #expect(excerpt.line(4) == nil)
        // Out-of-range lines are left out; no lines at all is an empty text.
        #expect(HeadingSections.excerpt(source, lines: 10..<99).text == "S-shaped: é → 1.\n")
        #expect(HeadingSections.excerpt(source, lines: 10..<10).text == "")
        let last = HeadingSections.excerpt(SourceText(file: "f.md", text: "a\nb"), lines: 2..<3)
        #expect(last.text == "b" && last.firstLine == 2)
    }
}
