import Foundation
import Testing
@testable import LecternMarkdown
import Diagnostics

/// The parser's byte scans against the `String` and `Character` code they replaced, on the GFM
/// spec corpus and on random texts full of what tells the two apart: CR LF pairs, lone CRs,
/// combining marks, multi-byte characters and tabs.
@Suite("Byte scans match the character scans they replaced")
struct ByteScanTests {
    /// Pieces that separate bytes from characters, and Lectern's own delimiters.
    static let alphabet = ["a", "b", " ", "  ", "\t", "\n", "\r", "\r\n", "é", "e\u{301}", "\u{301}", "→", "😀",
                           "[", "]", "[[", "]]", "|", "$", "\\", "&amp;", "> ", "- ", "x"]

    static func random(_ seed: UInt64, alphabet: [String] = alphabet, maxPieces: Int = 40) -> String {
        var generator = MarkdownFuzzTests.Generator(state: seed &* 104_729 &+ 7)
        return (0..<(1 + generator.next(maxPieces))).map { _ in alphabet[generator.next(alphabet.count)] }.joined()
    }

    /// Spec examples and random texts.
    static var corpus: [String] {
        GFMSpec.examples("spec").map(\.markdown) + GFMSpec.examples("extensions").map(\.markdown)
            + (0..<3000).map { random(UInt64($0)) }
    }

    @Test func corpusIsThere() {
        // Without the spec files the comparisons below would run on random texts alone.
        #expect(GFMSpec.examples("spec").count > 600)
    }

    @Test func bodyLinesSplitLikeCharacters() {
        for text in Self.corpus {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(text.hasSuffix("\n") ? 1 : 0).map { Array($0.utf8) }
            #expect(FenceRecognizer.lines(of: text).map(Array.init) == expected, "\(text.debugDescription)")
        }
    }

    @Test func openingBracketsFoundLikeFoundation() {
        let brackets = ["[", "[[", "]", "a", "é", "\u{301}", "[\u{301}", "\u{301}[", "ﬁ", "\u{338}"]
        let texts = Self.corpus + (0..<3000).map { Self.random(UInt64($0), alphabet: brackets, maxPieces: 8) }
        for text in texts {
            #expect(GlossaryLinkRecognizer.containsOpening(text) == text.contains("[["), "\(text.debugDescription)")
        }
    }

    /// The tag reading of `TreeWalker.lecternInline` as it was, on `String`s.
    struct StringTag: Equatable {
        var fields: [String]
        var inner: String
        var firstLine: [UInt8]
        var lineCount: Int
        var lastLineByteCount: Int
        var scalarCount: Int

        init?(_ literal: String) {
            guard let newline = literal.firstIndex(of: "\n") else { return nil }
            fields = literal[..<newline].split(separator: " ").map(String.init)
            inner = String(literal[literal.index(after: newline)...])
            firstLine = Array(inner[..<(inner.firstIndex(of: "\n") ?? inner.endIndex)].utf8)
            let lines = inner.split(separator: "\n", omittingEmptySubsequences: false)
            lineCount = lines.count
            lastLineByteCount = lines.last?.utf8.count ?? 0
            scalarCount = inner.unicodeScalars.count
        }
    }

    @Test func inlineTagsReadLikeStrings() {
        let kinds = ["math", "display", "value", "text"]
        for (index, inner) in Self.corpus.enumerated() {
            let kind = kinds[index % kinds.count]
            let literal = "\(CommonMarkConverter.tagPrefix) \(kind) \(index) \(index % 7 + 1) \(inner.utf8.count + 2) 1\n\(inner)"
            var bytes = Array(literal.utf8)
            let tag = bytes.withUnsafeMutableBufferPointer { LecternInlineTag(UnsafeBufferPointer($0)) }
            guard let read = tag, let reference = StringTag(literal) else {
                Issue.record("tag not read: \(literal.debugDescription)")
                continue
            }
            #expect(reference.fields == [CommonMarkConverter.tagPrefix, kind, "\(index)", "\(index % 7 + 1)", "\(inner.utf8.count + 2)", "1"])
            #expect(read.kind.rawValue == kind && read.line == index && read.byteColumn == index % 7 + 1)
            #expect(read.length == inner.utf8.count + 2 && read.innerOffset == 1)
            #expect(read.inner == reference.inner)
            #expect(read.firstLine == reference.firstLine, "\(inner.debugDescription)")
            #expect(read.lineCount == reference.lineCount, "\(inner.debugDescription)")
            #expect(read.lastLineByteCount == reference.lastLineByteCount, "\(inner.debugDescription)")
            #expect(read.scalarCount == reference.scalarCount)
            #expect(read.isPlain == inner.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }, "\(inner.debugDescription)")
            #expect(read.hasLineFeed == inner.utf8.contains(UInt8(ascii: "\n")), "\(inner.debugDescription)")
            // Given the tag's counts, a one-segment map places every offset as one that counts them itself.
            let start = SourceLocation(file: "a.md", line: 3, column: 5)
            let counted = SnippetMap(snippet: inner, segments: [SnippetMap.Segment(offset: 0, location: start)])
            let given = SnippetMap(snippet: inner, segments: [SnippetMap.Segment(offset: 0, location: start)],
                                   scalarCount: read.scalarCount, isPlain: read.isPlain)
            for offset in 0...(read.scalarCount + 2) {
                #expect(given.location(atScalarOffset: offset) == counted.location(atScalarOffset: offset), "\(inner.debugDescription)")
            }
        }
        var broken = Array("\(CommonMarkConverter.tagPrefix) math 1 2\nx".utf8)
        #expect(broken.withUnsafeMutableBufferPointer { LecternInlineTag(UnsafeBufferPointer($0)) } == nil)
    }

    /// Tag lines with odd spacing, signs, overflowing and malformed numbers, and too few or too
    /// many fields: the byte reading accepts exactly what splitting and `Int(_:)` accepted.
    @Test func tagLinesReadLikeSplitAndInt() {
        let numbers = ["0", "7", "-3", "+12", "--1", "+-1", "-", "+", "", "1x", "x1", "007",
                       "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                       "99999999999999999999", "١٢"]
        var accepted = 0
        for (index, number) in numbers.enumerated() {
            let other = numbers[(index * 5 + 3) % numbers.count]
            let lines = [
                "\(CommonMarkConverter.tagPrefix) math \(number) 2 3 \(other)",
                "  \(CommonMarkConverter.tagPrefix)  value   \(other) \(number) 4 1 ",
                "\(CommonMarkConverter.tagPrefix) display 1 \(number) 3",
                "\(CommonMarkConverter.tagPrefix) text 1 2 \(number) 1 \(other)",
                "\(CommonMarkConverter.tagPrefix)x math 1 2 3 \(number)",
                "\(CommonMarkConverter.tagPrefix) maths 1 2 3 \(number)",
            ]
            for line in lines {
                var bytes = Array("\(line)\ninner".utf8)
                let read = bytes.withUnsafeMutableBufferPointer { LecternInlineTag(UnsafeBufferPointer($0)) }
                let fields = line.split(separator: " ").map(String.init)
                let values = fields.count == 6 ? fields[2...].compactMap { Int($0) } : []
                let expected = fields.count == 6 && fields[0] == CommonMarkConverter.tagPrefix
                    && InlineMatch.Kind(rawValue: fields[1]) != nil && values.count == 4
                #expect((read != nil) == expected, "\(line.debugDescription)")
                if let read, expected {
                    accepted += 1
                    #expect([read.line, read.byteColumn, read.length, read.innerOffset] == values, "\(line.debugDescription)")
                }
            }
        }
        #expect(accepted > 5)
    }

    /// The two-part comparison of a construct's opening and first line against the joined needle.
    @Test func openingAndFirstLineMatchLikeTheJoinedNeedle() {
        let openings = [Array("$".utf8), Array("$$".utf8), Array("{=".utf8), []]
        var found = 0
        for text in Self.corpus.prefix(800) {
            let columns = SourceColumns(SourceText(file: "a.md", text: text))
            let lineCount = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            for line in 1...lineCount {
                let bytes = Array(columns.lineBytes(line))
                for column in 0...(bytes.count + 1) {
                    for opening in openings {
                        for length in [0, 1, 3] {
                            let from = min(max(column - 1 + opening.count, 0), bytes.count)
                            let rest = Array(bytes[from..<min(from + length, bytes.count)])
                            let needle = opening + rest
                            let joined = column >= 1 && column - 1 + needle.count <= bytes.count
                                && Array(bytes[(column - 1)..<(column - 1 + needle.count)]) == needle
                            #expect(columns.matches(opening, rest, line: line, byteColumn: column) == joined)
                            if joined { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(found > 1000)
    }

    @Test func asciiSlugsMatchThePropertySlugs() {
        let everyASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let texts = [everyASCII, "Why ReLU? (2nd_try) -- A-Z", "lectern-main"] + Self.corpus
        for text in texts {
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.slugByProperties(text), "\(text.debugDescription)")
        }
        #expect(HeadingSlugger.slug(everyASCII) == "--0123456789abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz")
    }

    @Test func snippetMapsCountScalars() {
        let columns = SourceColumns(SourceText(file: "a.md", text: String(repeating: "> line\n", count: 200)))
        let locator = SnippetLocator(columns: columns, containerLine: 1, containerByteColumn: 3)
        for text in Self.corpus where text.unicodeScalars.filter({ $0 == "\n" }).count < 190 {
            let start = SourceLocation(file: "a.md", line: 1, column: 3)
            let map = locator.map(for: text, startingAt: start, line: 1)
            var expected = [0]
            for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { expected.append(offset + 1) }
            #expect(map.segments.map(\.offset) == expected, "\(text.debugDescription)")
            #expect(map.segments.dropFirst().allSatisfy { $0.location.column == 3 })
        }
    }

    @Test func lineStartsMatchTheLines() {
        for text in Self.corpus {
            let source = SourceText(file: "a.md", text: text)
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            #expect(source.lineCount == lines.count)
            for (index, line) in lines.enumerated() {
                var bytes = Array(line)
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                #expect(source.line(index + 1).map { Array($0.utf8) } == bytes)
            }
        }
    }

    // MARK: Whole documents: the ASCII byte paths against the character paths

    /// Documents with fences in quotes and lists, tabs, and glossary links, some of them non-ASCII.
    static func document(_ seed: UInt64) -> String {
        let pieces = ["a", "b c", " ", "\t", "\n", "\n\n", "> ", "- ", "1. ", "  ", "[[", "]]", "[[Term]]", "[[ReLU|units]]",
                      "|", "\\[", "&amp;", "`", "*", "_", "\n```\n", "\n```quiz\n", "\n  ```\n", "\n>     ```\n", "\n-\t```\n",
                      "\t\tx", "é", "[ref]: /u\n", "[ref]", "$x$"]
        return random(seed, alphabet: pieces, maxPieces: 60)
    }

    static func walk(_ blocks: [Block<SourceStage>], _ visit: (Block<SourceStage>) -> Void) {
        for block in blocks {
            visit(block)
            switch block {
            case .blockQuote(let quote): walk(quote.blocks, visit)
            case .list(let list): for item in list.items { walk(item.blocks, visit) }
            case .footnoteDefinition(let definition): walk(definition.blocks, visit)
            case .alert(let alert): walk(alert.blocks, visit)
            default: break
            }
        }
    }

    @Test func fenceBodiesMapLikeCharacters() {
        var compared = 0
        for seed in 0..<2000 {
            let source = SourceText(file: "a.md", text: Self.document(UInt64(seed)))
            let columns = SourceColumns(source)
            let (blocks, _) = CommonMarkConverter(allowHTML: false).convert(columns)
            let recognizer = FenceRecognizer(columns: columns)
            Self.walk(blocks) { block in
                guard case .codeBlock(let code) = block, code.isFenced else { return }
                let firstLine = code.range.start.line + 1
                let bytes = recognizer.bodyMap(code.code, firstLine: firstLine)
                let characters = recognizer.bodyMap(code.code, firstLine: firstLine, byCharacters: true)
                #expect(bytes.segments == characters.segments, "\(source.text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared > 500)
    }

    @Test func glossaryLinksSplitLikeCharacters() {
        var compared = 0
        for seed in 0..<2000 {
            let source = SourceText(file: "a.md", text: Self.document(UInt64(seed)))
            let columns = SourceColumns(source)
            let (blocks, _) = CommonMarkConverter(allowHTML: false).convert(columns)
            Self.walk(blocks) { block in
                guard case .paragraph(let paragraph) = block else { return }
                let recognizer = GlossaryLinkRecognizer(columns: columns, blockEndLine: paragraph.range.end.line)
                for case .text(let text) in paragraph.inlines where GlossaryLinkRecognizer.containsOpening(text.text) {
                    #expect(recognizer.split(text) == recognizer.split(text, byCharacters: true), "\(source.text.debugDescription)")
                    compared += 1
                }
            }
        }
        #expect(compared > 500)
    }
}

/// The inline extension writes the numbers of its tag as bytes (issue 13); they must read as
/// `String(_:)` spells them, which is what `LecternInlineTag` parses back.
@Suite struct TagDecimalTests {
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 1_000_000, 123_456_789, -1, -10, -987, Int.max, Int.min, Int.max - 1])
    func decimalBytesSpellAsString(_ value: Int) {
        var bytes: [UInt8] = [UInt8(ascii: "x")]
        CommonMarkConverter.appendDecimal(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
    }
}

/// `SourceColumns` marks each line ASCII or not in one pass over the whole text (issue 13); every
/// byte column must still give the column that counting the line's `Character`s gives.
@Suite struct SourceColumnsPassTests {
    @Test func everyByteColumnMatchesTheCharacterCount() {
        let lines = [
            "plain ascii line that is longer than eight bytes", "é", "", "ascii", "naïve café ≤ 𝑥 and more ascii after it",
            "12345678", "1234567é", "tail ü", "a\u{301}b", "👍🏽 end", "\t tab", "last ascii",
        ]
        for ending in ["\n", "\r\n"] {
            let text = lines.joined(separator: ending)
            let columns = SourceColumns(SourceText(file: "a.md", text: text))
            for (number, line) in text.components(separatedBy: ending).enumerated() {
                var byteColumn = 1
                for (characterIndex, character) in line.enumerated() {
                    for _ in character.utf8 {
                        #expect(columns.column(line: number + 1, byteColumn: byteColumn) == characterIndex + 1,
                                "line \(number + 1) byte \(byteColumn)")
                        byteColumn += 1
                    }
                }
                // Past the end keeps counting one column per byte.
                #expect(columns.column(line: number + 1, byteColumn: byteColumn + 2) == line.count + 3)
            }
        }
    }
}
