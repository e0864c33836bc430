import Diagnostics
import Testing
@testable import CourseKit

@Suite struct AuthorURLTests {
    @Test(arguments: [
        "https://example.org/forum", "http://example.org", "HTTPS://Example.org/x?y#z", "mailto:teacher@example.org",
    ])
    func acceptsWebAndMailLinks(_ url: String) {
        #expect(AuthorURL.problem(with: url, as: .link) == nil)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "uses the scheme 'javascript:'"),
        ("JavaScript:alert(1)", "uses the scheme 'javascript:'"),
        ("java\tscript:alert(1)", "contains a space or control character"),
        (" javascript:alert(1)", "contains a space or control character"),
        ("data:text/html,<script>alert(1)</script>", "uses the scheme 'data:'"),
        ("vbscript:x", "uses the scheme 'vbscript:'"),
        ("ftp://example.org", "uses the scheme 'ftp:'"),
        ("https:evil.example", "has no host after 'https://'"),
        ("https://", "has no host after 'https://'"),
        ("//evil.example/x", "has no scheme"),
        ("forum.html", "has no scheme"),
        ("mailto:", "has no address after 'mailto:'"),
    ])
    func refusesEverythingElseAsALink(_ url: String, problem: String) {
        #expect(AuthorURL.problem(with: url, as: .link) == problem)
    }

    @Test(arguments: [
        ("mailto:a@example.org", "uses the scheme 'mailto:'"),
        ("/course/", "is not an absolute address"),
        ("course/", "is not an absolute address"),
        ("javascript:alert(1)//", "uses the scheme 'javascript:'"),
    ])
    func baseURLMustBeAnAbsoluteWebAddress(_ url: String, problem: String) {
        #expect(AuthorURL.problem(with: url, as: .base) == problem)
        #expect(AuthorURL.problem(with: "https://example.org/course/", as: .base) == nil)
    }

    @Test func courseYAMLReportsBadAddressesAtTheValueAndDropsThem() {
        let yaml = "title: T\ndiscussion: \"javascript:alert(1)\"\nbase_url: https://evil.example@\nmodules:\n  - title: M\n    lessons: [a]\n"
        let yamlBad = yaml.replacingOccurrences(of: "https://evil.example@", with: "data:x")
        let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: yamlBad, lessons: ["a": "---\ntitle: A\n---\n"]))
        let found = DiagnosticBag(diagnostics).sorted.map { "\($0.code) \($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-")" }
        #expect(found == ["course.bad-url 2:13", "course.bad-url 3:11"])
        #expect(course?.config.discussion == nil)
        #expect(course?.config.baseURL == nil)
    }

    @Test func lessonDiscussionLinkIsCheckedToo() {
        let yaml = "title: T\nmodules:\n  - title: M\n    lessons: [a]\n"
        let lesson = "---\ntitle: A\ndiscussion: javascript:alert(document.cookie)\n---\nBody.\n"
        let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: yaml, lessons: ["a": lesson]))
        #expect(diagnostics.map(\.code) == ["lesson.bad-url"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: "content/lessons/a.md", line: 3, column: 13))
        #expect(course?.lessons.first?.frontMatter.discussion == nil)
    }
}
