import Testing
@testable import LecternMarkdown
import Diagnostics

@Suite("Markdown math")
struct MarkdownMathTests {
    /// (input, the TeX of each math node in order, display flags)
    static let dollarRules: [(String, [String], [Bool])] = [
        ("$x$", ["x"], [false]),
        ("a $x^2$, b", ["x^2"], [false]),
        ("$5 and $6", [], []),
        ("costs $5, or $6 with tax", [], []),
        ("$x$5", [], []),
        ("$ x$", [], []),
        ("$x $", [], []),
        ("\\$x$", [], []),
        ("`$x$`", [], []),
        ("``$x$ and $y$``", [], []),
        ("$\\$$", ["\\$"], [false]),
        ("$a_1 * b_2$ and *c*", ["a_1 * b_2"], [false]),
        ("$$a$$", ["a"], [true]),
        ("text $$x^2$$ more", ["x^2"], [true]),
        ("$$ unclosed and $y$", ["y"], [false]),
        ("$x$ and $y$", ["x", "y"], [false, false]),
        ("a $$b$$ c $d$", ["b", "d"], [true, false]),
        ("$x\ny$", ["x\ny"], [false]),
        ("```\n$x$\n```", [], []),
        ("    $x$", [], []),
        ("$$\\frac{a}{b}$$", ["\\frac{a}{b}"], [true]),
    ]

    @Test(arguments: dollarRules)
    func dollarRule(_ input: String, _ tex: [String], _ display: [Bool]) {
        let math = MD.math(input)
        #expect(math.map(\.tex) == tex)
        #expect(math.map(\.display) == display)
    }

    @Test func emphasisDoesNotApplyInsideMath() {
        let document = MD.parse("$a_1 * b_2$ and $c * d_3$")
        #expect(!document.allInlines.contains { if case .emphasis = $0 { true } else { false } })
        #expect(document.mathNodes.map(\.tex) == ["a_1 * b_2", "c * d_3"])
    }

    @Test func literalDollarRendersAsText() {
        #expect(MD.html("costs \\$5 and $6") == "<p>costs $5 and $6</p>\n")
        #expect(MD.html("$$ alone") == "<p>$$ alone</p>\n")
    }

    @Test func designDiagnosticExampleMapsToColumn55() throws {
        let lines = (1...13).map { "Line \($0)." } + ["Sigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$."]
        let math = MD.math(lines.joined(separator: "\n") + "\n")
        try #require(math.count == 1)
        let node = math[0]
        #expect(node.display)
        #expect(node.tex == "f(z) = \\frac1{1 + \\exp(-z)}}")
        let lastBrace = node.tex.unicodeScalars.count - 1
        #expect(MD.at(node.map.location(atScalarOffset: lastBrace)) == "14:55")
        #expect(MD.at(node.map.location(atScalarOffset: 0)) == "14:28")
        #expect(MD.span(node.range) == "14:26-14:58")
        #expect(node.map.location(atScalarOffset: 0).file == "lesson.md")
    }

    @Test func nonASCIITextBeforeMathCountsCharacters() throws {
        // "Größe → " is 8 characters but 12 bytes.
        let node = try #require(MD.math("Größe → $x}$").first)
        #expect(MD.span(node.range) == "1:9-1:13")
        #expect(MD.at(node.map.location(atScalarOffset: 1)) == "1:11")
    }

    @Test func combiningCharactersCountAsOneColumn() throws {
        // "e\u{301}" is one character (é) of two scalars.
        let node = try #require(MD.math("e\u{301} $y$").first)
        #expect(MD.at(node.range.start) == "1:3")
    }

    @Test func tabCountsAsOneColumn() throws {
        let node = try #require(MD.math("a\t$x$").first)
        #expect(MD.at(node.range.start) == "1:3")
    }

    @Test func mathInListItem() throws {
        let math = MD.math("- first $a$\n- second\n  more $b}$\n")
        try #require(math.count == 2)
        #expect(MD.at(math[0].range.start) == "1:9")
        #expect(MD.at(math[1].range.start) == "3:8")
        #expect(MD.at(math[1].map.location(atScalarOffset: 1)) == "3:10")
    }

    @Test func mathInBlockQuote() throws {
        let math = MD.math("> quoted $a$\n>   and $b$\nlazy $c$\n")
        try #require(math.count == 3)
        #expect(MD.at(math[0].range.start) == "1:10")
        #expect(MD.at(math[1].range.start) == "2:9")
        #expect(MD.at(math[2].range.start) == "3:6")
    }

    @Test func mathInNestedContainers() throws {
        let math = MD.math("> - item\n>   é $x$\n")
        try #require(math.count == 1)
        #expect(MD.at(math[0].range.start) == "2:7")
    }

    @Test func mathInTableCell() throws {
        let text = "| a | b |\n|---|---|\n| é | $x}$ |\n| $y$ | z |\n"
        let math = MD.math(text)
        try #require(math.count == 2)
        #expect(MD.at(math[0].range.start) == "3:7")
        #expect(MD.at(math[0].map.location(atScalarOffset: 1)) == "3:9")
        #expect(MD.at(math[1].range.start) == "4:3")
    }

    @Test func mathInHeading() throws {
        let node = try #require(MD.math("## Über $\\sigma$").first)
        #expect(MD.at(node.range.start) == "1:9")
    }

    @Test func mathSpanningTwoLines() throws {
        let text = "Intro $a +\n  b}$ end\n"
        let node = try #require(MD.math(text).first)
        #expect(node.tex == "a +\nb}")
        #expect(MD.at(node.map.location(atScalarOffset: 0)) == "1:8")
        #expect(MD.at(node.map.location(atScalarOffset: 4)) == "2:3")
        #expect(MD.at(node.map.location(atScalarOffset: 5)) == "2:4")
        #expect(MD.span(node.range) == "1:7-2:6")
    }

    @Test func displayMathSpanningLinesInsideAListItem() throws {
        let text = "- x $$a\n  = b}$$\n"
        let node = try #require(MD.math(text).first)
        #expect(node.display)
        #expect(node.tex == "a\n= b}")
        #expect(MD.at(node.map.location(atScalarOffset: 2)) == "2:3")
        #expect(MD.at(node.map.location(atScalarOffset: 5)) == "2:6")
    }

    @Test func mathAfterMultilineCodeSpan() throws {
        let node = try #require(MD.math("`a\nb` then $x$\n").first)
        #expect(MD.at(node.range.start) == "2:9")
    }

    @Test func mathFence() throws {
        let text = "Text\n\n```math\nx^2 +\n  y}\n```\n"
        let node = try #require(MD.math(text).first)
        #expect(node.display)
        #expect(node.tex == "x^2 +\n  y}")
        #expect(MD.at(node.map.location(atScalarOffset: 0)) == "4:1")
        #expect(MD.at(node.map.location(atScalarOffset: 8)) == "5:3")
        #expect(MD.span(node.range) == "3:1-6:4")
    }

    @Test func mathFenceInsideListIsMappedPastIndentation() throws {
        let text = "1. step\n\n   ```math\n   a}\n   ```\n"
        let node = try #require(MD.math(text).first)
        #expect(node.tex == "a}")
        #expect(MD.at(node.map.location(atScalarOffset: 1)) == "4:5")
    }

    @Test func frontMatterBlankedKeepsFilePositions() throws {
        let text = "\n\n\n\nSee $x$.\n"
        let node = try #require(MD.math(text).first)
        #expect(MD.at(node.range.start) == "5:5")
    }
}

/// cmark's inline positions drift in a few situations; Lectern's nodes still point at the
/// author's text.
@Suite("Markdown positions where cmark drifts")
struct MarkdownPositionDriftTests {
    @Test(arguments: [
        ("[a]: /u\nText $x$", "2:6"),
        ("[a]: /u\n\"title\"\nSo $x$", "3:4"),
        ("* a\n\n  [r]: /x\n  see $x$", "4:7"),
        ("Text [x](/u\n'ti $z$ tle') $y$", "2:15"),
        ("A\\\nB $x$", "2:3"),
        ("ab\u{0}c $x$", "1:6"),
        ("Para $a$\nline $x$\n===", "2:6"),
        ("*emph\nmore $x$*", "2:6"),
    ])
    func mathStart(_ text: String, _ expected: String) throws {
        let node = try #require(MD.math(text).last)
        #expect(MD.at(node.range.start) == expected)
    }

    @Test func repeatedFormulaAfterDriftKeepsOrder() throws {
        let math = MD.math("[a]: /u\n$x$ and $x$\n")
        try #require(math.count == 2)
        #expect(MD.at(math[0].range.start) == "2:1")
        #expect(MD.at(math[1].range.start) == "2:9")
    }

    @Test func glossaryLinkAfterReferenceDefinition() throws {
        let link = try #require(MD.parse("[a]: /u\nSee [[ReLU]].").glossaryLinks.first)
        #expect(MD.span(link.range) == "2:5-2:13")
    }
}
