import Diagnostics
import Testing
@testable import LecternMarkdown

/// The one-line shortcut must build exactly the tree cmark-gfm builds, with no diagnostics, for
/// every text it takes; everything else must be left to cmark.
@Suite("One-line paragraphs without cmark")
struct PlainLineParagraphTests {
    /// Pieces that set the two paths apart if the shortcut's test of a line were too loose.
    static let pieces = [
        "a", "Word", "b c", "0", "12", "0.5", "1.", "1)", "3. ", "-", "+", "-1", "+2", " ", "  ", "\t", ".", ",", ";", "?",
        "!", "(", ")", "=", "==", "---", "***", "___", "/", "'", "\"", "%", "^", "#", "# ", ">", "> ", "<", "<b>", "&", "&amp;",
        "\\", "\\*", "*", "_", "`", "~", "~~", "|", "[", "]", "[[T]]", "[^1]", "![i](u)", "[l](u)", ":", "://", "a:b",
        "http://x.y", "www.", "WwW.", "w", "a@b.c", "mailto:", "{", "}", "{=", "{= x }", "{= f(1) :.2f}", "{=}",
        "$", "$$", "$x$", "$ x$", "$x $", "$x$2", "$a_b^*$", "$\\{x\\}$", "$$y$$", "$$ z $$", "$a<b$", "$|x|$",
        "é", "\n", "\r", "\r\n", "\u{0}", "    ",
    ]

    /// A text of up to `length` pieces drawn from `seed`.
    static func text(_ seed: UInt64, pieces: [String] = pieces, length: Int = 9) -> String {
        var state = seed &* 2_862_933_555_777_941_757 &+ 3_037_000_493
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<(1 + next(length))).map { _ in pieces[next(pieces.count)] }.joined()
    }

    /// Whether the shortcut took `text`; when it did, its tree is cmark's and the maps of its
    /// formulas and values answer as cmark's do.
    static func compare(_ text: String, allowHTML: Bool = false) -> Bool {
        let source = SourceText(file: "lesson.md#quiz-text", text: text)
        let parser = MarkdownParser(allowHTML: allowHTML)
        let (viaCmark, problems) = parser.parseThroughCmark(source)
        #expect(parser.parse(source).0 == viaCmark, "\(text.debugDescription)")
        guard let shortcut = PlainLineParagraph.document(for: source) else { return false }
        #expect(shortcut == viaCmark, "\(text.debugDescription)")
        #expect(problems.isEmpty, "\(text.debugDescription)")
        for (mine, theirs) in zip(maps(shortcut), maps(viaCmark)) {
            #expect(mine.snippet == theirs.snippet)
            for offset in 0...(mine.snippet.utf8.count + 2) {
                #expect(mine.location(atScalarOffset: offset) == theirs.location(atScalarOffset: offset), "\(text.debugDescription)")
            }
        }
        return true
    }

    static func maps(_ document: MarkdownDocument<SourceStage>) -> [SnippetMap] {
        document.allInlines.compactMap { inline in
            switch inline {
            case .math(let node): node.map
            case .value(let node): node.map
            default: nil
            }
        }
    }

    @Test func generatedTextsGetCmarksTree() {
        var taken = 0
        for seed in 0..<3_000 {
            if Self.compare(Self.text(UInt64(seed)), allowHTML: seed % 2 == 0) { taken += 1 }
        }
        // Both paths ran many times.
        #expect(taken > 100)
        #expect(taken < 2_900)
    }

    /// Texts of the pieces a quiz text is usually made of, so that most take the shortcut.
    @Test func generatedQuizLikeTextsGetCmarksTree() {
        let words = ["What", "is", "the", " ", " ", ", ", ".", "?", "0.25", "-3", "$\\sigma(z)$", "$x = 1$", "{= g :.3f}",
                     "(", ")", ":", "1", "e", "'s", "$$\\frac{a}{b}$$", "$", "{"]
        var taken = 0
        for seed in 0..<3_000 where Self.compare(Self.text(UInt64(seed), pieces: words, length: 14)) { taken += 1 }
        #expect(taken > 1_500)
    }

    @Test(arguments: [
        "0", "0.5", "-1", "+2", "1e-6", "A decision tree", "What is $\\sigma(1)$, to four decimals?",
        "{= g * sigmoid_prime(z) :.3f}", "$\\delta_1 x_1$", "True or false: the slope is 1.", "$$x$$ is shown apart",
        "1.5 or 2) or 3", "Say \"yes\" (or 'no') at 50% > 40% = half^2 # 1!",
    ])
    func takesPlainLines(_ text: String) {
        #expect(Self.compare(text))
    }

    @Test(arguments: [
        "", " a", "a ", "1.", "1. a", "2) b", "- a", "-a", "* a", "# h", "> q", "    code", "a\nb", "a\r", "é",
        "a *b*", "a _b_", "`c`", "a \\ b", "&amp;", "[l](u)", "[[Term]]", "a <b>", "www.example.org", "see http://x.y",
        "a@b.c", "~~s~~", "a | b", "$$x", "$x$ \u{0}", "$é$", "{= é}", "\tx",
    ])
    func leavesTheRestToCmark(_ text: String) {
        #expect(!Self.compare(text))
    }
}
