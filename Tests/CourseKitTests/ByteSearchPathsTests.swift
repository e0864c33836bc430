import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// The search index and the quiz views read and write UTF-8 bytes where they once went by
/// `Character` or joined strings (issue 13). Each byte path must give exactly what the plain
/// reading gives, on ASCII, accented, combining, CRLF, math and emoji text.
@Suite struct ByteSearchPathsTests {
    /// Pieces the varied inputs are made of: words, spaces of several kinds, marks that join
    /// the character before them, a carriage return before a line feed, MathML-ish markup.
    static let pieces = [
        "word", " ", "  ", "caf\u{E9}", "cafe\u{301}", "<p>", "</p>", "\n", "\r\n", "\u{338}", "≤", "σ(x)",
        "𝑥²", "👍🏽", "\u{200D}", "한국어", "Ä", "e^{-z}", "<em>x</em>", "&amp;", "\t", "\u{A0}", "x\u{20D7}", "…",
        "\u{212A}elvin", "kelvin", "\u{D55C}", "probabilities", "RUNNING",
        // Not decomposed Hangul next to composed: `String`'s `<` orders neither before the
        // other yet calls them unequal, so no sort of such words has one right answer.
    ]

    /// Deterministic pseudo-random texts from `pieces` (a linear congruential generator).
    static func texts(count: Int, pieces perText: ClosedRange<Int>, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in
            let length = perText.lowerBound + next() % (perText.count)
            return (0..<length).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    @Test func legendSplitOnBytesMatchesTheCharacterSplit() {
        var inputs = [
            "<p>Only one.</p>\n", "<p>First.</p>\n<p>Second.</p>\n", "<ul>\n<li>a</li>\n</ul>\n", "", "\n\n",
            "<p></p>", "<p>a</p>\n\n\n", "<p>x\u{338}</p>\n<p>y</p>", "<p>\u{301}x</p>", "<p>a</p\u{301}>\n<p>b</p>",
            "<p>open only", "<p>caf\u{E9} ≤ 𝑥</p>\r\n<p>b</p>\r\n", "<p>a</p>\n\u{301}rest",
        ]
        inputs += Self.texts(count: 400, pieces: 1...14, seed: 7).map { "<p>" + $0 }
        inputs += Self.texts(count: 200, pieces: 1...14, seed: 8)
        for html in inputs {
            let fast = QuizRenderer.splitFirstParagraph(html)
            let reference = QuizRenderer.characterSplitFirstParagraph(html)
            #expect(fast.0 == reference.0 && fast.1 == reference.1, "\(html.debugDescription)")
        }
    }

    @Test func tooltipParagraphOnBytesMatchesFoundationsSearch() {
        var inputs = [
            "<p>Only one.</p>\n", "<p>First.</p>\n<p>Second.</p>\n", "<ul>\n<li>a</li>\n</ul>\n", "", "<p></p>",
            "<h2>Title</h2>\n<p>After a heading.</p>", "<p>open only", "text </p> then <p>late</p>",
            "<p>\u{301}x</p>", "<p>a</p\u{301}>\n<p>b</p>", "<p>caf\u{E9} ≤ 𝑥</p>\r\n<p>b</p>\r\n", "<p>a &amp; b</p>",
        ]
        inputs += Self.texts(count: 400, pieces: 1...14, seed: 17)
        for markup in inputs {
            let fast = RenderContext.firstParagraph(of: HTML(trusted: markup))
            let reference = RenderContext.foundationFirstParagraph(of: markup)
            #expect(fast.markup == reference.markup, "\(markup.debugDescription)")
        }
    }

    @Test func wordsOnBytesMatchWordsByScalar() {
        var inputs = ["", "Running boxes", "RUNNING", "a", "ab1 c2d", "flies", "x\u{212A}y", "caf\u{E9}s", "word\u{301}s",
                      "stopped at 3pm", "ÄRGER ärger", "tries\u{A0}tried", "𝑥² and x²"]
        inputs += Self.texts(count: 300, pieces: 1...30, seed: 31)
        for text in inputs {
            #expect(ByteSearchTokens.of(text) == SearchTokens.scalarTokens(text), "\(text.debugDescription)")
        }
    }

    @Test func clippingOnBytesMatchesClippingByCharacter() {
        let limit = SearchIndex.maxTextLength
        var inputs = [
            "", "short", String(repeating: "a", count: limit), String(repeating: "a", count: limit + 1),
            String(repeating: "ab ", count: limit), String(repeating: "é", count: limit + 5),
            String(repeating: "e\u{301}", count: limit + 5), String(repeating: "x ", count: limit / 2) + "tail",
            String(repeating: "👍🏽 ", count: limit), String(repeating: "\r\n", count: limit),
            String(repeating: "a", count: limit - 1) + " b" + String(repeating: "c", count: 10),
        ]
        inputs += Self.texts(count: 60, pieces: 800...2400, seed: 11)
        for text in inputs {
            #expect(SearchIndex.clipped(text) == SearchIndex.characterClipped(text), "\(text.prefix(40).debugDescription)")
        }
    }

    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 12_345, 4_294_967_295, Int.max, -1, -10, Int.min])
    func decimalsAreWrittenAsInterpolationWritesThem(number: Int) {
        var bytes: [UInt8] = Array("x".utf8)
        JSONText.appendDecimal(number, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x\(number)")
    }

    /// The document line as it was made before it was written into one buffer.
    static func referenceLine(_ document: SearchDocument) -> String {
        var fields = ["\"k\":\(JSONText.quoted(document.kind.rawValue))"]
        if let context = document.context { fields.insert("\"c\":\(JSONText.quoted(context))", at: 0) }
        fields.append("\"t\":\(JSONText.quoted(document.title))")
        fields.append("\"u\":\(JSONText.quoted(document.url))")
        fields.append("\"x\":\(JSONText.quoted(SearchIndex.characterClipped(document.text)))")
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// The stemmed words as they were counted before: a dictionary updated through defaults.
    static func referenceTerms(_ document: SearchDocument) -> [SearchTerm] {
        var found: [String: SearchTerm] = [:]
        for token in SearchTokens.scalarTokens(document.title) {
            found[token, default: SearchTerm(token: token, flags: 0, count: 0)].flags |= 1
        }
        for token in SearchTokens.scalarTokens(document.context ?? "") {
            found[token, default: SearchTerm(token: token, flags: 0, count: 0)].flags |= 2
        }
        for token in SearchTokens.scalarTokens(SearchIndex.characterClipped(document.text)) {
            var term = found[token, default: SearchTerm(token: token, flags: 0, count: 0)]
            term.count = min(term.count + 1, 5)
            found[token] = term
        }
        return found.values.sorted { $0.token < $1.token }
    }

    /// A posting list's entry as it was made before: interpolated and joined strings.
    static func referenceFragment(_ token: String, _ list: [Posting], titles: inout Set<Int>) -> String {
        var result = "["
        var previous = 0
        for (index, posting) in list.enumerated() {
            if index > 0 { result += "," }
            result += "\(posting.document - previous),\(posting.count * 4 + posting.flags)"
            previous = posting.document
            if posting.flags & 1 != 0 { titles.insert(posting.document) }
        }
        return JSONText.quoted(token) + ":" + result + "]"
    }

    @Test func documentLinesTermsAndPostingsMatchTheirReferences() {
        let words = Self.texts(count: 300, pieces: 1...3, seed: 21)
        let texts = Self.texts(count: 120, pieces: 20...1500, seed: 22)
        var documents: [SearchDocument] = []
        for (number, text) in texts.enumerated() {
            let document = SearchDocument(
                kind: number % 7 == 0 ? .faq : .lesson, title: words[number] + " running boxes",
                context: number % 3 == 0 ? nil : words[number + 100] + " probabilities",
                url: "lessons/l\(number).html#s-\(number)", text: text + " functions vanishing " + text)
            #expect(document.indexLine == Self.referenceLine(document))
            #expect(document.indexTerms == Self.referenceTerms(document))
            documents.append(document)
        }
        let postings = Postings(documents: documents)
        #expect(Set(postings.byKey.values.flatMap { $0 }) == Set(postings.byToken.keys))
        for (token, list) in postings.byToken {
            #expect(postings.byKey[SearchTokens.key(of: token)]?.contains(token) == true)
            var titles = Set<Int>(), referenceTitles = Set<Int>()
            #expect(SearchIndex.fragment(token, list, titles: &titles) == Self.referenceFragment(token, list, titles: &referenceTitles))
            #expect(titles == referenceTitles)
        }
    }
}
