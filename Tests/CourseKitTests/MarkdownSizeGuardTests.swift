import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import LecternMarkdown

@Suite struct MarkdownSizeGuardTests {
    private func parse(_ text: String) -> (MarkdownDocument<SourceStage>, [Diagnostic]) {
        MarkdownParser().parse(SourceText(file: "bomb.md", text: text))
    }

    @Test func aTableBombIsRefusedBeforeCmarkPadsIt() {
        // 2,000 header columns and 2,000 one-cell rows: four million cells once padded.
        let header = "|" + String(repeating: " a |", count: 2000)
        let delimiter = "|" + String(repeating: "-|", count: 2000)
        let text = "Intro.\n\n" + header + "\n" + delimiter + "\n" + String(repeating: "| x\n", count: 2000)
        let (document, diagnostics) = parse(text)
        #expect(document.blocks.isEmpty)
        #expect(diagnostics.map(\.code) == ["markdown.too-large"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: "bomb.md", line: 3, column: 1))
        #expect(diagnostics.first?.message.hasPrefix("this table has 2000 columns and 2001 rows (4002000 cells)") == true)
    }

    @Test func aTableInsideAQuoteIsCountedToo() {
        let header = "> |" + String(repeating: " a |", count: 300)
        let delimiter = "> |" + String(repeating: " --- |", count: 300)
        let text = header + "\n" + delimiter + "\n" + String(repeating: "> | x\n", count: 200)
        #expect(MarkdownSizeGuard.check(SourceText(file: "q.md", text: text)).map(\.code) == ["markdown.too-large"])
    }

    @Test func aDelimiterRowWithColonsTabsAndNoOuterPipesIsCounted() {
        // The delimiter row's bytes are all `-`, `:`, `|`, spaces and tabs: the line filter lets it through.
        let header = String(repeating: "a | ", count: 300) + "a"
        let delimiter = String(repeating: "\t:-: |", count: 300) + " --:\t"
        let text = "Text with | a pipe.\n\n" + header + "\n" + delimiter + "\n" + String(repeating: "x | y\n", count: 200)
        #expect(MarkdownSizeGuard.check(SourceText(file: "c.md", text: text)).map(\.code) == ["markdown.too-large"])
        #expect(MarkdownSizeGuard.check(SourceText(file: "n.md", text: String(repeating: "a - b: c\n---\n", count: 50))).isEmpty)
    }

    @Test func ordinaryTablesAndDashedLinesPass() {
        let table = "| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 | 4 |\n"
        #expect(MarkdownSizeGuard.check(SourceText(file: "t.md", text: table)).isEmpty)
        #expect(parse(table).0.blocks.count == 1)
        let wide = "|" + String(repeating: " a |", count: 200) + "\n|" + String(repeating: "-|", count: 200) + "\n"
            + String(repeating: "| x\n", count: 200)
        #expect(MarkdownSizeGuard.check(SourceText(file: "w.md", text: wide)).isEmpty, "40,200 cells are allowed")
        #expect(MarkdownSizeGuard.check(SourceText(file: "s.md", text: "Title\n---\n\ntext\n")).isEmpty)
    }

    @Test func aQuoteLineOfBlanksAndACarriageReturnIsNoContent() {
        // `> \r` once made the guard slice a line backwards (its last non-blank byte, `>`, is
        // before its first byte past the prefix) and trap; it is an empty line, which ends the
        // table, so the 300 columns below count one row.
        let header = "|" + String(repeating: " a |", count: 300)
        let delimiter = "|" + String(repeating: "-|", count: 300)
        let text = header + "\n" + delimiter + "\n> \r\n" + String(repeating: "| x\n", count: 200)
        #expect(MarkdownSizeGuard.check(SourceText(file: "r.md", text: text)).isEmpty)
        let unbroken = header + "\n" + delimiter + "\n" + String(repeating: "| x\n", count: 200)
        #expect(MarkdownSizeGuard.check(SourceText(file: "u.md", text: unbroken)).map(\.code) == ["markdown.too-large"])
    }

    @Test func aHugeLessonFileIsRefusedByTheLoader() {
        let text = "---\ntitle: Big\n---\n" + String(repeating: "word ", count: MarkdownSizeGuard.maxBytes / 5 + 1)
        let yaml = "title: T\nmodules:\n  - title: M\n    lessons: [big]\n"
        let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: yaml, lessons: ["big": text]))
        #expect(diagnostics.map(\.code) == ["markdown.too-large"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: "content/lessons/big.md", line: 1, column: 1))
        #expect(course?.lessons.first?.body.text == "")
    }
}
