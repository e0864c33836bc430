import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// `SearchIndexMemo` must write exactly the files a fresh `SearchIndex.write` writes after any
/// change of the documents, while encoding again only the files the change can touch.
@Suite struct SearchIndexMemoTests {
    /// The index files as `IncrementalSite` keeps them: the emitted files replace the kept ones,
    /// files the index no longer has are dropped.
    private struct KeptIndex {
        var memo = SearchIndexMemo()
        var files: [String: String] = [:]
        /// The files the last write emitted.
        var emitted: Set<String> = []
        /// The files whose bytes the last write changed or added.
        var changed: Set<String> = []

        mutating func write(_ documents: [SearchDocument]) throws {
            var emitted: Set<String> = []
            var files = self.files
            let paths = try memo.write(SearchIndex(documents: documents, termShardBytes: 8_000)) {
                (path: String, text: String) throws(LecternError) in
                files[path] = text
                emitted.insert(path)
            }
            let previous = self.files
            self.files = files.filter { paths.contains($0.key) }
            self.emitted = emitted
            changed = Set(self.files.filter { previous[$0.key] != $0.value }.keys)
        }
    }

    /// Writes `documents` through `kept` and checks the files against a fresh full write.
    private func expectSameAsFullWrite(_ kept: inout KeptIndex, _ documents: [SearchDocument],
                                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        try kept.write(documents)
        let full = try WrittenIndex(SearchIndex(documents: documents, termShardBytes: 8_000)).files
        #expect(Set(kept.files.keys) == Set(full.keys), sourceLocation: sourceLocation)
        for (path, text) in full where kept.files[path] != text {
            Issue.record("\(path) differs from the full write's", sourceLocation: sourceLocation)
        }
    }

    private func termShards(_ paths: Set<String>) -> [String] {
        paths.filter { $0.hasPrefix(SearchIndex.shardFolder + "/t") }.sorted()
    }

    @Test func everyKindOfEditGivesTheFullWritesBytes() throws {
        var documents = SearchShardTests.corpus()
        var kept = KeptIndex()
        try expectSameAsFullWrite(&kept, documents)
        let shardCount = termShards(Set(kept.files.keys)).count
        #expect(shardCount > 10 && kept.emitted == Set(kept.files.keys), "the first write makes every file")

        // Nothing changed: nothing written.
        try expectSameAsFullWrite(&kept, documents)
        #expect(kept.emitted.isEmpty)

        // One document's text, with words other documents share: its document shard and the
        // term shards of its old and new words, not the rest.
        let sorted = SearchIndex(documents: documents).documents
        let target = try #require(documents.firstIndex { $0.url == sorted[100].url })
        let shared = documents[7].text.split(separator: " ").prefix(3).joined(separator: " ")
        documents[target].text = shared + " " + documents[target].text.split(separator: " ").dropFirst(5).joined(separator: " ")
        try expectSameAsFullWrite(&kept, documents)
        #expect(kept.emitted.contains("\(SearchIndex.shardFolder)/d3.js"))
        #expect(kept.emitted.filter { $0.hasPrefix(SearchIndex.shardFolder + "/d") }.count == 1)
        // Exactly the files whose bytes changed were made again: a term shard holding one of
        // the eight words, or one whose boundary moved when a list grew.
        #expect(kept.emitted == kept.changed)
        #expect(termShards(kept.emitted).count < shardCount)

        // A word no document had (a new key, so the table changes), then its removal.
        documents[target].text += " qqqzzzunheard"
        try expectSameAsFullWrite(&kept, documents)
        #expect(kept.emitted.contains(SearchPage.indexPath))
        documents[target].text = documents[target].text.replacingOccurrences(of: " qqqzzzunheard", with: "")
        try expectSameAsFullWrite(&kept, documents)
        #expect(kept.emitted.contains(SearchPage.indexPath))

        // The same title words in capitals: no posting changes, but the shards listing the
        // title must show the new spelling.
        documents[target].title = documents[target].title.uppercased()
        try expectSameAsFullWrite(&kept, documents)
        #expect(!termShards(kept.emitted).isEmpty && kept.emitted == kept.changed)

        // A new title (the shards' title lists) and a new context.
        documents[target].title = "Quite another heading"
        documents[target + 1].context = "elsewhere"
        try expectSameAsFullWrite(&kept, documents)

        // Many more words in one document: posting lists grow, shard boundaries move.
        documents[target].text += " " + documents.prefix(60).map(\.title).joined(separator: " ")
        try expectSameAsFullWrite(&kept, documents)

        // A document moves in the sorted order (its URL), so positions shift between two places.
        documents[target].url = "lessons/l0000.html"
        try expectSameAsFullWrite(&kept, documents)

        // A kind change moves it across the kinds' ranges of the table.
        documents[target].kind = .faq
        try expectSameAsFullWrite(&kept, documents)

        // A document added, then one removed: the numbers shift, everything is made again.
        documents.append(SearchDocument(kind: .lesson, title: "Added", url: "lessons/zz.html", text: "one more document"))
        try expectSameAsFullWrite(&kept, documents)
        documents.remove(at: 3)
        try expectSameAsFullWrite(&kept, documents)

        // Most documents changed at once (a glossary edit re-checks every lesson).
        for number in documents.indices where number % 3 != 0 { documents[number].text += " common" }
        try expectSameAsFullWrite(&kept, documents)
    }

    @Test func randomEditsKeepTheFullWritesBytes() throws {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        var documents = SearchShardTests.corpus()
        let words = documents.flatMap { $0.text.split(separator: " ").map(String.init) }
        var kept = KeptIndex()
        try expectSameAsFullWrite(&kept, documents)
        for _ in 0..<30 {
            for _ in 0..<(1 + next(3)) {
                let number = next(documents.count)
                switch next(4) {
                case 0: documents[number].text = (0..<(5 + next(60))).map { _ in words[next(words.count)] }.joined(separator: " ")
                case 1: documents[number].title = words[next(words.count)] + " " + words[next(words.count)]
                case 2: documents[number].context = next(2) == 0 ? nil : words[next(words.count)]
                default: documents[number].text += " " + words[next(words.count)] + "x\(next(5))"
                }
            }
            try expectSameAsFullWrite(&kept, documents)
        }
    }
}
