import Testing
@testable import LecternMarkdown

/// Where Lectern's renderer, with its default settings, deliberately differs from cmark-gfm.
/// (The conformance suite renders with raw HTML allowed and heading ids off.)
@Suite("Deliberate differences from cmark-gfm")
struct GFMDeliberateDifferencesTests {
    @Test func headingsCarryAnchors() {
        #expect(GFMSpec.referenceHTML("# Why ReLU?\n") == "<h1>Why ReLU?</h1>\n")
        #expect(MD.html("# Why ReLU?\n") == "<h1 id=\"why-relu\">Why ReLU?</h1>\n")
    }

    @Test func rawHTMLIsShownAsTextInsteadOfOmitted() {
        let text = "a <em>b</em>\n\n<div>c</div>\n"
        let reference = "<p>a <em>b</em></p>\n<div>c</div>\n"
        #expect(GFMSpec.referenceHTML(text) == reference)
        #expect(MD.html(text, allowHTML: true) == reference)
        #expect(MD.html(text) == "<p>a &lt;em&gt;b&lt;/em&gt;</p>\n<p>&lt;div&gt;c&lt;/div&gt;</p>\n")
    }

    @Test func lecternConstructsRenderThroughTheNodeRenderer() {
        let text = "$x$, {= y}, [[z]]\n"
        #expect(GFMSpec.referenceHTML(text) == "<p>$x$, {= y}, [[z]]</p>\n")
        #expect(MD.html(text) ==
            "<p><span class=\"lectern-math\">x</span>, <span class=\"lectern-value\">y</span>, <span class=\"lectern-glossary\">z</span></p>\n")
    }
}
