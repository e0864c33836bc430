import Diagnostics
import Testing

@Suite struct SourceTextTests {
    @Test(arguments: [
        (0, 1, 1), (1, 1, 2), (2, 1, 3), (3, 2, 1), (4, 2, 2), (6, 3, 1), (99, 3, 1),
        (-5, 1, 1),
    ])
    func locationOfUTF8Offset(offset: Int, line: Int, column: Int) {
        let source = SourceText(file: "a.md", text: "ab\ncd\n")
        #expect(source.location(utf8Offset: offset) == SourceLocation(file: "a.md", line: line, column: column))
    }

    @Test(arguments: [
        (0, 1, 1), (2, 1, 3), (3, 1, 3), (4, 2, 1), (5, 2, 2), (7, 2, 3), (8, 3, 1),
    ])
    func locationInCRLFText(offset: Int, line: Int, column: Int) {
        // Offsets 2 and 3 are the '\r' and '\n' of the first line: both sit just past "ab".
        let source = SourceText(file: "w.md", text: "ab\r\ncd\r\nef")
        #expect(source.location(utf8Offset: offset) == SourceLocation(file: "w.md", line: line, column: column))
    }

    @Test func columnsCountCharactersNotBytes() {
        // é is 2 bytes, → 3, 中 3, 😀 4, and e + U+0301 is one character of 3 bytes.
        let text = "é→中😀e\u{301}x"
        let source = SourceText(file: "u.md", text: text)
        let offsetOfX = text.utf8.count - 1
        #expect(source.location(utf8Offset: offsetOfX).column == 6)
        #expect(source.location(utf8Offset: 2).column == 2)
        #expect(source.location(utf8Offset: 5).column == 3)
        #expect(source.location(of: text.firstIndex(of: "x") ?? text.endIndex).column == 6)
    }

    @Test func offsetInsideAMultiByteCharacterDoesNotCrash() {
        let source = SourceText(file: "m.md", text: "é\nx")
        #expect(source.location(utf8Offset: 1).line == 1)
        #expect(source.location(utf8Offset: 1).column == 1)
        // Inside "e" + U+0301 (bytes 0-2) every offset belongs to column 1; 'x' is column 2.
        let combined = SourceText(file: "c.md", text: "e\u{301}x")
        #expect([0, 1, 2, 3].map { combined.location(utf8Offset: $0).column } == [1, 1, 1, 2])
    }

    @Test func lines() {
        let source = SourceText(file: "l.md", text: "one\r\ntwo\n\nfour\n")
        #expect(source.lineCount == 5)
        #expect(source.line(1) == "one")
        #expect(source.line(2) == "two")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "four")
        #expect(source.line(5) == "")
        #expect(source.line(0) == nil)
        #expect(source.line(6) == nil)
    }

    @Test func emptyText() {
        let source = SourceText(file: "e.md", text: "")
        #expect(source.lineCount == 1)
        #expect(source.line(1) == "")
        #expect(source.location(utf8Offset: 0) == SourceLocation(file: "e.md", line: 1, column: 1))
    }
}

@Suite struct DiagnosticBagTests {
    @Test func sortedRemovesDuplicatesAndOrdersByPosition() {
        func at(_ line: Int, _ column: Int) -> SourceRange {
            SourceRange(start: SourceLocation(file: "a.md", line: line, column: column))
        }
        var bag = DiagnosticBag()
        bag.error("b.x", "late", at: at(3, 1))
        bag.warning("a.y", "early", at: at(1, 5))
        bag.error("b.x", "late", at: at(3, 1))
        bag.error("run.z", "whole run", at: nil)
        #expect(bag.sorted.map(\.message) == ["whole run", "early", "late"])
        #expect(bag.errorCount == 3)
        #expect(bag.summary == DiagnosticSummary(errors: 2, warnings: 1))
        #expect(bag.summary.line == "2 errors, 1 warning")
    }
}
