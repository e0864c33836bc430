import Diagnostics
import Foundation
import Testing

/// A diagnostic about a whole file or folder (`Diagnostic.path`, no range): every format names
/// the path and no position, and the machine formats still parse.
@Suite struct WholeFileDiagnosticTests {
    private func missingFolder() -> Diagnostic {
        Diagnostic(.error, code: "lectern.read", message: "no such content folder", range: nil, path: "docs/course")
    }

    @Test func aRangeTakesPrecedenceOverAPath() {
        let range = SourceRange(start: SourceLocation(file: "a.md", line: 2, column: 3))
        let positioned = Diagnostic(.error, code: "x.y", message: "m", range: range, path: "elsewhere")
        #expect(positioned.path == nil)
        #expect(positioned.file == "a.md")
        #expect(missingFolder().file == "docs/course")
        #expect(Diagnostic.error("x.y", "m", at: nil).file == nil)
    }

    @Test func jsonHasTheFileAndNullPositionsAndReadsBack() throws {
        let text = JSONDiagnosticRenderer().render([missingFolder()])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["file"] as? String == "docs/course")
        for key in ["line", "column", "endLine", "endColumn"] { #expect(entry[key] is NSNull, "\(key)") }
        #expect(try JSONDiagnosticRenderer.decode(text) == [missingFolder()])
    }

    @Test func githubAnnotatesTheFileWithoutALine() {
        #expect(GitHubDiagnosticRenderer().render([missingFolder()])
                == "::error file=docs/course,title=lectern.read::no such content folder\n")
    }

    @Test func sarifGivesALocationWithoutARegion() throws {
        let text = SARIFDiagnosticRenderer(toolVersion: "1").render([missingFolder()])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(location["region"] == nil)
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "docs/course")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    }

    @Test func textPutsThePathFirst() {
        #expect(TextDiagnosticRenderer().render([missingFolder()])
                == "docs/course: error: no such content folder [lectern.read]\n")
        // Without a path, as before.
        #expect(TextDiagnosticRenderer().render([Diagnostic.error("course.missing-file", "missing", at: nil)])
                == "error: missing [course.missing-file]\n")
    }
}
