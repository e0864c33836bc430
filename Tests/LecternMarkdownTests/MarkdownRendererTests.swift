import Testing
@testable import LecternMarkdown
import Diagnostics

@Suite("Markdown HTML renderer")
struct MarkdownRendererTests {
    @Test func rawHTMLIsEscapedUnlessAllowed() {
        #expect(MD.html("a <b>bold</b> c") == "<p>a &lt;b&gt;bold&lt;/b&gt; c</p>\n")
        #expect(MD.html("a <b>bold</b> c", allowHTML: true) == "<p>a <b>bold</b> c</p>\n")
        #expect(MD.html("<div>\nhi\n</div>\n") == "<p>&lt;div&gt;\nhi\n&lt;/div&gt;</p>\n")
        #expect(MD.html("<div>\nhi\n</div>\n", allowHTML: true) == "<div>\nhi\n</div>\n")
    }

    @Test func tagFilterAppliesWhenHTMLIsAllowed() {
        #expect(MD.html("<script>alert(1)</script>\n", allowHTML: true) == "&lt;script>alert(1)&lt;/script>\n")
        #expect(MD.html("x <iframe src=\"a\"> y", allowHTML: true) == "<p>x &lt;iframe src=&quot;a&quot;&gt; y</p>\n".replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&gt;", with: ">"))
    }

    @Test func dangerousLinksAreDroppedUnlessHTMLIsAllowed() {
        #expect(MD.html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
        #expect(MD.html("[x](javascript:alert(1))", allowHTML: true) == "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
        #expect(MD.html("![p](data:image/png;base64,AA)") == "<p><img src=\"data:image/png;base64,AA\" alt=\"p\" /></p>\n")
    }

    @Test func anImageWithoutAnAddressToShowIsItsDescription() {
        // `src=""` is invalid HTML; a dropped or empty address leaves the description as text.
        #expect(MD.html("![a *p* & q](javascript:alert(1))") == "<p>a p &amp; q</p>\n")
        #expect(MD.html("see ![the plot]() here") == "<p>see the plot here</p>\n")
        #expect(MD.html("![p](javascript:x)", allowHTML: true) == "<p><img src=\"javascript:x\" alt=\"p\" /></p>\n")
    }

    @Test func gfmExtensionsRender() {
        #expect(MD.html("~~gone~~") == "<p><del>gone</del></p>\n")
        #expect(MD.html("- [x] done\n- [ ] todo") ==
            "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n</ul>\n")
        #expect(MD.html("| a | b |\n|:-|-:|\n| 1 | 2 |") ==
            "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n")
        #expect(MD.html("see www.example.org") == "<p>see <a href=\"http://www.example.org\">www.example.org</a></p>\n")
    }

    @Test func mathRendersThroughTheNodeRenderer() {
        #expect(MD.html("$a<b$ and $$c$$") ==
            "<p><span class=\"lectern-math\">a&lt;b</span> and <span class=\"lectern-math lectern-display\">c</span></p>\n")
        #expect(MD.html("```math\nx\n```") == "<span class=\"lectern-math lectern-display\">x</span>\n")
        #expect(MD.html("{= relu(1) :.2f}") == "<p><span class=\"lectern-value\">relu(1) :.2f</span></p>\n")
    }

    @Test func mathInTableCellAndImageAlt() {
        #expect(MD.html("| $x$ |\n|---|") == "<table>\n<thead>\n<tr>\n<th><span class=\"lectern-math\">x</span></th>\n</tr>\n</thead>\n</table>\n")
        #expect(MD.html("![a $x$](p.png)") == "<p><img src=\"p.png\" alt=\"a x\" /></p>\n")
    }

    /// A renderer the caller supplies receives every node with its data.
    struct Recording: LeafRenderer {
        typealias Stage = SourceStage
        func math(_ math: MathNode) -> String { "[math \(math.tex)]" }
        func value(_ value: InlineValueNode) -> String { "[value \(value.inner.trimmingBlanks)]" }
        func glossaryLink(_ link: GlossaryLinkNode) -> String { "[term \(link.target)]" }
        func fence(_ fence: FenceNode) -> String { "[\(fence.word)]\n" }
        func alert(kind: AlertKind, titleHTML: String?, contentHTML: String) -> String { "[\(kind.rawValue)|\(titleHTML ?? "-")|\(contentHTML)]\n" }
        func plainText(math node: MathNode) -> String { node.tex }
        func plainText(value node: InlineValueNode) -> String { node.inner }
        func plainText(glossaryLink node: GlossaryLinkNode) -> String { node.shownText }
    }

    @Test func customNodeRenderer() {
        let source = SourceText(file: "x.md", text: "$x$ {= y} [[z]]\n\n```quiz\nq\n```\n\n> [!NOTE] T\n> b\n")
        let (document, diagnostics) = MarkdownParser(allowHTML: false, fenceWords: MD.fenceWords).parse(source)
        #expect(diagnostics.isEmpty)
        let html = HTMLRenderer(lectern: Recording()).render(document)
        #expect(html == "<p>[math x] [value y] [term z]</p>\n[quiz]\n[note|T|<p>b</p>\n]\n")
    }

    @Test func nodeRangesForOrdinaryMarkdown() {
        let document = MD.parse("# Tïtle\n\nSome *emph* text.\n\n- a\n- b\n\n```swift\nlet x = 1\n```\n")
        let spans = document.blocks.map { MD.span($0.range) }
        // cmark ends a list after its trailing blank line: the exclusive end is the next line's start.
        #expect(spans == ["1:1-1:8", "3:1-3:18", "5:1-7:1", "8:1-10:4"])
        let emphasis = document.allInlines.first { if case .emphasis = $0 { true } else { false } }
        #expect(emphasis.map { MD.span($0.range) } == "3:6-3:12")
    }

    @Test func constructsNestedTooDeepStayTheirSource() {
        let text = String(repeating: "> ", count: 120) + "a $x$ and {= y}\n"
        let (document, diagnostics) = MarkdownParser(allowHTML: true, fenceWords: MD.fenceWords).parse(SourceText(file: "d.md", text: text))
        let html = HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: true).render(document)
        #expect(html.contains("<p>a $x$ and {= y}</p>"))
        #expect(!html.contains("lectern"))
        #expect(diagnostics.map(\.code) == ["markdown.too-deep"])
    }

    @Test func footnotesRenderLikeCmark() {
        let text = "A[^n] and B[^n].\n\n[^n]: Note.\n"
        #expect(MD.html(text) == GFMSpec.referenceHTML(text))
    }
}

@Suite("Markdown parsing across threads")
struct MarkdownConcurrencyTests {
    /// cmark-gfm's special-character table is process-wide; parses running at the same time
    /// (lessons parsed in parallel) must still each see their own `$`, `{` and `~`.
    @Test func concurrentParsesAgree() async {
        let text = "A $x$ and ~~gone~~ and {= relu(1)} in www.example.org.\n\n| $y$ |\n|---|\n"
        let expected = MD.html(text)
        let results = await withTaskGroup(of: [String].self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<25).map { _ in
                        task.isMultiple(of: 2) ? MD.html(text) : GFMSpec.referenceHTML(text)
                    }
                }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        let reference = GFMSpec.referenceHTML(text)
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 == expected || $0 == reference })
        #expect(results.filter { $0 == expected }.count == 100)
    }
}
