import Diagnostics
import Testing
@testable import CourseKit

@Suite struct HeadingSectionsTests {
    @Test func blankingKeepsTheChosenLinesWhereTheyWere() {
        let text = "# Glossary\n\n## ReLU\n\nThe rectifier, $\\max(0, x)$.\nSee [[Sigmoid]].\n\n## Sigmoid\n\nS-shaped: é → 1.\n"
        let source = SourceText(file: "glossary.md", text: text)
        // Lines out of order, repeated and out of range are kept once, in place.
        let blanked = HeadingSections.blanked(source, keeping: [6, 5, 5, 10, 0, 99])
        #expect(blanked.file == "glossary.md")
        #expect(blanked.text == "\n\n\n\nThe rectifier, $\\max(0, x)$.\nSee [[Sigmoid]].\n\n\n\nS-shaped: é → 1.\n")
        #expect(blanked.lineCount == source.lineCount)
        #expect(HeadingSections.blanked(source, keeping: []).text == String(repeating: "\n", count: source.lineCount - 1))
        let last = HeadingSections.blanked(SourceText(file: "f.md", text: "a\nb"), keeping: [2])
        #expect(last.text == "\nb")
    }
}
