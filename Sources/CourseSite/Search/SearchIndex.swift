import CourseKit

/// The search index written at build time, split so the search page loads little before the
/// first query and, after it, only the shards the query needs (issue 13: one 9.2 MB file at
/// 1,000 lessons).
///
/// - `assets/search-index.js`: the table of shards, loaded with the search page. It defines
///   the global `LECTERN_SEARCH_INDEX`: the number of documents, the document range of each
///   kind, the documents per document shard, and which term shard holds each key (the first
///   three characters of a stemmed word, `SearchTokens.key`).
/// - `assets/search/t<n>.js`: term shards, each a run of keys in sorted order, about
///   `termShardBytes` long: for every stemmed word, where it occurs (document, whether in the
///   title, whether in the context, how often in the text), and the titles of the documents
///   whose title has one of the shard's words (for the bonus a title equal to the query gets).
/// - `assets/search/d<n>.js`: document shards, `documentsPerShard` documents each: kind,
///   title, context, address and text, loaded only for the results shown.
///
/// Every file is a script calling a function `search.js` defines (`LECTERN_SEARCH_SHARD`),
/// so shards load through `<script>` elements, which work from `file://` where fetching
/// does not.
package struct SearchIndex: Sendable {
    /// The documents, sorted by kind, then URL, then title, so the files do not depend on
    /// the order pages were rendered.
    package let documents: [SearchDocument]

    /// Longest text kept per document; search results show an excerpt anyway.
    package static let maxTextLength = 3000
    /// Documents per document shard: a result page of 20 loads at most 20 small files.
    package static let documentsPerShard = 32
    /// The size after which a term shard is closed (a single key's words are never split).
    package let termShardBytes: Int
    /// Where the shards go, relative to the site root.
    package static let shardFolder = "assets/search"

    /// Sorts `documents` into their written order; `termShardBytes` is about 48 KB unless a
    /// test wants many shards from few documents.
    package init(documents: [SearchDocument], termShardBytes: Int = 48_000) {
        self.termShardBytes = termShardBytes
        // Sorted in place: the caller hands the array over, and moving a document costs less
        // than copying it into a new array (`lectern serve` sorts the whole index on each save).
        var sorted = documents
        sorted.sort { ($0.kind.rank, $0.url, $0.title) < ($1.kind.rank, $1.url, $1.title) }
        self.documents = sorted
    }

    /// Every file of the index with its site-relative path; `emit` is called once per file, as
    /// soon as it is complete, so the caller can write each before the next is made.
    /// (`SearchIndexMemo` makes the same files, re-encoding only what an edit changed.)
    package func write(_ emit: (String, String) throws(LecternError) -> Void) throws(LecternError) {
        let postings = Postings(documents: documents)
        var terms: [(key: String, shard: Int)] = []
        var shard = 0
        // The shard's body grows in one byte buffer: joining a string per word was a third of
        // writing the index (issue 13).
        var body: [UInt8] = []
        body.reserveCapacity(termShardBytes + termShardBytes / 2)
        var titles = Set<Int>()
        func close() throws(LecternError) {
            try emit(Self.termShardPath(shard), termShard(shard, body: String(decoding: body, as: UTF8.self), titles: titles))
            body.removeAll(keepingCapacity: true)
            titles = []
            shard += 1
        }
        for key in postings.byKey.keys.sorted() {
            for token in postings.byKey[key, default: []].sorted() {
                guard let list = postings.byToken[token] else { continue }
                if !body.isEmpty { body.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                Self.appendFragment(token, list, titles: &titles, to: &body)
            }
            terms.append((key, shard))
            if body.count >= termShardBytes { try close() }
        }
        if !body.isEmpty { try close() }
        try emit(SearchPage.indexPath, table(terms: terms))
        for number in 0..<documentShardCount {
            try emit(Self.documentShardPath(number), documentShard(number))
        }
    }

    /// The number of document shards.
    var documentShardCount: Int { (documents.count + Self.documentsPerShard - 1) / Self.documentsPerShard }

    /// Where term shard `number` goes.
    static func termShardPath(_ number: Int) -> String { "\(shardFolder)/t\(number).js" }

    /// Where document shard `number` goes.
    static func documentShardPath(_ number: Int) -> String { "\(shardFolder)/d\(number).js" }

    /// Term shard `number`: `body` (its words' entries, `fragment(_:_:titles:)`, joined by
    /// `,\n`) and the titles of the documents numbered in `titles`.
    func termShard(_ number: Int, body: String, titles: Set<Int>) -> String {
        let titleLines = titles.sorted().map { "\"\($0)\":\(JSONText.quoted(documents[$0].title))" }
        return Self.script("t\(number)", "{\"tokens\":{\n\(body)},\n\"titles\":{" + titleLines.joined(separator: ",\n") + "}}")
    }

    /// Document shard `number`: the index lines of its documents.
    func documentShard(_ number: Int) -> String {
        let start = number * Self.documentsPerShard
        let lines = documents[start..<min(start + Self.documentsPerShard, documents.count)].map(\.indexLine)
        return Self.script("d\(number)", "[\n" + lines.joined(separator: ",\n") + "]")
    }

    /// The table of shards, given the term shard of each key in sorted order.
    func table(terms: [(key: String, shard: Int)]) -> String {
        let kinds = SearchDocument.Kind.allCases.compactMap { kind -> String? in
            guard let first = documents.firstIndex(where: { $0.kind == kind }),
                  let last = documents.lastIndex(where: { $0.kind == kind }) else { return nil }
            return "[\(JSONText.quoted(kind.rawValue)),\(first),\(last + 1)]"
        }
        let table = "{\"count\":\(documents.count),\"documentsPerShard\":\(Self.documentsPerShard),\"kinds\":["
            + kinds.joined(separator: ",") + "],\"terms\":{\n"
            + terms.map { "\(JSONText.quoted($0.key)):\($0.shard)" }.joined(separator: ",\n") + "}}"
        return "/* Generated by lectern: the search index's table of shards. */\nvar LECTERN_SEARCH_INDEX = \(table);\n"
    }

    /// One word's entry in a term shard: the word and its posting list.
    static func fragment(_ token: String, _ list: [Posting], titles: inout Set<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count + 4 + list.count * 6)
        appendFragment(token, list, titles: &titles, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `fragment(token, list, titles:)` to `bytes`.
    static func appendFragment(_ token: String, _ list: [Posting], titles: inout Set<Int>, to bytes: inout [UInt8]) {
        JSONText.appendQuoted(token, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        encode(list, titles: &titles, to: &bytes)
    }

    /// A shard file: one call registering `data` under `name`.
    private static func script(_ name: String, _ data: String) -> String {
        "/* Generated by lectern: a search index shard. */\nLECTERN_SEARCH_SHARD(\"\(name)\", \(data));\n"
    }

    /// A posting list as JSON: document-number gaps, each followed by `count × 4 + flags`
    /// (flags: 1 in the title, 2 in the context); documents with the word in their title are
    /// added to `titles`.
    private static func encode(_ list: [Posting], titles: inout Set<Int>, to result: inout [UInt8]) {
        result.append(UInt8(ascii: "["))
        var previous = 0
        for (index, posting) in list.enumerated() {
            if index > 0 { result.append(UInt8(ascii: ",")) }
            JSONText.appendDecimal(posting.document - previous, to: &result)
            result.append(UInt8(ascii: ","))
            JSONText.appendDecimal(posting.count * 4 + posting.flags, to: &result)
            previous = posting.document
            if posting.flags & 1 != 0 { titles.insert(posting.document) }
        }
        result.append(UInt8(ascii: "]"))
    }

    /// One document as a JSON object with short keys (`c` context, `k` kind, `t` title,
    /// `u` URL, `x` text), keys in sorted order; each document keeps its own (`indexLine`).
    package static func line(for document: SearchDocument) -> String {
        line(for: document, clippedText: clipped(document.text))
    }

    /// `line(for:)` given `clipped(document.text)`, written into one buffer.
    static func line(for document: SearchDocument, clippedText: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(document.title.utf8.count + (document.context?.utf8.count ?? 0) + document.url.utf8.count
                              + clippedText.utf8.count + 48)
        func field(_ key: UInt8, _ value: String) {
            bytes.append(contentsOf: [UInt8(ascii: "\""), key, UInt8(ascii: "\""), UInt8(ascii: ":")])
            JSONText.appendQuoted(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "{"))
        if let context = document.context {
            field(UInt8(ascii: "c"), context)
            bytes.append(UInt8(ascii: ","))
        }
        field(UInt8(ascii: "k"), document.kind.rawValue)
        bytes.append(UInt8(ascii: ","))
        field(UInt8(ascii: "t"), document.title)
        bytes.append(UInt8(ascii: ","))
        field(UInt8(ascii: "u"), document.url)
        bytes.append(UInt8(ascii: ","))
        field(UInt8(ascii: "x"), clippedText)
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` cut to `maxTextLength` characters at a word boundary, so no half word is indexed.
    ///
    /// Text of at most `maxTextLength` bytes has at most as many characters and is kept without
    /// counting them; text whose every scalar is a character of its own is cut on its bytes.
    static func clipped(_ text: String) -> String {
        guard text.utf8.count > maxTextLength else { return text }
        var text = text
        let cut = text.withUTF8 { bytes -> Int? in
            guard StandAloneScalars.all(in: bytes) else { return nil }
            var scalars = 0
            var index = 0
            var lastSpace: Int?
            while index < bytes.count {
                if scalars == maxTextLength { return lastSpace ?? index }
                let lead = bytes[index]
                if lead == UInt8(ascii: " ") { lastSpace = index }
                index += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                scalars += 1
            }
            return bytes.count  // no more than `maxTextLength` characters
        }
        guard let cut else { return characterClipped(text) }
        return cut == text.utf8.count ? text : String(decoding: text.utf8.prefix(cut), as: UTF8.self)
    }

    /// `clipped` by `Character`: the reference the byte path is tested against.
    static func characterClipped(_ text: String) -> String {
        guard text.count > maxTextLength else { return text }
        let prefix = text.prefix(maxTextLength)
        let cut = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return String(prefix[..<cut])
    }
}

/// One word's occurrence in one document, packed in 32 bits (a 10,000-lesson course has
/// millions): the document number, then 3 bits of count and 2 of flags.
struct Posting: Sendable {
    private var bits: UInt32

    init(document: Int, flags: Int, count: Int) {
        bits = UInt32(document) << 5 | UInt32(count) << 2 | UInt32(flags)
    }

    /// The document's number in the index.
    var document: Int { Int(bits >> 5) }
    /// 1: in the title; 2: in the context.
    var flags: Int {
        get { Int(bits & 3) }
        set { bits = bits & ~3 | UInt32(newValue & 3) }
    }
    /// Occurrences in the text, at most 5 (the script counts no more).
    var count: Int {
        get { Int(bits >> 2 & 7) }
        set { bits = bits & ~(7 << 2) | UInt32(min(newValue, 5)) << 2 }
    }
}

/// The inverted index: for each stemmed word, the documents it occurs in, in document order.
struct Postings {
    /// Posting lists by stemmed word.
    var byToken: [String: [Posting]] = [:]
    /// The words under each shard key.
    var byKey: [String: Set<String>] = [:]

    init(documents: [SearchDocument]) {
        // The lists are gathered by word number, and each word is hashed as a `String` only
        // once, when the dictionaries are filled at the end.
        var numbers = TokenNumbers()
        var lists: [[Posting]] = []
        for (number, document) in documents.enumerated() {
            for term in document.indexTerms {
                let word = numbers.number(of: term.token)
                if word == lists.count { lists.append([]) }
                lists[word].append(Posting(document: number, flags: term.flags, count: term.count))
            }
        }
        byToken.reserveCapacity(lists.count)
        for (token, list) in zip(numbers.tokens, lists) {
            byToken[token] = list
            byKey[SearchTokens.key(of: token), default: []].insert(token)
        }
    }

    /// The stemmed words of `document`, each once, with its flags and count.
    static func terms(of document: SearchDocument) -> [SearchTerm] {
        terms(of: document, clippedText: SearchIndex.clipped(document.text))
    }

    /// `terms(of:)` given `SearchIndex.clipped(document.text)`.
    static func terms(of document: SearchDocument, clippedText: String) -> [SearchTerm] {
        var terms = DocumentTerms(expectedWords: (document.title.utf8.count + clippedText.utf8.count) / 8 + 8)
        terms.add(document.title, flag: 1)
        if let context = document.context { terms.add(context, flag: 2) }
        terms.add(clippedText, flag: 0)
        return terms.terms()
    }
}

private extension SearchDocument.Kind {
    /// The kind's place in the declaration order (`allCases`), the index's first sort key.
    var rank: Int {
        switch self {
        case .lesson: 0
        case .glossary: 1
        case .faq: 2
        }
    }
}
