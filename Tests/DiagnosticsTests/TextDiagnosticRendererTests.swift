import Diagnostics
import Testing

@Suite struct TextDiagnosticRendererTests {
    private func render(_ diagnostic: Diagnostic, file: String, text: String, colored: Bool = false) -> String {
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: file, text: text)]), colored: colored)
        return renderer.render([diagnostic])
    }

    private func at(_ file: String, _ line: Int, _ column: Int, length: Int = 1) -> SourceRange {
        SourceRange(start: SourceLocation(file: file, line: line, column: column), length: length)
    }

    @Test func designExampleIsByteExact() {
        let path = "content/lessons/sigmoid.md"
        let text = String(repeating: "\n", count: 13)
            + "Sigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$.\nnext line\n"
        let diagnostic = Diagnostic.error("math.unbalanced-brace", "unbalanced '}' in math", at: at(path, 14, 55))
        #expect(render(diagnostic, file: path, text: text) == """
            content/lessons/sigmoid.md:14:55: error: unbalanced '}' in math [math.unbalanced-brace]
               14 | Sigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$.
                  |                                                       ^

            """)
    }

    @Test func tabsBeforeTheColumnAreCopiedIntoThePadding() {
        let diagnostic = Diagnostic.error("calc.unknown-name", "unknown name 'sigmod'", at: at("a.md", 1, 5, length: 6))
        #expect(render(diagnostic, file: "a.md", text: "\t\tx\t= sigmod(1)") == """
            a.md:1:5: error: unknown name 'sigmod' [calc.unknown-name]
                1 | \t\tx\t= sigmod(1)
                  | \t\t \t^~~~~~

            """)
    }

    @Test func nonASCIITextBeforeTheColumn() {
        // Each character is one column; 中, 文 and the emoji take two cells, é and → one (12 cells).
        let line = "é → 中文 😀 }"
        let diagnostic = Diagnostic.error("math.unbalanced-brace", "unbalanced '}'", at: at("b.md", 1, 10))
        #expect(render(diagnostic, file: "b.md", text: line) == """
            b.md:1:10: error: unbalanced '}' [math.unbalanced-brace]
                1 | é → 中文 😀 }
                  |             ^

            """)
    }

    @Test func wideCharactersInsideARangeAreUnderlinedCellByCell() {
        let diagnostic = Diagnostic.warning("glossary.unknown-term", "unknown term", at: at("c.md", 1, 3, length: 2))
        #expect(render(diagnostic, file: "c.md", text: "a 中文 b") == """
            c.md:1:3: warning: unknown term [glossary.unknown-term]
                1 | a 中文 b
                  |   ^~~~

            """)
    }

    @Test func multiLineRangeQuotesFirstAndLastLine() {
        let range = SourceRange(start: SourceLocation(file: "d.md", line: 2, column: 3),
                                end: SourceLocation(file: "d.md", line: 4, column: 6))
        let diagnostic = Diagnostic.error("math.unclosed", "display math never closed", at: range)
        #expect(render(diagnostic, file: "d.md", text: "intro\nx $$a + b\nc\n  d$$ e\n") == """
            d.md:2:3: error: display math never closed [math.unclosed]
                2 | x $$a + b
                  |   ^~~~~~~
              ...
                4 |   d$$ e
                  |   ~~~

            """)
    }

    @Test func rangeEndingAtColumnOneOfTheNextLineStaysOnOneLine() {
        let range = SourceRange(start: SourceLocation(file: "e.md", line: 1, column: 3),
                                end: SourceLocation(file: "e.md", line: 2, column: 1))
        let diagnostic = Diagnostic.warning("lesson.trailing", "trailing text", at: range)
        #expect(render(diagnostic, file: "e.md", text: "ab cd\nnext") == """
            e.md:1:3: warning: trailing text [lesson.trailing]
                1 | ab cd
                  |   ^~~

            """)
    }

    @Test func notesAndFixIts() {
        let file = "f.md"
        let text = "$\\fracc{1}{2}$\n$x^2$"
        let diagnostic = Diagnostic.error(
            "math.unknown-command", "unknown command '\\fracc'; did you mean '\\frac'?",
            at: at(file, 1, 2, length: 6),
            notes: [DiagnosticNote("commands are case-sensitive"),
                    DiagnosticNote("the formula starts here", range: at(file, 1, 1))],
            fixIt: FixIt(range: at(file, 1, 2, length: 6), replacement: "\\frac"))
        #expect(render(diagnostic, file: file, text: text) == """
            f.md:1:2: error: unknown command '\\fracc'; did you mean '\\frac'? [math.unknown-command]
                1 | $\\fracc{1}{2}$
                  |  ^~~~~~
            note: commands are case-sensitive
            f.md:1:1: note: the formula starts here
                1 | $\\fracc{1}{2}$
                  | ^
            fix-it: replace '\\\\fracc' with '\\\\frac'

            """)
    }

    @Test func insertionAndRemovalFixIts() {
        let file = "g.md"
        let insert = Diagnostic.error("math.unbalanced-brace", "missing '}'", at: at(file, 1, 5),
                                      fixIt: FixIt(range: at(file, 1, 5, length: 0), replacement: "}"))
        let remove = Diagnostic.error("math.unbalanced-brace", "extra '}'", at: at(file, 1, 5),
                                      fixIt: FixIt(range: at(file, 1, 6), replacement: ""))
        let renderer = TextDiagnosticRenderer(sources: SourceLookup([SourceText(file: file, text: "{a+b}}")]))
        #expect(renderer.render([insert, remove]) == """
            g.md:1:5: error: missing '}' [math.unbalanced-brace]
                1 | {a+b}}
                  |     ^
            fix-it: insert '}'
            g.md:1:5: error: extra '}' [math.unbalanced-brace]
                1 | {a+b}}
                  |     ^
            fix-it: remove '}' at g.md:1:6

            """)
    }

    @Test func unknownFileAndMissingRangeGiveOnlyTheHeader() {
        let renderer = TextDiagnosticRenderer()
        let diagnostics = [
            Diagnostic.error("course.missing", "no course.yml in 'content'", at: nil),
            Diagnostic.warning("lesson.unlisted", "lesson not listed in course.yml", at: at("h.md", 3, 1)),
        ]
        #expect(renderer.render(diagnostics) == """
            error: no course.yml in 'content' [course.missing]
            h.md:3:1: warning: lesson not listed in course.yml [lesson.unlisted]

            """)
    }

    @Test func columnPastTheEndOfTheLinePointsJustAfterIt() {
        let diagnostic = Diagnostic.error("math.unclosed", "'$' never closed", at: at("i.md", 1, 6))
        #expect(render(diagnostic, file: "i.md", text: "a $b\n") == """
            i.md:1:6: error: '$' never closed [math.unclosed]
                1 | a $b
                  |      ^

            """)
    }

    @Test func wideGutterForLongFiles() {
        let text = String(repeating: "\n", count: 12344) + "x}"
        let diagnostic = Diagnostic.error("math.unbalanced-brace", "extra '}'", at: at("j.md", 12345, 2))
        #expect(render(diagnostic, file: "j.md", text: text) == """
            j.md:12345:2: error: extra '}' [math.unbalanced-brace]
             12345 | x}
                   |  ^

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic.error("x.y", "bad", at: at("k.md", 1, 1))
        let plain = render(diagnostic, file: "k.md", text: "z", colored: false)
        let coloured = render(diagnostic, file: "k.md", text: "z", colored: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured == """
            \u{1B}[1mk.md:1:1:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mbad [x.y]\u{1B}[0m
                1 | z
                  | \u{1B}[1;31m^\u{1B}[0m

            """)
    }

    @Test func rangeEndingPastTheFileIsMarkedToTheEndOfItsFirstLine() {
        let range = SourceRange(start: SourceLocation(file: "l.md", line: 1, column: 2),
                                end: SourceLocation(file: "l.md", line: 9, column: 4))
        let diagnostic = Diagnostic.error("quiz.unclosed", "quiz fence never closed", at: range)
        #expect(render(diagnostic, file: "l.md", text: "```quiz\nQ") == """
            l.md:1:2: error: quiz fence never closed [quiz.unclosed]
                1 | ```quiz
                  |  ^~~~~~

            """)
    }
}
