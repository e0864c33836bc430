import Diagnostics
import Testing

@Suite struct DiagnosticSummaryTests {
    @Test(arguments: [
        (0, 0, 0, "no problems"),
        (1, 0, 0, "1 error"),
        (2, 1, 0, "2 errors, 1 warning"),
        (0, 3, 0, "3 warnings"),
        (1, 1, 2, "1 error, 1 warning, 2 notes"),
    ])
    func line(errors: Int, warnings: Int, notes: Int, expected: String) {
        #expect(DiagnosticSummary(errors: errors, warnings: warnings, notes: notes).line == expected)
    }

    @Test func countsBySeverity() {
        let diagnostics = [
            Diagnostic.error("a", "x", at: nil), Diagnostic.error("b", "y", at: nil),
            Diagnostic.warning("c", "z", at: nil, notes: [DiagnosticNote("attached")]),
        ]
        #expect(DiagnosticSummary(diagnostics) == DiagnosticSummary(errors: 2, warnings: 1, notes: 0))
    }

    @Test func pluralForms() {
        #expect(DiagnosticSummary.count(1, "quiz", "quizzes") == "1 quiz")
        #expect(DiagnosticSummary.count(4, "quiz", "quizzes") == "4 quizzes")
        #expect(DiagnosticSummary.count(0, "example") == "0 examples")
    }

    @Test func formatsByName() {
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "json", "github", "sarif"])
        #expect(DiagnosticFormat(rawValue: "sarif") == .sarif)
        #expect(DiagnosticFormat(rawValue: "xml") == nil)
        let diagnostic = Diagnostic.error("x.y", "bad", at: nil)
        #expect(DiagnosticFormat.github.renderer(sources: .none, toolVersion: "1").render([diagnostic]) == "::error title=x.y::bad\n")
        #expect(DiagnosticFormat.text.renderer(sources: .none, toolVersion: "1").render([diagnostic]) == "error: bad [x.y]\n")
    }
}
