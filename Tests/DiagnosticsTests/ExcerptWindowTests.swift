import Diagnostics
import Testing

/// Long lines and many errors on one line keep the text output small.
@Suite struct ExcerptWindowTests {
    private func at(_ line: Int, _ column: Int, length: Int = 1) -> SourceRange {
        SourceRange(start: SourceLocation(file: "long.md", line: line, column: column), length: length)
    }

    @Test func aLongLineIsClippedAroundTheColumnWithTheCaretOnTheSameCharacter() {
        // 1,000 characters: "a" × 499, then "\\bad", then "b" × 497.
        let line = String(repeating: "a", count: 499) + "\\bad" + String(repeating: "b", count: 497)
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: "long.md", text: line)]))
        let output = renderer.render([.error("math.unknown-command", "unknown command '\\bad'", at: at(1, 500, length: 4))])
        let quoted = String(repeating: "a", count: 40) + "\\bad" + String(repeating: "b", count: 76)
        #expect(output == """
            long.md:1:500: error: unknown command '\\bad' [math.unknown-command]
                1 | ...\(quoted)...
                  |    \(String(repeating: " ", count: 40))^~~~

            """)
    }

    @Test func theStartOfALongLineKeepsNoLeadingEllipsis() {
        let line = "\\bad" + String(repeating: "x", count: 300)
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: "long.md", text: line)]))
        let output = renderer.render([.error("e", "m", at: at(1, 1, length: 4))])
        let lines = output.split(separator: "\n")
        #expect(lines[1] == "    1 | \\bad" + String(repeating: "x", count: 116) + "...")
        #expect(lines[2] == "      | ^~~~")
    }

    @Test func controlCharactersInAQuotedLineAreReplaced() {
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: "long.md", text: "a\u{1B}[31mb\u{0}c")]))
        let output = renderer.render([.error("e", "m", at: at(1, 9))])
        #expect(output.split(separator: "\n")[1] == "    1 | a\u{FFFD}[31mb\u{FFFD}c")
        #expect(!output.contains("\u{1B}") && !output.contains("\u{0}"))
    }

    @Test func fiveThousandErrorsOnATwentyKilobyteLinePrintAFewKilobytes() {
        let line = String(repeating: "\\zz ", count: 5000)
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: "long.md", text: line)]))
        let diagnostics = (0..<5000).map { index in
            Diagnostic.error("math.unknown-command", "unknown command '\\zz'", at: at(1, 1 + 4 * index, length: 3))
        }
        let output = renderer.render(diagnostics)
        #expect(output.utf8.count < 5_000)
        #expect(output.components(separatedBy: "[math.unknown-command]").count - 1 == TextDiagnosticRenderer.perLineLimit)
        #expect(output.hasSuffix("long.md:1:1: note: \(5000 - TextDiagnosticRenderer.perLineLimit) more diagnostics on this line are not shown; fix these first\n"))
    }

    @Test func errorsOnOtherLinesAreNotCapped() {
        let text = (1...20).map { _ in "x" }.joined(separator: "\n")
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: "long.md", text: text)]))
        let output = renderer.render((1...20).map { Diagnostic.error("e", "m", at: at($0, 1)) })
        #expect(output.components(separatedBy: "[e]").count - 1 == 20)
        #expect(!output.contains("not shown"))
    }
}
