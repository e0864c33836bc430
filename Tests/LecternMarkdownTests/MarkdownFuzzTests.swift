import Foundation
import Testing
@testable import LecternMarkdown
import Diagnostics

/// Random documents from Markdown's special characters (a fixed seed, so runs repeat): the
/// parse never crashes, every Lectern node points inside the file, and documents without
/// Lectern syntax render exactly as cmark-gfm renders them.
@Suite("Markdown random documents")
struct MarkdownFuzzTests {
    /// A small linear congruential generator: deterministic across platforms.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = ["$", "$$", "{=", "}", "[", "]", "[[", "]]", "|", "> ", "- ", "* ", "_", "`", "```", "\\", "\n",
                         "\n\n", " ", "  ", "\t", "a", "bc", "é", "→", "!", "# ", "~~", "<b>", "(", ")", ":", "1. ",
                         "[!NOTE]", "---", "x^2", "&amp;", "[^1]", "[^1]: n",
                         "\n```quiz\n", "\n  ~~~ plot\n", "\n```math\n"]
    /// Fences only for every fourth seed, so that many documents stay free of Lectern syntax.
    static let fencePieces: Set<String> = ["\n```quiz\n", "\n  ~~~ plot\n", "\n```math\n"]

    /// Odd seeds draw from the pieces without Lectern syntax, for the comparison with cmark-gfm.
    static func document(seed: UInt64) -> String {
        var generator = Generator(state: seed &* 7919 &+ 17)
        var alphabet = seed.isMultiple(of: 2) ? pieces : pieces.filter { !["$", "$$", "{=", "[[", "[!NOTE]"].contains($0) }
        if !seed.isMultiple(of: 4) { alphabet.removeAll { fencePieces.contains($0) } }
        let count = 5 + generator.next(60)
        return (0..<count).map { _ in alphabet[generator.next(alphabet.count)] }.joined()
    }

    /// The comparison with cmark-gfm needs documents free of Lectern syntax.
    @Test func someDocumentsHaveNoLecternSyntax() {
        let plain = (0..<1000).filter { seed in
            let text = Self.document(seed: UInt64(seed))
            return !["$", "{=", "[[", "[!", "quiz", "plot", "math"].contains { text.contains($0) }
        }
        #expect(plain.count >= 400)
    }

    /// The position checks need formulas, some of them spanning lines.
    @Test func someDocumentsHaveMath() {
        let math = (0..<1000).flatMap { seed in
            MarkdownParser(fenceWords: MD.fenceWords).parse(SourceText(file: "f.md", text: Self.document(seed: UInt64(seed)))).0.mathNodes
        }
        #expect(math.count >= 100)
        #expect(math.filter { $0.tex.contains("\n") }.count >= 10)
    }

    @Test(arguments: 0..<1000)
    func randomDocument(_ seed: Int) {
        let text = Self.document(seed: UInt64(seed))
        let source = SourceText(file: "f.md", text: text)
        let (document, _) = MarkdownParser(allowHTML: true, fenceWords: MD.fenceWords).parse(source)
        let lines = source.lineCount
        for math in document.mathNodes {
            #expect((1...lines).contains(math.range.start.line), "\(text.debugDescription)")
            for offset in 0...math.tex.unicodeScalars.count {
                let location = math.map.location(atScalarOffset: offset)
                #expect((1...lines).contains(location.line) && location.column >= 1, "\(text.debugDescription)")
            }
        }
        // Each formula's range starts at its opening dollar, and each scalar of the TeX maps
        // to that very character of the author's text.
        let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        func character(at location: Diagnostics.SourceLocation) -> Character? {
            guard location.line >= 1, location.line <= fileLines.count else { return nil }
            let line = fileLines[location.line - 1]
            return location.column >= 1 && location.column <= line.count ? line[location.column - 1] : nil
        }
        for math in document.mathNodes where !math.tex.contains("|") {
            // Inline formulas start at a dollar, ```math fences at their fence.
            #expect(["$", "`", "~"].contains(character(at: math.range.start)), "\(text.debugDescription)")
            for (offset, scalar) in math.tex.unicodeScalars.enumerated() where scalar != "\n" {
                let found = character(at: math.map.location(atScalarOffset: offset))
                #expect(found.map { $0.unicodeScalars.contains(scalar) } == true, "\(text.debugDescription) offset \(offset)")
            }
        }
        for fence in document.fences {
            // Blanks may stand for part of a tab that the fence's indentation consumed.
            for (offset, scalar) in fence.body.unicodeScalars.enumerated() where scalar != "\n" && scalar != " " {
                let found = character(at: fence.bodyMap.location(atScalarOffset: offset))
                #expect(found.map { $0.unicodeScalars.contains(scalar) } == true, "\(text.debugDescription) offset \(offset)")
            }
        }
        for value in document.inlineValues where !value.inner.contains("|") {
            #expect(character(at: value.range.start) == "{", "\(text.debugDescription)")
            for (offset, scalar) in value.inner.unicodeScalars.enumerated() where scalar != "\n" && scalar != " " {
                let found = character(at: value.map.location(atScalarOffset: offset))
                #expect(found.map { $0.unicodeScalars.contains(scalar) } == true, "\(text.debugDescription) offset \(offset)")
            }
        }
        for link in document.glossaryLinks {
            #expect(character(at: link.range.start) == "[", "\(text.debugDescription)")
        }
        var renderer = HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: true)
        renderer.headingAnchors = false
        let html = renderer.render(document)
        let lectern = ["$", "{=", "[[", "[!", "quiz", "plot", "math"].contains { text.contains($0) }
        // Known difference: with a footnote defined twice, cmark-gfm also counts references
        // inside the duplicate it drops, and writes back-references to them.
        let duplicateFootnote = text.components(separatedBy: "[^1]:").count > 2
        if !lectern, !duplicateFootnote {
            #expect(html == GFMSpec.referenceHTML(text), "\(text.debugDescription)")
        }
    }
}
