import Diagnostics
import Testing

@Suite struct GitHubDiagnosticRendererTests {
    private func at(_ file: String, _ line: Int, _ column: Int, length: Int = 1) -> SourceRange {
        SourceRange(start: SourceLocation(file: file, line: line, column: column), length: length)
    }

    @Test func errorOnOneLine() {
        let diagnostic = Diagnostic.error("math.unbalanced-brace", "unbalanced '}' in math",
                                          at: at("content/lessons/sigmoid.md", 14, 55))
        #expect(GitHubDiagnosticRenderer().render([diagnostic]) ==
            "::error file=content/lessons/sigmoid.md,line=14,col=55,endLine=14,endColumn=55,title=math.unbalanced-brace::unbalanced '}' in math\n")
    }

    @Test func endColumnIsTheLastColumnInside() {
        let diagnostic = Diagnostic.warning("calc.unused", "unused binding", at: at("a.md", 3, 4, length: 5))
        #expect(GitHubDiagnosticRenderer().render([diagnostic]) ==
            "::warning file=a.md,line=3,col=4,endLine=3,endColumn=8,title=calc.unused::unused binding\n")
    }

    @Test func multiLineRangeDropsColumnsAndNoteSeverityIsNotice() {
        let range = SourceRange(start: SourceLocation(file: "b.md", line: 2, column: 3),
                                end: SourceLocation(file: "b.md", line: 5, column: 2))
        let diagnostics = [
            Diagnostic(.note, code: "lesson.long", message: "long fence", range: range),
            Diagnostic(.error, code: "course.missing", message: "no course.yml", range: nil),
        ]
        #expect(GitHubDiagnosticRenderer().render(diagnostics) == """
            ::notice file=b.md,line=2,endLine=5,title=lesson.long::long fence
            ::error title=course.missing::no course.yml

            """)
    }

    @Test func dataAndPropertiesAreEscaped() {
        let diagnostic = Diagnostic.error("quiz.bad-key", "50% of\r\nanswers: a, b", at: at("dir,x/we:ird%.md", 1, 1),
                                          notes: [DiagnosticNote("see here", range: at("c.md", 2, 3))])
        #expect(GitHubDiagnosticRenderer().render([diagnostic]) ==
            "::error file=dir%2Cx/we%3Aird%25.md,line=1,col=1,endLine=1,endColumn=1,title=quiz.bad-key::50%25 of%0D%0Aanswers: a, b%0Anote: see here (c.md:2:3)\n")
    }

    @Test(arguments: [
        ("100%", "100%25", "100%25"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("x\ny\rz", "x%0Ay%0Dz", "x%0Ay%0Dz"),
        ("%0A", "%250A", "%250A"),
    ])
    func escaping(raw: String, data: String, property: String) {
        #expect(GitHubDiagnosticRenderer.escapeData(raw) == data)
        #expect(GitHubDiagnosticRenderer.escapeProperty(raw) == property)
    }

    @Test func fixItBecomesAMessageLine() {
        let diagnostic = Diagnostic.error("math.unbalanced-brace", "extra '}'", at: at("d.md", 4, 9),
                                          fixIt: FixIt(range: at("d.md", 4, 9), replacement: ""))
        let insert = Diagnostic.error("math.unbalanced-brace", "missing '}'", at: at("d.md", 5, 2),
                                      fixIt: FixIt(range: at("d.md", 5, 7, length: 0), replacement: "}"))
        #expect(GitHubDiagnosticRenderer().render([diagnostic, insert]) == """
            ::error file=d.md,line=4,col=9,endLine=4,endColumn=9,title=math.unbalanced-brace::extra '}'%0Afix-it: delete 4:9-4:10
            ::error file=d.md,line=5,col=2,endLine=5,endColumn=2,title=math.unbalanced-brace::missing '}'%0Afix-it: insert '}' at 5:7

            """)
    }
}
