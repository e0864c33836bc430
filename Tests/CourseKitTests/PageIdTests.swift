import Diagnostics
import Testing
@testable import CourseKit
@testable import LecternMarkdown

/// Ids and page names an author's text could make collide with the page's own.
@Suite struct PageIdTests {
    private func anchors(_ markdown: String) -> [String] {
        MarkdownParser().parse(SourceText(file: "lesson.md", text: markdown)).0.blocks.compactMap { if case .heading(let heading) = $0 { heading.anchor } else { nil } }
    }

    @Test func headingsCannotTakeTheIdsOfThePageItself() {
        let markdown = "## lectern-main\n\n## quiz-q1\n\n## fn-1\n\n## Plot 1\n\n## plot-0123456789-title\n\n## section-quiz-q1\n\n## Quiz q1\n"
        #expect(anchors(markdown) == ["section-lectern-main", "section-quiz-q1", "section-fn-1", "plot-1",
                                      "section-plot-0123456789-title", "section-quiz-q1-1", "section-quiz-q1-2"])
    }

    @Test func aHeadingWithNothingToMakeAnAnchorFromStillGetsAnId() {
        // An empty id attribute is invalid HTML; such headings are sections, numbered like any repeat.
        #expect(anchors("## \n\n## 😀\n\n## ***\n\n## {= 1}\n\n## Section\n") == ["section", "section-1", "section-2", "section-3", "section-4"])
    }

    @Test func aRenderedHeadingDoesNotRepeatTheMainElementsId() {
        let html = HTMLRenderer(lectern: PlaceholderNodeRenderer()).render(MarkdownParser().parse(SourceText(file: "lesson.md", text: "## lectern-main\n")).0)
        #expect(html == "<h2 id=\"section-lectern-main\">lectern-main</h2>\n")
    }

    private func load(tags: String, lessons: [String: String]) -> [Diagnostic] {
        let yaml = "title: T\ntags: \(tags)\nmodules:\n  - title: M\n    lessons: [\(lessons.keys.sorted().joined(separator: ", "))]\n"
        return DiagnosticBag(CourseLoader.load(.inMemory(courseYAML: yaml, lessons: lessons)).1).sorted
    }

    @Test func tagsThatWouldShareAPageButReadDifferentlyAreReported() {
        let diagnostics = load(tags: "[C++, ReLU, relu, Re-LU]", lessons: ["a": "---\ntitle: A\ntags: [C#]\n---\n"])
        #expect(diagnostics.map(\.code) == ["course.tag-collision"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: "content/lessons/a.md", line: 3, column: 8))
        #expect(diagnostics.first?.message.contains("tags/c.html") == true)
        #expect(diagnostics.first?.notes.first?.range?.start == SourceLocation(file: "content/course.yml", line: 2, column: 8))
    }

    @Test func tagsWithoutLatinLettersGetPagesOfTheirOwn() {
        // Each is "tag-" and six hex digits of the tag's FNV-1a (computed independently in Python).
        #expect(TagPageName.of("激活") == "tag-df81e7")
        #expect(TagPageName.of("神经网络") == "tag-3cc0c0")
        #expect(TagPageName.of("+++") == "tag-6c3e4e")
        #expect(TagPageName.of("Neural Networks") == "neural-networks")
        #expect(TagPageName.of("Élan") == "elan")
        let diagnostics = load(tags: "[神经网络, '+++']", lessons: ["a": "---\ntitle: A\ntags: [激活, 神经网络, '???', '+++']\n---\n"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func lessonSlugsDifferingOnlyInCaseAreReported() {
        let lesson = "---\ntitle: L\n---\n"
        let diagnostics = load(tags: "[]", lessons: ["Intro": lesson, "intro": lesson])
        #expect(diagnostics.map(\.code) == ["course.case-collision"])
        #expect(diagnostics.first?.range?.start.file == "content/lessons/intro.md")
    }
}
