import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// Renders every glossary link as a fixed stand-in.
private struct LinkStandIn: LessonFragmentRenderer {
    func fragments(for lesson: CheckedLesson, in context: RenderContext) throws(LecternError) -> [SourceRange: HTML] {
        var result: [SourceRange: HTML] = [:]
        for case .glossaryLink(let link) in LecternNodeWalk.items(in: lesson.document) {
            result[link.range] = HTML(trusted: "<b class=\"stand-in\">link</b>")
        }
        return result
    }
}

@Suite struct LessonBodiesTests {
    /// The checked extras fixture (glossary links with tooltips, quizzes, a plot) in a render context.
    private func context() throws -> RenderContext {
        let files = try ContentReader(directory: ExtrasFixture.directory).read()
        let (course, _) = CourseLoader.load(files)
        let (parsed, _) = ParsePass.run(try #require(course))
        let (checked, _) = CheckPass().run(parsed)
        return RenderContext(renderer: try PageRenderer(templates: try TemplateSet.load(from: Repository.templates)),
                             course: checked, assets: [])
    }

    @Test func theSharedBodiesIndexAsBodiesRenderedWithoutTooltips() throws {
        var context = try context()
        let withTooltips = try LessonBodies(
            pages: LessonPages(fragmentRenderers: SiteRenderer.standardFragmentRenderers), context: context)
        // The fixture's lessons link to glossary terms, so there are tooltips to leave out.
        #expect(try #require(withTooltips[slug: "alpha"]).markup.contains("class=\"term-tip\""))
        context.lessonBodies = try LessonBodies(
            pages: LessonPages(fragmentRenderers: SiteRenderer.standardFragmentRenderers.filter { !($0 is GlossaryLinkFragments) }),
            context: context)
        let plain = try SearchPage.index(for: context).javaScript
        context.lessonBodies = withTooltips
        #expect(try SearchPage.index(for: context).javaScript == plain)
        context.lessonBodies = nil
        #expect(try SearchPage.index(for: context).javaScript == plain)
        #expect(plain.contains("\"x\":\"The rectifier and the logistic function both appear here.\""))
    }

    @Test func lessonPagesWithOtherRenderersDoNotTakeSharedBodies() throws {
        var context = try context()
        context.lessonBodies = try LessonBodies(
            pages: LessonPages(fragmentRenderers: SiteRenderer.standardFragmentRenderers), context: context)
        let standIn = LessonPages(fragmentRenderers: [LinkStandIn()])
        #expect(context.lessonBodies?.areRendered(by: SiteRenderer.standardFragmentRenderers) == true)
        #expect(context.lessonBodies?.areRendered(by: standIn.fragmentRenderers) == false)
        let pages = try standIn.pages(in: context)
        let page = String(decoding: try #require(pages["lessons/alpha.html"]), as: UTF8.self)
        #expect(page.contains("<b class=\"stand-in\">link</b>"))
        #expect(!page.contains("term-tip"))
    }

    @Test func glossaryTooltipsStayOutOfTheLessonText() {
        let html = "<p>The <span class=\"term\"><a class=\"term-link\" href=\"../glossary.html#relu\" aria-describedby=\"t\">ReLU</a>"
            + "<span class=\"term-tip\" role=\"tooltip\" id=\"t\"><strong class=\"term-tip-term\">ReLU</strong> <span>The ramp</span> max(0, x).</span></span> bends.</p>"
        #expect(HTMLPlainText.from(html: SearchTextFilter.filtered(html)) == "The ReLU bends.")
    }

    @Test(arguments: [
        ("<p>σ(0) = ½</p><p>and&nbsp;tanh&#x3C;1</p>", "σ(0) = ½ and tanh<1"),
        ("<li>α</li><li>β &amp; γ</li>", "α β & γ"),
        ("x<math><mi>σ</mi><annotation encoding=\"application/x-tex\">\\sigma &lt; 1</annotation></math>y", "x\\sigma < 1y"),
        ("<P>A</P><Éa>B</Éa><pé>C", "A BC"),
        ("a<svg><text>chart</text></svg>b<b", "ab"),
    ])
    func plainTextOfUnicodeAndMarkup(html: String, text: String) {
        #expect(HTMLPlainText.from(html: html) == text)
    }

    @Test func sectionsSplitAtHeadingsAmidNonASCIIText() {
        let html = "<p>Über σ.</p><h2 id=\"s-σ\">Die σ-Kurve</h2><p>Glatt — überall.</p>"
        let documents = LessonSections.documents(html: html, lessonTitle: "Σ", url: "l.html")
        #expect(documents.map(\.title) == ["Σ", "Die σ-Kurve"])
        #expect(documents.map(\.url) == ["l.html", "l.html#s-σ"])
        #expect(documents.map(\.text) == ["Über σ.", "Glatt — überall."])
    }
}
