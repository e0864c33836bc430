import Diagnostics
import Foundation
import Testing

@Suite struct SARIFDiagnosticRendererTests {
    private func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private let diagnostics = [
        Diagnostic.error("math.unbalanced-brace", "unbalanced '}' in math",
                         at: SourceRange(start: SourceLocation(file: "content/lessons/sigmoid.md", line: 14, column: 55)),
                         notes: [DiagnosticNote("the formula opens here",
                                                range: SourceRange(start: SourceLocation(file: "content/lessons/sigmoid.md", line: 14, column: 26), length: 2))],
                         fixIt: FixIt(range: SourceRange(start: SourceLocation(file: "content/lessons/sigmoid.md", line: 14, column: 55)), replacement: "")),
        Diagnostic.warning("quiz.unused", "option never used", at: SourceRange(
            start: SourceLocation(file: "content/b.md", line: 2, column: 1),
            end: SourceLocation(file: "content/b.md", line: 4, column: 3))),
        Diagnostic(.note, code: "course.info", message: "no glossary", range: nil),
        Diagnostic.error("math.unbalanced-brace", "unbalanced '{' in math",
                         at: SourceRange(start: SourceLocation(file: "content/b.md", line: 9, column: 2))),
    ]

    @Test func logStructure() throws {
        let log = try parse(SARIFDiagnosticRenderer(toolVersion: "0.1.0").render(diagnostics))
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "lectern")
        #expect(driver["version"] as? String == "0.1.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["course.info", "math.unbalanced-brace", "quiz.unused"])
        #expect(rules.allSatisfy { (($0["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false })

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        #expect(results.compactMap { $0["level"] as? String } == ["error", "warning", "note", "error"])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["math.unbalanced-brace", "quiz.unused", "course.info", "math.unbalanced-brace"])
        #expect(results.compactMap { $0["ruleIndex"] as? Int } == [1, 2, 0, 1])
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String == "unbalanced '}' in math")

        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "content/lessons/sigmoid.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 14, "startColumn": 55, "endLine": 14, "endColumn": 56])

        let multi = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(multi["region"] as? [String: Int] == ["startLine": 2, "startColumn": 1, "endLine": 4, "endColumn": 3])
        #expect(results[2]["locations"] == nil)

        let related = try #require(results[0]["relatedLocations"] as? [[String: Any]])
        #expect((related[0]["message"] as? [String: Any])?["text"] as? String == "the formula opens here")
        let fixes = try #require(results[0]["fixes"] as? [[String: Any]])
        let change = try #require((fixes[0]["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 14, "startColumn": 55, "endLine": 14, "endColumn": 56])
    }

    @Test func columnsBecomeCodePointsWhenTheTextIsKnown() throws {
        // "e\u{301}" is one character but two code points, so column 3 (the 'x') is code point 4.
        let source = SourceText(file: "a.md", text: "e\u{301}ax\n")
        let diagnostic = Diagnostic.error("calc.unknown-name", "unknown name 'x'",
                                          at: SourceRange(start: SourceLocation(file: "a.md", line: 1, column: 3)))
        let log = try parse(SARIFDiagnosticRenderer(toolVersion: "1", sources: SourceLookup([source])).render([diagnostic]))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(location["region"] as? [String: Int] == ["startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 5])
    }

    @Test(arguments: [
        ("content/lessons/a.md", "content/lessons/a.md", true),
        ("my course/content/lessons/a.md", "my%20course/content/lessons/a.md", true),
        ("a,b:c%d/ç.md", "a%2Cb%3Ac%25d/%C3%A7.md", true),
        ("/srv/my course/a.md", "file:///srv/my%20course/a.md", false),
    ])
    func pathsAreURIReferences(_ file: String, _ uri: String, _ underSourceRoot: Bool) throws {
        // SARIF's `uri` is an RFC 3986 URI reference: a space, '%', ':' or a non-ASCII letter is
        // percent-encoded (UTF-8 bytes), and an absolute path is a file URI with no base.
        let diagnostic = Diagnostic.error("x.y", "m", at: SourceRange(start: SourceLocation(file: file, line: 1, column: 1)))
        let log = try parse(SARIFDiagnosticRenderer(toolVersion: "0.1.0").render([diagnostic]))
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let artifact = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == uri)
        #expect((artifact["uriBaseId"] as? String == "%SRCROOT%") == underSourceRoot)
    }

    @Test func outputIsDeterministic() {
        let renderer = SARIFDiagnosticRenderer(toolVersion: "0.1.0")
        #expect(renderer.render(diagnostics) == renderer.render(diagnostics))
        #expect(!renderer.render(diagnostics).contains("\\/"))
    }
}
