import Testing
@testable import LecternMarkdown
import Diagnostics

@Suite("Markdown Lectern constructs")
struct MarkdownConstructTests {
    // MARK: Inline values

    @Test(arguments: [
        ("{= sigmoid(1) :.4f}", "sigmoid(1)", ".4f"),
        ("{=sigmoid(1)}", "sigmoid(1)", nil),
        ("{= v[1:2] }", "v[1:2]", nil),
        ("{= dense([1, 2], W, b)[0] :.3f }", "dense([1, 2], W, b)[0]", ".3f"),
        ("{= f({1}) :d}", "f({1})", "d"),
    ] as [(String, String, String?)])
    func inlineValue(_ input: String, _ expression: String, _ format: String?) throws {
        // The parser finds the value; Calc's `InlineValue.split` divides expression and format.
        let value = try #require(MD.parse("Value: " + input).inlineValues.first)
        #expect(value.inner == String(input.dropFirst(2).dropLast()))
        #expect(value.inner.contains(expression) && format.map(value.inner.contains) != false)
    }

    @Test(arguments: ["`{= x}`", "{x}", "{ = x}", "{=   }", "    {= x}", "{=}", "$a \\overset{x}{=} b$"])
    func notAnInlineValue(_ input: String) {
        #expect(MD.parse(input).inlineValues.isEmpty)
    }

    @Test func inlineValuePositions() throws {
        let value = try #require(MD.parse("Héllo {=  relu(-1) :.2f} end").inlineValues.first)
        #expect(MD.span(value.range) == "1:7-1:25")
        // The map covers the whole text between `{=` and `}`, blanks included.
        #expect(MD.at(value.map.location(atScalarOffset: 0)) == "1:9")
        #expect(MD.at(value.map.location(atScalarOffset: 7)) == "1:16")
    }

    // MARK: Glossary links

    @Test func glossaryLinks() throws {
        let links = MD.parse("Use [[ReLU]] or [[ReLU|rectified units]] here.").glossaryLinks
        try #require(links.count == 2)
        #expect(links[0].target == "ReLU")
        #expect(links[0].text == nil)
        #expect(MD.span(links[0].range) == "1:5-1:13")
        #expect(links[1].target == "ReLU")
        #expect(links[1].text == "rectified units")
        #expect(MD.span(links[1].range) == "1:17-1:41")
    }

    @Test(arguments: ["`[[ReLU]]`", "```\n[[ReLU]]\n```", "[[]]", "[[a|]]", "[[a [b] c]]", "[ [a] ]"])
    func notAGlossaryLink(_ input: String) {
        #expect(MD.parse(input).glossaryLinks.isEmpty)
    }

    /// The source line was once re-read for every link, which made a line of thousands of links
    /// take seconds; each link still gets its own column.
    @Test func thousandsOfLinksOnOneLineEachKeepTheirColumn() throws {
        let links = MD.parse(String(repeating: "[[t]] ", count: 3000)).glossaryLinks
        try #require(links.count == 3000)
        #expect(MD.span(links[0].range) == "1:1-1:6")
        #expect(MD.span(links[2999].range) == "1:17995-1:18000")
    }

    @Test func glossaryLinkInsideEmphasisAndListAfterNonASCII() throws {
        let link = try #require(MD.parse("- *é [[tanh]]*").glossaryLinks.first)
        #expect(link.target == "tanh")
        #expect(MD.span(link.range) == "1:6-1:14")
    }

    @Test func glossaryLinkWithEscapesAndEntities() throws {
        let link = try #require(MD.parse("a &amp; b [[Q\\&A|Q &amp; A]] c").glossaryLinks.first)
        #expect(link.target == "Q&A")
        #expect(link.text == "Q & A")
        #expect(MD.span(link.range) == "1:11-1:29")
    }

    @Test func glossaryLinkRendersThroughTheNodeRenderer() {
        #expect(MD.html("See [[ReLU|units]].") == "<p>See <span class=\"lectern-glossary\">units</span>.</p>\n")
    }

    // MARK: Fences

    @Test func quizFence() throws {
        let text = "# Quiz\n\n```quiz\nWhat is relu(-1)?\n\nanswer: 0\n```\n"
        let fence = try #require(MD.parse(text).fences.first)
        #expect(fence.word == "quiz")
        #expect(fence.body == "What is relu(-1)?\n\nanswer: 0\n")
        #expect(fence.bodyStartLine == 4)
        #expect(MD.span(fence.range) == "3:1-7:4")
        let answer = fence.body.unicodeScalars.count - "0\n".unicodeScalars.count
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: answer)) == "6:9")
    }

    @Test(arguments: [("example", "example"), ("plot", "plot"), ("quiz", "quiz")])
    func fenceKinds(_ word: String, _ kind: String) throws {
        let fence = try #require(MD.parse("~~~ \(word) extra args\nbody\n~~~\n").fences.first)
        #expect(fence.word == kind)
        #expect(fence.arguments == "extra args")
    }

    @Test func ordinaryCodeFencesStayCode() {
        let document = MD.parse("```python\nx = 1\n```\n\n```\nplain\n```\n\n```Quiz\nno\n```\n")
        #expect(document.fences.isEmpty)
        #expect(document.blocks.count == 3)
    }

    @Test func fenceIndentedInsideListItem() throws {
        let text = "- Try it:\n\n  ```example\n  >>> relu(-1)\n  0\n  ```\n"
        let fence = try #require(MD.parse(text).fences.first)
        #expect(fence.body == ">>> relu(-1)\n0\n")
        #expect(fence.bodyStartLine == 4)
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 4)) == "4:7")
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 13)) == "5:3")
    }

    @Test func fenceWithOwnIndentationInsideBlockQuote() throws {
        let text = "> Look:\n>\n>  ```plot\n>   y: relu(x)\n>  x: -1 .. 1\n>  ```\n"
        let fence = try #require(MD.parse(text).fences.first)
        // The fence is indented one space, so one space is removed from each body line.
        #expect(fence.body == " y: relu(x)\nx: -1 .. 1\n")
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 1)) == "4:5")
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 12)) == "5:4")
    }

    @Test func fenceBodyLineStartingWithATabInsideIndentedFence() throws {
        // The fence is indented two columns; the body line's tab covers columns 1-4, so cmark
        // keeps two spaces of it. The text after them is still mapped to the tab's next column.
        let fence = try #require(MD.parse("  ```example\n\t>>> x\n  ```\n").fences.first)
        #expect(fence.body == "  >>> x\n")
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 2)) == "2:2")
        #expect(MD.at(fence.bodyMap.location(atScalarOffset: 6)) == "2:6")
    }

    @Test func fenceRendersThroughTheNodeRenderer() {
        #expect(MD.html("```plot\ny: <x>\n```\n") == "<pre class=\"lectern-plot\">y: &lt;x&gt;\n</pre>\n")
    }

    // MARK: Alerts

    @Test(arguments: [
        ("> [!NOTE]\n> Body.", AlertKind.note),
        ("> [!tip]\n> Body.", .tip),
        ("> [!Important]\n> Body.", .important),
        ("> [!WARNING]\n> Body.", .warning),
        ("> [!CAUTION]\n> Body.", .caution),
    ])
    func alertKinds(_ input: String, _ kind: AlertKind) throws {
        guard case .alert(let alert)? = MD.parse(input).blocks.first else {
            Issue.record("not an alert")
            return
        }
        #expect(alert.kind == kind)
        #expect(alert.title == nil)
        guard case .paragraph(let paragraph)? = alert.blocks.first else {
            Issue.record("no body paragraph")
            return
        }
        #expect(PlainText.of(paragraph.inlines) == "Body.")
        #expect(MD.at(paragraph.range.start) == "2:3")
    }

    @Test func alertWithTitle() throws {
        guard case .alert(let alert)? = MD.parse("> [!TIP] Tutor *hint*\n> Think of $x$.\n>\n> More.").blocks.first else {
            Issue.record("not an alert")
            return
        }
        #expect(alert.kind == .tip)
        let title = try #require(alert.title)
        #expect(PlainText.of(title) == "Tutor hint")
        #expect(alert.blocks.count == 2)
        #expect(MD.span(alert.range) == "1:1-4:8")
        if case .text(let text)? = title.first {
            #expect(MD.at(text.range.start) == "1:10")
        }
        #expect(MD.html("> [!TIP] Tutor\n> Body.") ==
            "<div class=\"markdown-alert markdown-alert-tip\">\n<p class=\"markdown-alert-title\">Tutor</p>\n<p>Body.</p>\n</div>\n")
    }

    @Test func alertWithOnlyTheMarker() {
        #expect(MD.html("> [!NOTE]\n> Read this.") ==
            "<div class=\"markdown-alert markdown-alert-note\">\n<p class=\"markdown-alert-title\">Note</p>\n<p>Read this.</p>\n</div>\n")
    }

    @Test(arguments: ["> [!FOO]\n> Body.", "> [!NOTE]x\n> Body.", "> Text [!NOTE]", "> `[!NOTE]`"])
    func notAnAlert(_ input: String) {
        guard case .blockQuote? = MD.parse(input).blocks.first else {
            Issue.record("expected a plain block quote")
            return
        }
    }

    @Test func unknownAlertKindWarns() throws {
        let source = SourceText(file: "lesson.md", text: "Intro\n\n> [!NOTES] Heads up\n> Body.\n")
        let (document, diagnostics) = MarkdownParser(fenceWords: MD.fenceWords).parse(source)
        guard case .blockQuote? = document.blocks.last else {
            Issue.record("expected a plain block quote")
            return
        }
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == "markdown.unknown-alert")
        #expect(warning.range.map { MD.span($0) } == "3:3-3:11")
        #expect(warning.notes.map(\.message) == ["did you mean '[!NOTE]'?"])
    }

    @Test(arguments: [("```qiuz\nQ?\n```\n", "qiuz", "quiz", "1:4"), ("~~~ exmaple\n>>> 1\n~~~\n", "exmaple", "example", "1:5"),
                      ("- item\n\n  ```plto\n  y: x\n  ```\n", "plto", "plot", "3:6")])
    func nearMissFenceWordsWarnWithTheWordMeant(_ text: String, _ written: String, _ meant: String, _ at: String) throws {
        let (document, diagnostics) = MarkdownParser(fenceWords: MD.fenceWords).parse(SourceText(file: "l.md", text: text))
        #expect(document.fences.isEmpty)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.code == "markdown.unknown-fence")
        #expect(warning.severity == .warning)
        #expect(warning.message == "unknown block '\(written)' is shown as code; did you mean '\(meant)'?")
        #expect(warning.range.map { MD.at($0.start) } == at)
        #expect(warning.fixIt?.replacement == meant)
    }

    @Test(arguments: ["```swift\nlet x = 1\n```\n", "```\nplain\n```\n", "```python\nx\n```\n"])
    func ordinaryCodeFencesDoNotWarn(_ text: String) {
        #expect(MarkdownParser(fenceWords: MD.fenceWords).parse(SourceText(file: "l.md", text: text)).1.isEmpty)
    }

    @Test func ordinaryQuotesDoNotWarn() {
        let (_, diagnostics) = MarkdownParser().parse(SourceText(file: "l.md", text: "> [!] x\n\n> [link] y\n\n> [!1] z\n"))
        #expect(diagnostics.isEmpty)
    }

    @Test func alertInsideListItem() {
        let document = MD.parse("- item\n\n  > [!WARNING] Careful\n  > Body.")
        #expect(document.allBlocks.contains { if case .alert = $0 { true } else { false } })
    }

    // MARK: Headings

    @Test func headingAnchors() {
        let document = MD.parse("# Hello World\n## Hello World\n# Hello, World!\n### Größe & $x$\n#### `code` and *emph*\n# Hello World")
        let anchors = document.allBlocks.compactMap { if case .heading(let h) = $0 { h.anchor } else { nil } }
        #expect(anchors == ["hello-world", "hello-world-1", "hello-world-2", "größe--x", "code-and-emph", "hello-world-3"])
    }

    @Test func headingSlugsNumberPastExistingSuffixes() {
        let document = MD.parse("# a\n# a-1\n# a\n# a")
        let anchors = document.allBlocks.compactMap { if case .heading(let h) = $0 { h.anchor } else { nil } }
        #expect(anchors == ["a", "a-1", "a-2", "a-3"])
    }

    @Test func headingRendersItsAnchor() {
        #expect(MD.html("## Why ReLU?\n") == "<h2 id=\"why-relu\">Why ReLU?</h2>\n")
    }
}
