import Diagnostics
import Foundation
import Testing

@Suite struct JSONDiagnosticRendererTests {
    private let diagnostics = [
        Diagnostic.error("course.missing", "no course.yml", at: nil),
        Diagnostic.error(
            "math.unknown-command", "unknown command '\\fracc'",
            at: SourceRange(start: SourceLocation(file: "content/a.md", line: 2, column: 4), length: 6),
            notes: [DiagnosticNote("did you mean '\\frac'?"),
                    DiagnosticNote("formula starts here", range: SourceRange(start: SourceLocation(file: "content/a.md", line: 2, column: 3)))],
            fixIt: FixIt(range: SourceRange(start: SourceLocation(file: "content/a.md", line: 2, column: 4), length: 6), replacement: "\\frac")),
        Diagnostic.warning("quiz.unused", "résumé → 中文 😀", at: SourceRange(
            start: SourceLocation(file: "content/b.md", line: 1, column: 1),
            end: SourceLocation(file: "content/b.md", line: 3, column: 2))),
    ]

    @Test func roundTrip() throws {
        let json = JSONDiagnosticRenderer().render(diagnostics)
        #expect(try JSONDiagnosticRenderer.decode(json) == diagnostics)
    }

    @Test func fieldsAndSummary() throws {
        let json = JSONDiagnosticRenderer().render(diagnostics)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 2, "warnings": 1, "notes": 0])
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.count == 3)
        #expect(items[0]["file"] is NSNull)
        #expect(items[0]["fixIt"] is NSNull)
        let second = items[1]
        #expect(Set(second.keys) == ["severity", "code", "message", "file", "line", "column", "endLine", "endColumn", "notes", "fixIt"])
        #expect(second["severity"] as? String == "error")
        #expect(second["code"] as? String == "math.unknown-command")
        #expect(second["file"] as? String == "content/a.md")
        #expect(second["line"] as? Int == 2)
        #expect(second["column"] as? Int == 4)
        #expect(second["endLine"] as? Int == 2)
        #expect(second["endColumn"] as? Int == 10)
        let notes = try #require(second["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        #expect(notes[0]["line"] is NSNull)
        #expect(notes[1]["column"] as? Int == 3)
        let fixIt = try #require(second["fixIt"] as? [String: Any])
        #expect(fixIt["replacement"] as? String == "\\frac")
        #expect(items[2]["message"] as? String == "résumé → 中文 😀")
    }

    @Test func keysAreSortedAndSlashesPlain() {
        let json = JSONDiagnosticRenderer().render([diagnostics[1]])
        let keyOrder = ["\"code\"", "\"column\"", "\"endColumn\"", "\"endLine\"", "\"file\"", "\"fixIt\"", "\"line\"", "\"message\""]
        let positions = keyOrder.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == keyOrder.count)
        #expect(positions == positions.sorted())
        #expect(json.contains("content/a.md"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func emptyRun() throws {
        let json = JSONDiagnosticRenderer().render([])
        #expect(try JSONDiagnosticRenderer.decode(json).isEmpty)
        #expect(JSONDiagnosticRenderer().render([]) == json)
    }
}
