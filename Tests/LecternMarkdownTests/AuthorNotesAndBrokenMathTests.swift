import Diagnostics
import Testing
@testable import LecternMarkdown

/// HTML comments stay private with raw HTML off; a `$$` nobody closes is reported.
@Suite struct AuthorNotesAndBrokenMathTests {
    @Test(arguments: [
        ("Before.\n\n<!-- TODO: check the derivative -->\n\nAfter.\n", "<p>Before.</p>\n<p>After.</p>\n"),
        ("Text <!-- inline note --> more.\n", "<p>Text  more.</p>\n"),
        ("<!--\nmulti\nline\n-->\n", ""),
        ("<!-- note --> <b>x</b>\n", "<p> &lt;b&gt;x&lt;/b&gt;</p>\n"),
    ])
    func commentsAreDroppedWhenRawHTMLIsOff(markdown: String, html: String) {
        #expect(MD.html(markdown) == html)
        #expect(!MD.html(markdown).contains("TODO") && !MD.html(markdown).contains("note"))
    }

    @Test func commentsStayCommentsWhenRawHTMLIsOn() {
        #expect(MD.html("<!-- kept -->\n", allowHTML: true) == "<!-- kept -->\n")
    }

    private func diagnostics(_ markdown: String) -> [String] {
        MarkdownParser().parse(SourceText(file: "m.md", text: markdown)).1.map {
            "\($0.code) \($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-")"
        }
    }

    @Test func aDisplayFormulaCutByAListLineIsReported() {
        // The `$$` shares its line with TeX, so the formula is a paragraph that `- ` cuts.
        let markdown = "Intro.\n\n$$f(x) = x\n- 1 \\unknowncmd\n$$\n"
        #expect(diagnostics(markdown) == ["math.unclosed-display 3:1", "math.unclosed-display 5:1"])
    }

    @Test func aDanglingDollarPairIsReported() {
        #expect(diagnostics("The cost is $$ and more.\n") == ["math.unclosed-display 1:13"])
    }

    @Test func closedAndEscapedFormulasAreFine() {
        #expect(diagnostics("$$\nf(x) = x\n$$\n\nPrice: \\$\\$5.\n").isEmpty)
    }
}
