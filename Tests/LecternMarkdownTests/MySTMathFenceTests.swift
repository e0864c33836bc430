import Diagnostics
import Testing
@testable import LecternMarkdown

/// MyST's ```` ```{math} ```` directive is a display formula; its option lines are left out.
@Suite struct MySTMathFenceTests {
    private func math(_ markdown: String) throws -> MathNode {
        let (document, diagnostics) = MarkdownParser().parse(SourceText(file: "m.md", text: markdown))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.mathNodes.count == 1)
        return try #require(document.mathNodes.first)
    }

    @Test func optionsAndTheBlankLineAfterThemAreDropped() throws {
        let node = try math("Text.\n\n```{math}\n:label: eq-energy\n:nowrap:\n\nE = m c^2\n```\n")
        #expect(node.display)
        #expect(node.tex == "E = m c^2")
        // The formula's first character is where the author wrote it: line 7, column 1.
        #expect(node.map.location(atScalarOffset: 0) == SourceLocation(file: "m.md", line: 7, column: 1))
        #expect(node.map.location(atScalarOffset: 4) == SourceLocation(file: "m.md", line: 7, column: 5))
    }

    @Test func aBodyWithoutOptionsIsKeptWhole() throws {
        let node = try math("```{math}\na := b\n\\frac{1}{2}\n```\n")
        #expect(node.tex == "a := b\n\\frac{1}{2}")
        #expect(node.map.location(atScalarOffset: 7) == SourceLocation(file: "m.md", line: 3, column: 1))
    }

    @Test("what counts as option lines", arguments: [
        (":label: a\nx", 10), (":label: a\n\nx", 11), ("x\n:label: a", 0), (":= y", 0), ("", 0),
    ])
    func optionLength(_ tex: String, _ expected: Int) {
        #expect(MySTMathFence.optionLength(tex) == expected)
    }

    @Test func aLastLineEndingInABackslashKeepsItsLineBreak() throws {
        // `\` before the end of a line is TeX's control space; alone at the end it is no command.
        #expect(try math("```{math}\na \\\n```\n").tex == "a \\\n")
        #expect(try math("```math\na \\\n```\n").tex == "a \\\n")
        #expect(try math("```math\na\n```\n").tex == "a")
    }

    @Test func theFenceRendersAsMathNotCode() {
        let html = MD.html("```{math}\n:label: one\nx^2\n```\n")
        #expect(!html.contains("<pre"))
        #expect(!html.contains("label"))
    }
}
