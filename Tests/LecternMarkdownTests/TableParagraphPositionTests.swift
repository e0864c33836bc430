import Testing
@testable import LecternMarkdown
import Diagnostics

/// A paragraph directly above a GFM table (no blank line between) and that table's header row:
/// cmark-gfm rebuilds the paragraph without a position and counts the header's columns through
/// the paragraph's text; Lectern's constructs there still get the author's lines and columns.
/// Every expected place below is counted by hand on the text it sits next to.
@Suite("Positions above and in a table header")
struct TableParagraphPositionTests {
    /// The ranges of every formula, inline value and glossary link, as "line:col-line:col".
    struct Places: Equatable, CustomStringConvertible {
        var math: [String] = []
        var values: [String] = []
        var links: [String] = []
        var description: String { "math \(math) values \(values) links \(links)" }
    }

    static func places(_ text: String) -> Places {
        let document = MD.parse(text)
        return Places(
            math: document.mathNodes.map { MD.span($0.range) },
            values: document.inlineValues.map { MD.span($0.range) },
            links: document.glossaryLinks.map { MD.span($0.range) }
        )
    }

    /// Where the formula's unclosed `{` of `\frac{1}{` (scalar offset 8 of its TeX) is.
    static func braceOfFraction(_ text: String) -> [String] {
        MD.parse(text).mathNodes.filter { $0.tex.hasPrefix("\\frac{1}{") }.map { MD.at($0.map.location(atScalarOffset: 8)) }
    }

    @Test func oneLineParagraphAndHeaderCells() {
        let text = """
            Intro $\\frac{1}{$ and {= 1 +} with [[Nope]].
            | $\\frac{1}{$ | [[Gone]] {= 2} |
            |---|---|
            | 1 | 2 |
            """
        #expect(Self.places(text) == Places(
            math: ["1:7-1:18", "2:3-2:14"], values: ["1:23-1:30", "2:26-2:31"], links: ["1:36-1:44", "2:17-2:25"]
        ))
        #expect(Self.braceOfFraction(text) == ["1:16", "2:12"])
    }

    @Test func threeLineParagraphWithIndentedContinuationLines() {
        let text = """
            First line $a$ ok.
               Second {= 2 *} here.
              Third [[Gone]] and $\\frac{1}{$.
            | h | {= 5} |
            |---|---|
            """
        #expect(Self.places(text) == Places(
            math: ["1:12-1:15", "3:22-3:33"], values: ["2:11-2:18", "4:7-4:12"], links: ["3:9-3:17"]
        ))
        #expect(Self.braceOfFraction(text) == ["3:31"])
    }

    @Test func insideABlockQuote() {
        let text = """
            > Quote $\\frac{1}{$ text
            >   and [[Gone]] {= 1 +}.
            > | h | $y$ |
            > |---|---|
            """
        #expect(Self.places(text) == Places(math: ["1:9-1:20", "3:9-3:12"], values: ["2:18-2:25"], links: ["2:9-2:17"]))
        #expect(Self.braceOfFraction(text) == ["1:18"])
    }

    @Test func insideAListItem() {
        let text = """
            Before.

            - Item $x$ one
              two {= 3 +} [[Gone]]
              | h | $\\frac{1}{$ |
              |---|---|
            """
        #expect(Self.places(text) == Places(math: ["3:8-3:11", "5:9-5:20"], values: ["4:7-4:14"], links: ["4:15-4:23"]))
        #expect(Self.braceOfFraction(text) == ["5:18"])
    }

    @Test func crlfAndNonASCIITextBeforeTheErrors() {
        let text = "Café é $\\frac{1}{$ x\r\n  naïve [[Gone]] {= 1 +}\r\n| é | $y$ | ø [[Nope]] |\r\n|---|---|---|\r\n"
        #expect(Self.places(text) == Places(
            math: ["1:8-1:19", "3:7-3:10"], values: ["2:18-2:25"], links: ["2:9-2:17", "3:15-3:23"]
        ))
        #expect(Self.braceOfFraction(text) == ["1:17"])
    }

    /// cmark-gfm turns `\|` into `|` in the rebuilt paragraph, one column less for each.
    @Test func escapedPipesInTheParagraph() {
        let text = """
            Pipe a \\| b $x$ and {= 1 +} \\| [[Gone]]
            | $y$ |
            |---|
            """
        #expect(Self.places(text) == Places(math: ["1:13-1:16", "2:3-2:6"], values: ["1:21-1:28"], links: ["1:32-1:40"]))
    }

    /// The rebuilt paragraph's own range: from its first character to the end of the line
    /// above the header; a table without a paragraph above keeps cmark's places.
    @Test func paragraphRangeAndPlainTables() {
        let document = MD.parse("  One\n   two\n| h |\n|---|\n")
        guard case .paragraph(let paragraph) = document.blocks.first else {
            Issue.record("no paragraph: \(document.blocks)")
            return
        }
        #expect(MD.span(paragraph.range) == "1:3-2:7")
        #expect(Self.places("  | $x$ | [[A]] |\n  |---|---|\n") == Places(math: ["1:5-1:8"], links: ["1:11-1:16"]))
    }
}
