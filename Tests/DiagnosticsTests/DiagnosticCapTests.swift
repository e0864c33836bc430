import Foundation
import Testing

@testable import Diagnostics

/// Every format keeps to the same bounds on a hostile line: the first diagnostics of a line, one
/// note for the rest, clipped texts.
@Suite struct DiagnosticCapTests {
    private static let line = String(repeating: "\\zz ", count: 5000)
    private static let sources = SourceLookup([SourceText(file: "long.md", text: line)])

    /// 5,000 errors on one 20 KB line, each quoting 60 characters of the line in its message.
    private static let bomb: [Diagnostic] = (0..<5000).map { index in
        Diagnostic.error("math.unknown-command", "unknown command '\(String(repeating: "z", count: 600))'",
                         at: SourceRange(start: SourceLocation(file: "long.md", line: 1, column: 1 + 4 * index), length: 3),
                         notes: [DiagnosticNote(String(repeating: "n", count: 1000))],
                         fixIt: FixIt(range: SourceRange(start: SourceLocation(file: "long.md", line: 1, column: 1 + 4 * index), length: 3),
                                      replacement: String(repeating: "r", count: 2000)))
    }

    /// Each format, and how it marks one listed diagnostic of the bomb.
    static let renderers: [(String, any DiagnosticRenderer, String)] = [
        ("text", TextDiagnosticRenderer(sources: sources), "[math.unknown-command]"),
        ("json", JSONDiagnosticRenderer(), "\"code\" : \"math.unknown-command\""),
        ("github", GitHubDiagnosticRenderer(), "title=math.unknown-command"),
        ("sarif", SARIFDiagnosticRenderer(toolVersion: "test", sources: sources), "\"ruleId\" : \"math.unknown-command\""),
    ]

    @Test(arguments: 0..<4) func fiveThousandErrorsOnOneLineWriteLittleInEveryFormat(_ index: Int) {
        let (name, renderer, marker) = Self.renderers[index]
        let output = renderer.render(Self.bomb)
        // Ten diagnostics of about a kilobyte at most each, plus the format's framing.
        #expect(output.utf8.count < 20_000, "\(name) wrote \(output.utf8.count) bytes")
        #expect(output.components(separatedBy: marker).count - 1 == DiagnosticCap.perLine, "\(name)")
        #expect(output.contains("4990 more diagnostics on this line are not shown"), "\(name)")
        #expect(!output.contains(String(repeating: "z", count: DiagnosticCap.textLength)), "\(name)")
        #expect(!output.contains(String(repeating: "r", count: 2000)), "\(name)")
    }

    @Test func theJSONSummaryStillCountsEveryDiagnostic() throws {
        let output = JSONDiagnosticRenderer().render(Self.bomb)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["errors"] == 5000)
        let listed = try JSONDiagnosticRenderer.decode(output)
        #expect(listed.count == DiagnosticCap.perLine + 1)
        #expect(listed.last?.code == DiagnosticCap.moreOnLineCode)
        #expect(listed.last?.severity == .note)
        #expect(listed.last?.range?.start == SourceLocation(file: "long.md", line: 1, column: 1))
    }

    @Test func aClippedTextKeepsItsStartAndEnd() {
        let text = "a" + String(repeating: "m", count: 1000) + "z"
        let clipped = DiagnosticCap.clip(text)
        #expect(clipped.count == DiagnosticCap.textLength)
        #expect(clipped.hasPrefix("am") && clipped.hasSuffix("mz") && clipped.contains("…"))
        #expect(DiagnosticCap.clip("short") == "short")
    }

    @Test func diagnosticsOnDifferentLinesAreAllListed() {
        let diagnostics = (1...30).map { Diagnostic.error("e", "m", at: SourceRange(start: SourceLocation(file: "f.md", line: $0, column: 1))) }
        #expect(DiagnosticCap.apply(diagnostics) == diagnostics)
    }
}
