import Testing
@testable import CourseSite

/// The search path's hand-written scalar tables (issue 13) stand in for Unicode property look-ups;
/// each is held to the standard library's properties over every scalar, so a wrong range or a
/// toolchain with another Unicode version fails here instead of changing the index.
@Suite struct ScalarTablesTests {
    /// Every Unicode scalar value (surrogates have none).
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func whiteSpaceTableIsTheWhiteSpaceProperty() {
        var listed = 0
        for scalar in Self.allScalars {
            let expected = Character(scalar).isWhitespace
            #expect(WhiteSpaceScalars.contains(scalar.value) == expected, "U+\(String(scalar.value, radix: 16))")
            if expected { listed += 1 }
        }
        // The property's size, counted independently of the table: a change of Unicode shows here.
        #expect(listed == 25)
    }

    @Test func knownWordnessAgreesWithLowercaseAndCategory() {
        var known = 0
        for scalar in Self.allScalars {
            guard let isWord = ByteSearchTokens.knownWordness(scalar.value) else { continue }
            known += 1
            #expect(scalar.properties.lowercaseMapping == String(scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(SearchTokens.isWordScalar(scalar) == isWord, "U+\(String(scalar.value, radix: 16))")
        }
        // 25 Greek small letters, × and ÷, 112 punctuation and 624 arrows to technical symbols.
        #expect(known == 25 + 2 + 0x70 + (0x2400 - 0x2190))
    }

    @Test func mathTextTokensMatchTheScalarPath() {
        let texts = [
            "σ(x) ≤ 1 − ε", "α·β → γ", "x×y÷z", "Σαβγ", "ΑΒΓ ασ", "naïve café ≥ 2", "a\u{2009}b\u{202F}c", "ⁱ⁰ ₁",
            "∑ᵢ wᵢxᵢ", "⌈x⌉ + ⌊y⌋", "ℝⁿ → ℝ", "𝑥²", "µm ª º ½", "λ-calculus", "ϕ ϑ ς",
        ]
        for text in texts {
            #expect(ByteSearchTokens.of(text) == SearchTokens.scalarTokens(text), "\(text)")
        }
    }

    @Test func collapseTreatsEveryWhiteSpaceScalarAsASpace() {
        let spaces = Self.allScalars.filter { WhiteSpaceScalars.contains($0.value) && $0 != "\r" }
        let text = "a" + spaces.map { String($0) + "b" }.joined() + String(spaces.map(Character.init))
        #expect(HTMLPlainText.collapse(text) == "a" + String(repeating: " b", count: spaces.count))
    }
}
