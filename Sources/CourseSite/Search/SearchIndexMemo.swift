import CourseKit

/// What the last write of a `SearchIndex` made, kept by `IncrementalSite` so that the next
/// write encodes again only the files an edit can change (issue 15: re-encoding all 210 files
/// of the 1,000-lesson course's index was most of a save's cost).
///
/// A write compares the new documents with the kept ones position by position (kept documents
/// share their storage, so an unchanged one compares in a few instructions). When the number of
/// documents differs, or most of them changed, everything is made again. Otherwise only the
/// changed positions matter:
/// - the posting lists of the words whose entry for such a document differs (present in only
///   one version, other flags or count, or in a changed title) are updated, and only those
///   words are encoded again;
/// - the term shards are laid out again from each key's encoded length (cheap, and a grown
///   list can move a shard's boundary), and a shard is written again when its run of keys
///   changed or it holds one of those words;
/// - a document shard is written again when it holds a changed position, the table when the
///   key→shard map or the kinds' ranges changed.
///
/// The files are byte for byte those of `SearchIndex.write` (`SearchIndexMemoTests`,
/// `IncrementalCourseTests`). Not shared between tasks.
package struct SearchIndexMemo {
    /// One word's entry of a term shard and the documents whose title holds the word.
    private struct Fragment {
        var text: String
        var titles: [Int]
    }

    private var index: SearchIndex?
    private var postings: [String: [Posting]] = [:]
    private var fragments: [String: Fragment] = [:]
    /// The words under each key, sorted.
    private var tokensByKey: [String: [String]] = [:]
    /// The bytes of each key's fragments joined by `,\n`.
    private var keyBytes: [String: Int] = [:]
    private var sortedKeys: [String] = []
    /// The keys of each term shard.
    private var termShards: [[String]] = []
    private var table = ""

    /// Creates an empty memo: its first write makes every file.
    package init() {}

    /// Calls `emit` for every file of `index` that may differ from the last write's (every file
    /// the first time) and returns the paths of all the index's files, so the caller can keep
    /// the others' bytes and drop files the index no longer has.
    package mutating func write(_ index: SearchIndex,
                                _ emit: (String, String) throws(LecternError) -> Void) throws(LecternError) -> [String] {
        var changedKeys: Set<String>?
        var changedDocumentShards: Set<Int>?
        if let old = self.index, old.documents.count == index.documents.count, old.termShardBytes == index.termShardBytes {
            let changed = Self.changedPositions(old.documents, index.documents)
            if changed.count * 4 <= index.documents.count {
                changedKeys = update(from: old.documents, to: index.documents, at: changed)
                changedDocumentShards = Set(changed.map { $0 / SearchIndex.documentsPerShard })
            }
        }
        if changedKeys == nil { rebuild(index.documents) }
        self.index = index

        var paths: [String] = []
        var terms: [(key: String, shard: Int)] = []
        let layout = termLayout()
        for (number, keys) in layout.enumerated() {
            let path = SearchIndex.termShardPath(number)
            paths.append(path)
            for key in keys { terms.append((key, number)) }
            if let changedKeys, number < termShards.count, termShards[number] == keys,
               !keys.contains(where: changedKeys.contains) { continue }
            try emit(path, termShard(number, keys: keys, in: index))
        }
        termShards = layout
        let table = index.table(terms: terms)
        paths.append(SearchPage.indexPath)
        if changedKeys == nil || table != self.table { try emit(SearchPage.indexPath, table) }
        self.table = table
        for number in 0..<index.documentShardCount {
            let path = SearchIndex.documentShardPath(number)
            paths.append(path)
            if let changedDocumentShards, !changedDocumentShards.contains(number) { continue }
            try emit(path, index.documentShard(number))
        }
        return paths
    }

    /// The positions where `new` differs from `old` (same count) in what the files show: the
    /// encoded line, the stemmed words, the title (term shards list titles) and the kind (the
    /// table's ranges). Compared field by field in place: copying each document out of the
    /// arrays costs more than comparing it, as kept documents share their storage.
    private static func changedPositions(_ old: [SearchDocument], _ new: [SearchDocument]) -> [Int] {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                new.indices.filter { number in
                    old[number].indexLine != new[number].indexLine || old[number].indexTerms != new[number].indexTerms
                        || old[number].title != new[number].title || old[number].kind != new[number].kind
                }
            }
        }
    }

    /// Everything from `documents`.
    private mutating func rebuild(_ documents: [SearchDocument]) {
        let all = Postings(documents: documents)
        postings = all.byToken
        tokensByKey = all.byKey.mapValues { $0.sorted() }
        fragments = [:]
        fragments.reserveCapacity(postings.count)
        for (token, list) in postings { fragments[token] = Self.fragment(token, list) }
        keyBytes = [:]
        for key in tokensByKey.keys { measure(key) }
        sortedKeys = tokensByKey.keys.sorted()
        termShards = []
        table = ""
    }

    /// Updates the posting lists and fragments of the words of the documents at `changed`
    /// (ascending), old and new; returns the keys of those words.
    private mutating func update(from old: [SearchDocument], to new: [SearchDocument], at changed: [Int]) -> Set<String> {
        var isChanged = [Bool](repeating: false, count: new.count)
        for number in changed { isChanged[number] = true }
        var added: [String: [Posting]] = [:]
        for number in changed {
            for term in new[number].indexTerms {
                added[term.token, default: []].append(Posting(document: number, flags: term.flags, count: term.count))
            }
        }
        var tokens = Set<String>()
        for number in changed { Self.differingTokens(old[number], new[number], into: &tokens) }
        var keys = Set<String>()
        for token in tokens {
            let key = SearchTokens.key(of: token)
            keys.insert(key)
            let kept = (postings[token] ?? []).filter { !isChanged[$0.document] }
            let list = Self.merge(kept, added[token] ?? [])
            let wasListed = postings[token] != nil
            if list.isEmpty {
                postings[token] = nil
                fragments[token] = nil
                if wasListed { tokensByKey[key]?.removeAll { $0 == token } }
            } else {
                postings[token] = list
                fragments[token] = Self.fragment(token, list)
                if !wasListed { Self.insertSorted(token, into: &tokensByKey[key, default: []]) }
            }
        }
        for key in keys {
            if tokensByKey[key]?.isEmpty ?? true {
                tokensByKey[key] = nil
                keyBytes[key] = nil
            } else {
                measure(key)
            }
        }
        if keys.contains(where: { (tokensByKey[$0] == nil) == sortedKeyIndex($0).found }) {
            sortedKeys = tokensByKey.keys.sorted()
        }
        return keys
    }

    /// The words whose posting for a document changes when `old` becomes `new` at the same
    /// number: words with other flags or counts, words only one has, and, when the title
    /// changed, the title's words (their shards list the title).
    private static func differingTokens(_ old: SearchDocument, _ new: SearchDocument, into tokens: inout Set<String>) {
        let titleChanged = old.title != new.title
        // Both lists are sorted by word (`Postings.terms(of:)`).
        let (before, after) = (old.indexTerms, new.indexTerms)
        var (i, j) = (0, 0)
        while i < before.count || j < after.count {
            if j == after.count || (i < before.count && before[i].token < after[j].token) {
                tokens.insert(before[i].token)
                i += 1
            } else if i == before.count || after[j].token < before[i].token {
                tokens.insert(after[j].token)
                j += 1
            } else {
                if before[i] != after[j] || (titleChanged && (before[i].flags | after[j].flags) & 1 != 0) {
                    tokens.insert(after[j].token)
                }
                i += 1
                j += 1
            }
        }
    }

    /// The term shards' keys: keys in sorted order, a shard closed once its body reaches
    /// `termShardBytes`, as `SearchIndex.write` closes them.
    private func termLayout() -> [[String]] {
        guard let limit = index?.termShardBytes else { return [] }
        var shards: [[String]] = []
        var current: [String] = []
        var bytes = 0
        for key in sortedKeys {
            if bytes > 0 { bytes += 2 }
            bytes += keyBytes[key] ?? 0
            current.append(key)
            if bytes >= limit {
                shards.append(current)
                current = []
                bytes = 0
            }
        }
        if !current.isEmpty { shards.append(current) }
        return shards
    }

    /// Term shard `number` holding `keys`, from the kept fragments.
    private func termShard(_ number: Int, keys: [String], in index: SearchIndex) -> String {
        var body = ""
        var titles = Set<Int>()
        for key in keys {
            for token in tokensByKey[key] ?? [] {
                guard let fragment = fragments[token] else { continue }
                if !body.isEmpty { body += ",\n" }
                body += fragment.text
                titles.formUnion(fragment.titles)
            }
        }
        return index.termShard(number, body: body, titles: titles)
    }

    /// Records the length of `key`'s body: its fragments and the `,\n` between them.
    private mutating func measure(_ key: String) {
        let tokens = tokensByKey[key] ?? []
        keyBytes[key] = tokens.reduce(2 * max(tokens.count - 1, 0)) { $0 + (fragments[$1]?.text.utf8.count ?? 0) }
    }

    private func sortedKeyIndex(_ key: String) -> (index: Int, found: Bool) {
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return (low, low < sortedKeys.count && sortedKeys[low] == key)
    }

    private static func fragment(_ token: String, _ list: [Posting]) -> Fragment {
        var titles = Set<Int>()
        let text = SearchIndex.fragment(token, list, titles: &titles)
        return Fragment(text: text, titles: titles.sorted())
    }

    /// Two posting lists in document order, merged.
    private static func merge(_ first: [Posting], _ second: [Posting]) -> [Posting] {
        first.mergedSorted(with: second) { $0.document < $1.document }
    }

    private static func insertSorted(_ token: String, into tokens: inout [String]) {
        let position = tokens.firstIndex { $0 > token } ?? tokens.endIndex
        tokens.insert(token, at: position)
    }
}
