import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// The extras fixture course built once for every suite that reads its pages.
enum ExtrasFixture {
    static let directory = Repository.fixture("extras-course")
    static let outcome: BuildOutcome? = try? CoursePipeline(
        contentDirectory: directory, templatesDirectory: Repository.templates).run()

    static func page(_ path: String) throws -> String {
        let data = try #require(outcome?.site?.files[path], "no \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    static func diagnostic(_ code: String) throws -> Diagnostic {
        try #require(outcome?.diagnostics.first { $0.code == code }, "no \(code)")
    }

    static func position(_ diagnostic: Diagnostic) -> String {
        guard let range = diagnostic.range else { return "-" }
        let file = range.start.file.replacingOccurrences(of: directory + "/", with: "")
        return "\(file):\(range.start.line):\(range.start.column)"
    }
}

@Suite struct GlossaryPipelineTests {
    @Test func reportsEveryExtrasProblemAtItsPosition() throws {
        let outcome = try #require(ExtrasFixture.outcome)
        let found = outcome.diagnostics.map { "\($0.code) \(ExtrasFixture.position($0))" }
        #expect(found == [
            "course.unused-tag course.yml:3:8",
            "glossary.unused-term glossary.md:13:4",
            "faq.unknown-id lessons/beta.md:3:17",
            "glossary.unknown-term lessons/beta.md:6:31",
            "calc.unknown-name lessons/beta.md:9:26",
        ])
        #expect(try ExtrasFixture.diagnostic("glossary.unknown-term").notes.map(\.message) == ["did you mean 'Sigmoid'?"])
        #expect(try ExtrasFixture.diagnostic("glossary.unknown-term").range?.end.column == 41)
        #expect(try ExtrasFixture.diagnostic("glossary.unused-term").severity == .warning)
        #expect(try ExtrasFixture.diagnostic("faq.unknown-id").severity == .error)
    }

    @Test func glossaryPageIsAlphabeticalWithALetterIndex() throws {
        let html = try ExtrasFixture.page("glossary.html")
        let terms = html.components(separatedBy: "<dfn>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(terms == ["2-norm", "ReLU", "Sigmoid"])
        #expect(html.contains("<li><a href=\"#lectern-letter-symbols\">#</a></li>"))
        #expect(html.contains("<li><a href=\"#lectern-letter-r\">R</a></li>"))
        #expect(html.contains("<li><span class=\"letter-empty\">A</span></li>"))
        #expect(html.contains("<h2 id=\"lectern-letter-s\">S</h2>"))
        #expect(html.contains("<div class=\"glossary-entry\" id=\"sigmoid\">"))
        #expect(html.contains("<span class=\"glossary-aliases\">also logistic function</span>"))
    }

    @Test func entriesLinkTheirLibraryFunctionAndTheLessonsUsingThem() throws {
        let html = try ExtrasFixture.page("glossary.html")
        let relu = try #require(html.components(separatedBy: "id=\"relu\"").last?.components(separatedBy: "</div>").first)
        #expect(relu.contains("<a class=\"source-tag\" href=\"library.html#relu\"><code>relu</code></a>"))
        #expect(relu.contains("Used in: <a href=\"lessons/alpha.html\">Alpha lesson</a>, <a href=\"lessons/beta.html\">Beta lesson</a>"))
        // The definition's own [[Sigmoid]] link points within the page.
        #expect(relu.contains("<a class=\"term-link\" href=\"glossary.html#sigmoid\">Sigmoid</a>"))
        #expect(relu.contains("<annotation encoding=\"application/x-tex\">\\max(0, x)</annotation>"))
    }

    @Test func lessonTermLinksWorkWithoutJavaScriptAndCarryATooltip() throws {
        let html = try ExtrasFixture.page("lessons/alpha.html")
        #expect(html.contains("<span class=\"term\"><a class=\"term-link\" href=\"../glossary.html#relu\" aria-describedby=\"lectern-tip-relu\">rectifier</a><span class=\"term-tip\" role=\"tooltip\" id=\"lectern-tip-relu\"><strong class=\"term-tip-term\">ReLU</strong> The ramp "))
        // Links inside a tooltip would be unreachable, so they become plain text there.
        #expect(html.contains("compare <span class=\"term\">Sigmoid</span>.</span></span>"))
        #expect(html.contains("href=\"../glossary.html#sigmoid\" aria-describedby=\"lectern-tip-sigmoid\">logistic function</a>"))
    }
}

/// A definition is on a lesson page once, however often the term is linked: the first link
/// carries the tooltip, the others name it.
@Suite struct GlossaryTooltipOnceTests {
    private static let course = "title: C\nmodules:\n  - title: M\n    lessons: [a]\n"

    private static func lessonPage(_ body: String, glossary: String) throws -> String {
        let files = ContentFiles.inMemory(courseYAML: course, lessons: ["a": "---\ntitle: A\n---\n\n" + body], glossary: glossary)
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        let (checked, diagnostics) = CheckPass().run(parsed)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let site = try SiteRenderer().render(checked, templates: try TemplateSet.load(from: Repository.templates))
        return String(decoding: try #require(site.files["lessons/a.html"]), as: UTF8.self)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func aTermLinkedFiftyTimesHasItsDefinitionOnThePageOnce() throws {
        let body = Array(repeating: "A [[neuron]] here.", count: 50).joined(separator: "\n\n") + "\n"
        let html = try Self.lessonPage(body, glossary: "## Neuron\nA unit that sums zebra-striped inputs.\n")
        #expect(count("zebra-striped", in: html) == 1)
        #expect(count("class=\"term-link\"", in: html) == 50)
        #expect(count("aria-describedby=\"lectern-tip-neuron\"", in: html) == 50)
        #expect(count("id=\"lectern-tip-neuron\"", in: html) == 1)
        #expect(count("data-tip=\"lectern-tip-neuron\"", in: html) == 49)
        // The first link in reading order holds it.
        let first = try #require(html.range(of: "class=\"term-link\""))
        let tip = try #require(html.range(of: "id=\"lectern-tip-neuron\""))
        let second = try #require(html.range(of: "data-tip=", range: first.upperBound..<html.endIndex))
        #expect(first.upperBound < tip.lowerBound && tip.lowerBound < second.lowerBound)
    }

    @Test func aSeventyKilobyteGlossaryBombWritesASmallPage() throws {
        // A 35 KB definition linked 3,500 times in 35 KB: once 102 MB of page, now about 1 MB.
        let definition = "Alphabet " + String(repeating: "word ", count: 7_000) + "omegaend."
        let body = String(repeating: "[[t]] ", count: 5_800) + "\n"
        let html = try Self.lessonPage(body, glossary: "## t\n\(definition)\n")
        #expect(body.utf8.count + definition.utf8.count > 65_000)
        #expect(html.utf8.count < 3_000_000, "\(html.utf8.count) bytes")
        #expect(count("Alphabet", in: html) == 1 && count("omegaend.", in: html) == 1)
    }
}

@Suite struct GlossaryPageGroupingTests {
    @Test func symbolsFileTogetherBeforeTheLetters() throws {
        let files = ContentFiles.inMemory(
            courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n",
            lessons: ["a": "---\ntitle: A\n---\n\n[[Ω]] [[2-norm]] [[Élan]] [[echo]]\n"],
            glossary: "## Ω\nOmega.\n## 2-norm\nNorm.\n## Élan\nFlair.\n## echo\nSound.\n")
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        let (checked, diagnostics) = CheckPass().run(parsed)
        #expect(diagnostics.isEmpty)
        let site = try SiteRenderer().render(checked, templates: try TemplateSet.load(from: Repository.templates))
        let html = String(decoding: try #require(site.files["glossary.html"]), as: UTF8.self)
        #expect(html.components(separatedBy: "<h2 id=\"lectern-letter-symbols\">").count == 2)
        let headings = html.components(separatedBy: "<h2 id=\"lectern-letter-").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(headings == ["symbols", "e"])
        let terms = html.components(separatedBy: "<dfn>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(terms == ["2-norm", "Ω", "echo", "Élan"])
    }
}
