import Diagnostics
import Testing
@testable import LecternMarkdown

/// A display formula whose `$$` stand alone on their lines stays one formula even when a line
/// inside starts like a list item, a quote, a heading or an underline, as textbooks write them.
@Suite struct DisplayMathBlockTests {
    private func parse(_ markdown: String) -> (MarkdownDocument<SourceStage>, [Diagnostic]) {
        MarkdownParser().parse(SourceText(file: "m.md", text: markdown))
    }

    @Test("a line inside the formula that would start a block stays TeX", arguments: [
        "- \\frac{a}{b}", "+ c", "* d", "> e", "# f", "1. g", "1) h", "=", "---", "* * *",
    ])
    func blockStartsStayInTheFormula(_ line: String) throws {
        let markdown = "We get\n$$\nx = y\n\(line)\n$$\nso on.\n"
        let (document, diagnostics) = parse(markdown)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let math = try #require(document.mathNodes.first)
        #expect(document.mathNodes.count == 1)
        #expect(math.display)
        #expect(math.tex == "x = y\n\(line)")
        // Every character of the formula maps back to where the author wrote it.
        #expect(math.map.location(atScalarOffset: 6) == SourceLocation(file: "m.md", line: 4, column: 1))
        #expect(math.range.start.line == 2 && math.range.end.line == 5)
    }

    @Test func theRestOfTheLessonIsUnchanged() {
        let markdown = "Intro.\n\n$$\n- a\n$$\n\n- item one\n- item two\n"
        let html = MD.html(markdown)
        #expect(html.contains("<li>item one</li>"))
        #expect(!html.contains("$$"))
    }

    @Test("formulas cmark reads correctly and `$$` inside code are left as they were", arguments: [
        "$$\nx - 1\n$$\n",
        "Text $$\n- a\n$$\n",
        "```\n$$\n- a\n$$\n```\n",
        "~~~~\n$$\n> b\n$$\n~~~~\n",
    ])
    func untouched(_ markdown: String) {
        #expect(DisplayMathBlocks.rewritten(markdown) == nil)
    }

    @Test func aMySTLabelAfterTheClosingDollarsIsDropped() throws {
        let rewritten = try #require(DisplayMathBlocks.rewritten("$$\n- a\n$$ (eq:one)\n"))
        #expect(rewritten == "```math\n- a\n```\n")
        // Without a line that starts a block the label alone makes it a fence.
        #expect(DisplayMathBlocks.rewritten("$$\na\n$$ (eq:one)\n") == "```math\na\n```\n")
        #expect(!MD.html("$$\na\n$$ (eq:one)\n").contains("eq:one"))
        // A label on the opening line is no `$$` line.
        #expect(DisplayMathBlocks.rewritten("$$ (eq:one)\n- a\n$$\n") == nil)
    }

    @Test func aBlankLineEndsTheSearchForTheClosingDollars() {
        #expect(DisplayMathBlocks.rewritten("$$\n- a\n\n$$\n") == nil)
    }

    @Test func onlyTheDollarLinesChange() throws {
        let rewritten = try #require(DisplayMathBlocks.rewritten("a\n  $$\r\n- b\r\n$$\nc\n"))
        #expect(rewritten == "a\n  ```math\r\n- b\r\n```\nc\n")
    }

    @Test("what starts a block", arguments: [
        ("- a", true), ("-a", false), ("+", true), ("> a", true), ("#", true), ("#a", false),
        ("####### a", false), ("1. a", true), ("2. a", false), ("1.5", false), ("===", true),
        ("= a", false), ("**", false), ("***", true), ("    - a", false), ("```", true), ("x - y", false),
    ])
    func startsBlock(_ line: String, _ expected: Bool) {
        #expect(DisplayMathBlocks.startsBlock(line) == expected)
    }
}
