import Diagnostics
import Testing

@Suite struct SnippetMapTests {
    private func loc(_ line: Int, _ column: Int) -> Diagnostics.SourceLocation {
        SourceLocation(file: "s.md", line: line, column: column)
    }

    @Test func singleLineSnippet() {
        // The formula `f(z) = \frac1{…}` starts at column 28 of line 14.
        let map = SnippetMap(snippet: "f(z) = \\frac1{1}}", startingAt: loc(14, 28))
        #expect(map.location(atScalarOffset: 0) == loc(14, 28))
        #expect(map.location(atScalarOffset: 16) == loc(14, 44))
    }

    @Test func multiLineSnippetWithContinuationColumn() {
        // A fence body indented by two spaces: each later line starts at column 3.
        let map = SnippetMap(snippet: "a = 1\nbb = 2\nc", startingAt: loc(5, 3), continuationColumn: 3)
        #expect(map.location(atScalarOffset: 4) == loc(5, 7))
        #expect(map.location(atScalarOffset: 5) == loc(5, 8))   // the newline ends line 5
        #expect(map.location(atScalarOffset: 6) == loc(6, 3))
        #expect(map.location(atScalarOffset: 11) == loc(6, 8))
        #expect(map.location(atScalarOffset: 13) == loc(7, 3))
    }

    @Test func offsetsPastTheEndKeepCounting() {
        let map = SnippetMap(snippet: "x+", startingAt: loc(1, 10))
        #expect(map.location(atScalarOffset: 2) == loc(1, 12))
        #expect(map.location(atScalarOffset: 5) == loc(1, 15))
        let twoLines = SnippetMap(snippet: "a\nbc", startingAt: loc(1, 1))
        #expect(twoLines.location(atScalarOffset: 4) == loc(2, 3))
        #expect(twoLines.location(atScalarOffset: 6) == loc(2, 5))
    }

    @Test func negativeOffsetIsTheStart() {
        let map = SnippetMap(snippet: "abc", startingAt: loc(2, 4))
        #expect(map.location(atScalarOffset: -3) == loc(2, 4))
    }

    @Test func scalarOffsetsBecomeCharacterColumns() {
        // "e" + U+0301 is two scalars but one character; the '}' is scalar 3, character 2.
        let map = SnippetMap(snippet: "e\u{301}}", startingAt: loc(1, 5))
        #expect(map.location(atScalarOffset: 2) == loc(1, 6))
        let wide = SnippetMap(snippet: "中😀}", startingAt: loc(1, 1))
        #expect(wide.location(atScalarOffset: 2) == loc(1, 3))
    }

    @Test func explicitSegments() {
        // A snippet glued from two places: "ab" at 3:5 and "cd" at 9:2.
        let map = SnippetMap(snippet: "abcd", segments: [
            .init(offset: 0, location: loc(3, 5)), .init(offset: 2, location: loc(9, 2)),
        ])
        #expect(map.location(atScalarOffset: 1) == loc(3, 6))
        #expect(map.location(atScalarOffset: 3) == loc(9, 3))
    }

    @Test func ranges() {
        let map = SnippetMap(snippet: "abc\ndef", startingAt: loc(1, 3))
        #expect(map.range(atScalarOffset: 1, length: 2) == SourceRange(start: loc(1, 4), end: loc(1, 6)))
        #expect(map.range(atScalarOffset: 1, length: 0) == SourceRange(start: loc(1, 4), end: loc(1, 5)))
        #expect(map.range(atScalarOffset: 2, length: 4) == SourceRange(start: loc(1, 5), end: loc(2, 3)))
    }
}

/// Long snippets use a precomputed character index; it must agree with counting directly.
@Suite struct SnippetMapIndexTests {
    @Test func longSnippetsMapEveryOffsetLikeShortOnes() {
        // Combining accents, a flag (two scalars), an emoji with a skin tone and plain letters.
        let piece = "ae\u{301}x🇫🇷 👋🏽b\n"
        let long = String(repeating: piece, count: 80)
        let start = SourceLocation(file: "f.md", line: 3, column: 5)
        let indexed = SnippetMap(snippet: long, startingAt: start, continuationColumn: 2)
        let scalars = Array(long.unicodeScalars)
        #expect(scalars.count >= 512)
        for offset in stride(from: 0, through: scalars.count + 2, by: 1) {
            // A short map of the same line answers by counting directly.
            let line = offset < scalars.count ? scalars[..<offset].filter { $0 == "\n" }.count : 80
            let lineStart = scalars.indices.filter { $0 == 0 || scalars[$0 - 1] == "\n" }[min(line, 79)]
            let lineText = String(String.UnicodeScalarView(scalars[lineStart..<min(lineStart + piece.unicodeScalars.count, scalars.count)]))
            let short = SnippetMap(snippet: lineText, startingAt: SourceLocation(file: "f.md", line: 3 + min(line, 79), column: line == 0 ? 5 : 2))
            if offset <= scalars.count, line < 80 {
                #expect(indexed.location(atScalarOffset: offset) == short.location(atScalarOffset: offset - lineStart),
                        "offset \(offset)")
            }
        }
    }

    @Test func aTwentyKilobyteSnippetAnswersThousandsOfLookupsQuickly() {
        let snippet = String(repeating: "\\zz ", count: 5000)
        let map = SnippetMap(snippet: snippet, startingAt: SourceLocation(file: "f.md", line: 1, column: 2))
        let started = ContinuousClock.now
        for index in 0..<5000 {
            #expect(map.location(atScalarOffset: 4 * index).column == 2 + 4 * index)
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }
}

/// ASCII snippets without carriage returns count columns as scalars; every snippet must give
/// the column that counting its characters gives.
@Suite struct SnippetMapPlainTests {
    @Test func columnsCountCharactersInEverySnippet() {
        let pieces = ["a", "\\frac", "{", " ", "\n", "\r", "\r\n", "\t", "é", "e\u{301}", "👋🏽", "x"]
        var state: UInt64 = 12_345
        var plain = 0
        for _ in 0..<600 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int((state >> 33) % 10)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            let start = SourceLocation(file: "f.md", line: 2, column: 4)
            let map = SnippetMap(snippet: text, startingAt: start, continuationColumn: 3)
            let scalars = Array(text.unicodeScalars)
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) { plain += 1 }
            for offset in 0...(scalars.count + 2) {
                // The reference: the last segment at or before the offset, then characters counted.
                let segment = map.segments.last { $0.offset <= offset } ?? map.segments[0]
                let upper = min(offset, scalars.count)
                let lower = min(segment.offset, upper)
                var column = segment.location.column + String(String.UnicodeScalarView(scalars[lower..<upper])).count
                if offset > scalars.count { column += offset - max(scalars.count, segment.offset) }
                #expect(map.location(atScalarOffset: offset) == SourceLocation(file: "f.md", line: segment.location.line, column: column),
                        "\(text.debugDescription) offset \(offset)")
            }
        }
        #expect(plain > 0 && plain < 600)
    }
}
