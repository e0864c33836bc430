import Testing
@testable import CourseSite

/// `Postings` gathers its lists by word number (`TokenNumbers`, issue 13); the lists and the
/// shard keys' word sets must be those of one `String`-keyed dictionary look-up per occurrence,
/// on ASCII words, accented words in composed and decomposed spellings, Greek and math text.
@Suite struct PostingsReferenceTests {
    @Test func listsAreThoseOfTheStringDictionary() {
        let texts = ByteSearchPathsTests.texts(count: 300, pieces: 1...30, seed: 23)
            + ["caf\u{E9} cafe\u{301} CAF\u{C9}", "σ ≤ α·β σ", "running runs ran", "\u{212A}elvin kelvin"]
        let documents = texts.enumerated().map { number, text in
            SearchDocument(kind: .lesson, title: number % 4 == 0 ? "caf\u{E9} title \(number % 7)" : "Title \(number % 5)",
                           context: number % 3 == 0 ? "cafe\u{301} context" : nil, url: "l\(number).html", text: text)
        }
        var referenceLists: [String: [(Int, Int, Int)]] = [:]
        var referenceKeys: [String: Set<String>] = [:]
        for (number, document) in documents.enumerated() {
            for term in document.indexTerms {
                referenceLists[term.token, default: []].append((number, term.flags, term.count))
                referenceKeys[SearchTokens.key(of: term.token), default: []].insert(term.token)
            }
        }
        let postings = Postings(documents: documents)
        #expect(postings.byToken.count == referenceLists.count)
        #expect(postings.byKey == referenceKeys)
        for (token, reference) in referenceLists {
            let list = postings.byToken[token]?.map { ($0.document, $0.flags, $0.count) } ?? []
            #expect(list.elementsEqual(reference) { $0 == $1 }, "\(token.debugDescription)")
        }
        // The composed and decomposed spellings are one word, as `String` equality has them.
        #expect(postings.byToken.keys.filter { $0 == "caf\u{E9}" }.count == 1)
    }
}
