import Diagnostics
import Testing
@testable import CourseKit

/// `QuizTextOrigin` moves positions through a table of the text's lines; it must give what
/// walking the text's characters gave, for every line and column, on texts full of what sets
/// bytes, scalars and characters apart.
@Suite("Quiz text positions")
struct QuizTextOriginTests {
    static let pieces = ["a", "b c", "\n", "\n\n", "\r", "\r\n", "é", "e\u{301}", "\u{301}", "😀", "$x$", "\t", "  "]

    static func text(_ seed: UInt64) -> String {
        var state = seed &* 2_862_933_555_777_941_757 &+ 3_037_000_493
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined()
    }

    @Test func offsetsMatchTheCharacterWalk() {
        var plainLines = 0
        for seed in 0..<400 {
            let markdown = Self.text(UInt64(seed))
            let map = SnippetMap(snippet: markdown, startingAt: SourceLocation(file: "l.md", line: 3, column: 5))
            let origin = QuizTextOrigin(text: QuizText(markdown: markdown, map: map))
            let lineCount = markdown.split(separator: "\n", omittingEmptySubsequences: false).count
            for line in 0...(lineCount + 1) {
                for column in 0...8 {
                    #expect(origin.scalarOffset(line: line, column: column) == origin.scalarOffsetByCharacters(line: line, column: column),
                            "\(markdown.debugDescription) line \(line) column \(column)")
                }
            }
            plainLines += markdown.split(separator: "\n").filter { $0.utf8.allSatisfy { $0 < 0x80 && $0 != 13 } }.count
        }
        // Both ways of counting were exercised.
        #expect(plainLines > 100)
    }

    @Test func aPositionMovesToTheAuthorsLine() {
        // "é" is one character but two bytes; the second line starts after the first line break.
        let markdown = "é $x$\nsecond $y$"
        let map = SnippetMap(snippet: markdown, segments: [
            SnippetMap.Segment(offset: 0, location: SourceLocation(file: "l.md", line: 4, column: 7)),
            SnippetMap.Segment(offset: 6, location: SourceLocation(file: "l.md", line: 5, column: 9)),
        ])
        let origin = QuizTextOrigin(text: QuizText(markdown: markdown, map: map))
        let moved = origin.remap(SourceRange(start: SourceLocation(file: origin.source.file, line: 2, column: 8), length: 3))
        #expect(moved.start == SourceLocation(file: "l.md", line: 5, column: 16))
        let first = origin.remap(SourceRange(start: SourceLocation(file: origin.source.file, line: 1, column: 3), length: 3))
        #expect(first.start == SourceLocation(file: "l.md", line: 4, column: 9))
    }
}
