import Testing
@testable import CourseSite
@testable import CourseKit

/// The order of a document's terms and of merged lists does not depend on the shortcuts taken
/// to make it (eight-byte prefixes in `DocumentTerms`, bisection in `mergedSorted`).
@Suite struct SearchTermOrderTests {
    @Test func termsSharingLongPrefixesAndWordsOutsideASCIISortAsStrings() {
        // Words sharing their first eight bytes or more, a word that begins another, digits,
        // and a few words outside ASCII to merge in.
        let text = """
            differentiable differentiation differentiate different differ differentiability
            normalization normalizations normalize normalizer normal normally abcdefgh abcdefghi
            abcdefghij abcdefgg abcdefgi zzzzzzzzzz zzzzzzzzz 12345678 123456789 1234567 x y
            σ softmax ŷ λ ηta αβγ
            """
        let document = SearchDocument(kind: .lesson, title: "Differentiation", url: "l.html", text: text)
        let tokens = document.indexTerms.map(\.token)
        #expect(tokens == tokens.sorted())
        #expect(Set(tokens).count == tokens.count)
        #expect(tokens.contains("abcdefghij") && tokens.contains("abcdefgh") && tokens.contains("σ"))
        // The reference: every stemmed word once, sorted as strings.
        #expect(tokens == Array(Set(SearchTokens.of(text) + SearchTokens.of("Differentiation"))).sorted())
    }

    @Test func wordsOutsideASCIIStemAsTheScalarReference() {
        // Endings the stem strips and endings it leaves, on words holding scalars outside
        // ASCII (one outside the BMP); the byte path skips UTF-16 only for the second kind.
        let text = """
            σ ŷ λ η café cafés naïve naïveté crèmes crème résumés résumé zoë zoës
            façading façaded façadding plaïng plaïed ßs ßies ßsses ßshes 𝑥𝑥ing 𝑥ies 𝑥s 𝑥
            Ωmega ΣIGMAS ÉCOLES ÜBERLINGS ẞes ǅdz
            """
        #expect(ByteSearchTokens.of(text) == SearchTokens.scalarTokens(text))
        #expect(ByteSearchTokens.of(text).contains("café"))
    }

    @Test(arguments: [(0, 5), (3, 40), (5, 200), (50, 60), (1, 1), (7, 0), (0, 0)])
    func mergingGivesTheStableSortOfBoth(otherCount: Int, selfCount: Int) {
        var generator = SplitMix64(seed: UInt64(otherCount * 1_000 + selfCount))
        // Values with many ties, tagged with where they came from.
        let mine = (0..<selfCount).map { (value: Int(generator.next() % 30), origin: 1, index: $0) }
            .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
        let others = (0..<otherCount).map { (value: Int(generator.next() % 30), origin: 0, index: $0) }
            .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
        let merged = mine.mergedSorted(with: others) { $0.value < $1.value }
        // On a tie the other list's element first, each list in its own order.
        let reference = (mine + others).sorted { ($0.value, $0.origin, $0.index) < ($1.value, $1.origin, $1.index) }
        #expect(merged.map(\.value) == reference.map(\.value))
        #expect(merged.map(\.origin) == reference.map(\.origin))
        #expect(merged.map(\.index) == reference.map(\.index))
    }
}
