import Testing
@testable import CourseSite

/// `HTMLPlainText.collapse` reads bytes when every scalar stands alone; the reference is the
/// split on `Character.isWhitespace` it replaced.
@Suite struct CollapseTests {
    static func reference(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(arguments: [
        "", " ", "  a  b\t\tc\n", "a\r\nb\rc\u{0B}d\u{0C}e", "x\u{A0}y\u{2009}z\u{3000}w\u{1680}v\u{205F}u\u{202F}t",
        "α − β → ∑ “quoted” — dash", "e\u{301} \u{301}x", "a \u{200D} b", "a\u{2028}b\u{2029}c\u{85}d",
        "가 나", "𝑥 𝑦\t𝑧", "\u{1F1E6}\u{1F1E8} flag", "tab\u{9}end ", "\u{2061}f\u{2062}x",
    ])
    func collapsesAsCharactersDo(_ text: String) {
        #expect(HTMLPlainText.collapse(text) == Self.reference(text))
    }

    @Test func collapseJoinsWordsWithOneSpace() {
        #expect(HTMLPlainText.collapse(" one\n\n two\u{A0}three ") == "one two three")
    }
}

/// `HTML.escape` reads bytes unless a special character touches a non-ASCII scalar; the
/// reference is the escape by `Character` it replaced.
@Suite struct EscapeTests {
    @Test(arguments: [
        "", "plain", "a < b && c > d", "\"quoted\" and 'single'", "<\u{338} stays one character", "&\u{301}x",
        "é<ß", "α & β", "x<y>z&'\"", "\r\n&\r\n", "no specials: ∑ → ∞", "\u{600}&",
    ])
    func escapesAsCharactersDo(_ text: String) {
        #expect(HTML.escape(text) == HTML.escapeCharacters(text))
    }

    @Test func escapesTheFiveCharacters() {
        #expect(HTML.escape("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }
}

/// `SearchTokens.of` lowers each scalar as it reads; the reference lowers the whole text first,
/// as it did before.
@Suite struct SearchTokensLoweringTests {
    static func reference(_ text: String) -> [String] {
        var tokens: [String] = []
        var word: [UInt16] = []
        for scalar in text.lowercased().unicodeScalars {
            if SearchTokens.isWordScalar(scalar) {
                UTF16.encode(scalar) { word.append($0) }
            } else if !word.isEmpty {
                tokens.append(String(decoding: SearchTokens.stem(word), as: UTF16.self))
                word = []
            }
        }
        if !word.isEmpty { tokens.append(String(decoding: SearchTokens.stem(word), as: UTF16.self)) }
        return tokens
    }

    @Test(arguments: [
        "", "The Sigmoid Squashes INPUTS", "ΣΟΦΟΣ σοφός Σ", "İstanbul DİYARBAKIR", "Ⅻ Ⓐ ǅ ẞ ﬃ",
        "x² + 𝐀𝐁 − ∑ Δw_i", "Ωmega and ohm Ω", "ÉLAN élan", "ReLU's kinked-at-0 slope",
    ])
    func tokensAsLoweringFirst(_ text: String) {
        #expect(SearchTokens.of(text) == Self.reference(text))
    }
}
