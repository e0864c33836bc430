import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct LessonSectionsTests {
    @Test func splitsAtSecondAndThirdLevelHeadingsKeepingTheirAnchors() {
        let (run, _, _) = runLesson("""
            Intro about *activations*.

            ## Why non-linearity?

            Stacked layers collapse.

            ### No two alike

            Text &amp; more.

            #### Deeper heading stays in the section

            Tail.
            """)
        let sections = SearchText.sections(of: run.lesson.document)
        #expect(sections.map(\.title) == [nil, "Why non-linearity?", "No two alike"])
        #expect(sections.map(\.anchor) == [nil, "why-non-linearity", "no-two-alike"])
        #expect(sections.map(\.text) == ["Intro about activations.", "Stacked layers collapse.",
                                          "Text & more. Deeper heading stays in the section Tail."])
    }

    @Test func formulasReadAsLinearTextAndExamplesAreLeftOut() {
        let (run, _, _) = runLesson("""
            The sigmoid is $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ and {= 1 + 1} is two.

            ```example
            >>> z = relu(-1)
            ```
            """)
        let text = SearchText.sections(of: run.lesson.document).map(\.text).joined()
        #expect(text == "The sigmoid is σ(z) = 1/(1 + e^(−z)) and 2 is two.")
    }
}

/// The search index of a whole course never gives a quiz's key away, in any of its files.
@Suite struct SearchIndexSecretsTests {
    @Test func noAnswerExplanationHintOrMarkReachesAnyShard() throws {
        let lesson = """
            ---
            title: Secrets
            ---

            ## Ask

            ```quiz
            Which word is visible?
            - [x] alphaoption
            - [ ] betaoption
            hint: gammahint
            check: true
            > deltaexplanation
            ```

            ```quiz
            How much is two?
            answer: 2.000
            check: 2
            > epsilonexplanation
            ```
            """
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n", lessons: ["a": lesson])
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        let (course, diagnostics) = CheckPass().run(parsed)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let site = try SiteRenderer().render(course, templates: try TemplateSet.load(from: Repository.templates))
        let indexFiles = site.files.filter { $0.key == SearchPage.indexPath || $0.key.hasPrefix(SearchIndex.shardFolder + "/") }
        #expect(indexFiles.count >= 3, "the table, a term shard and a document shard")
        let all = indexFiles.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        #expect(all.contains("Which word is visible?") && all.contains("How much is two?"))
        // The question's words are indexed as stemmed words, so the term shards are searched too.
        #expect(all.contains("\"visible\":"))
        for (path, data) in indexFiles {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["alphaoption", "betaoption", "gammahint", "deltaexplanation", "epsilonexplanation", "2.000", "check"] {
                #expect(!text.contains(secret), "\(secret) leaked into \(path)")
            }
        }
    }
}

/// The split index's files, read back.
struct WrittenIndex {
    var files: [String: String] = [:]

    init(_ index: SearchIndex) throws {
        var files: [String: String] = [:]
        try index.write { (path: String, text: String) throws(LecternError) in files[path] = text }
        self.files = files
    }

    /// The JSON a file registers: the table's object, or a shard's data.
    func json(_ path: String) throws -> Any {
        let text = try #require(files[path], "no \(path)")
        let start = try #require(text.firstIndex { $0 == "{" || $0 == "[" })
        let end = try #require(text.lastIndex { $0 == "}" || $0 == "]" })
        return try JSONSerialization.jsonObject(with: Data(text[start...end].utf8))
    }

    var table: [String: Any] { get throws { try #require(try json(SearchPage.indexPath) as? [String: Any]) } }

    /// The documents of every document shard, in order.
    func documents() throws -> [[String: String]] {
        var result: [[String: String]] = []
        for number in 0... {
            guard files["\(SearchIndex.shardFolder)/d\(number).js"] != nil else { break }
            let text = try #require(files["\(SearchIndex.shardFolder)/d\(number).js"])
            let start = try #require(text.range(of: ", [")).upperBound
            let end = try #require(text.range(of: "]);", options: .backwards)).lowerBound
            let array = "[" + text[start..<end] + "]"
            result += try #require(try JSONSerialization.jsonObject(with: Data(array.utf8)) as? [[String: String]])
        }
        return result
    }

    /// The words of a term shard and their posting lists (gap, count × 4 + flags pairs).
    func tokens(inShard number: Int) throws -> [String: [Int]] {
        let shard = try #require(try json("\(SearchIndex.shardFolder)/t\(number).js") as? [String: Any])
        return try #require(shard["tokens"] as? [String: [Int]])
    }
}

@Suite struct SearchIndexTests {
    private let documents = [
        SearchDocument(kind: .lesson, title: "ReLU", context: "Modern", url: "lessons/b.html#relu", text: "Zero below </script> zero."),
        SearchDocument(kind: .faq, title: "Where does softmax belong?", url: "faq.html#softmax", text: "For classes."),
        SearchDocument(kind: .glossary, title: "Sigmoid", url: "glossary.html#sigmoid", text: "S-curve"),
        SearchDocument(kind: .lesson, title: "Intro", url: "lessons/a.html", text: "Hello"),
    ]

    @Test func documentShardsHoldTheDocumentsSortedByKindAndURL() throws {
        let written = try WrittenIndex(SearchIndex(documents: documents))
        let shard = try #require(written.files["assets/search/d0.js"])
        #expect(shard.hasPrefix("/* Generated by lectern: a search index shard. */\nLECTERN_SEARCH_SHARD(\"d0\", [\n"))
        #expect(!shard.contains("</script>"))
        let lines = shard.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(lines.count == 4)
        #expect(lines[0] == "{\"k\":\"lesson\",\"t\":\"Intro\",\"u\":\"lessons/a.html\",\"x\":\"Hello\"},")
        #expect(lines[1] == "{\"c\":\"Modern\",\"k\":\"lesson\",\"t\":\"ReLU\",\"u\":\"lessons/b.html#relu\",\"x\":\"Zero below \\u003c/script\\u003e zero.\"},")
        #expect(lines[2].contains("\"k\":\"glossary\""))
        #expect(lines[3].contains("\"k\":\"faq\""))
        #expect(try written.documents()[1]["x"] == "Zero below </script> zero.")
        // The table says where each kind's documents are.
        let kinds = try #require(try written.table["kinds"] as? [[Any]])
        #expect(kinds.map { "\($0[0]) \($0[1]) \($0[2])" } == ["lesson 0 2", "glossary 2 3", "faq 3 4"])
    }

    @Test func postingsSayWhereAWordIsAndHowOften() throws {
        let written = try WrittenIndex(SearchIndex(documents: documents))
        let terms = try #require(try written.table["terms"] as? [String: Int])
        // "zero" is twice in ReLU's text (document 1); "modern" is its context; "relu" its title.
        let tokens = try written.tokens(inShard: try #require(terms["zer"]))
        #expect(tokens["zero"] == [1, 2 * 4])
        #expect(tokens["modern"] == [1, 2])
        #expect(tokens["relu"] == [1, 1])
        // "classes" is stemmed as the script stems it; the FAQ entry is document 3.
        #expect(tokens["class"] == [3, 4])
    }

    @Test func sameDocumentsInAnyOrderGiveTheSameBytes() throws {
        let forward = try WrittenIndex(SearchIndex(documents: documents))
        let backward = try WrittenIndex(SearchIndex(documents: documents.reversed()))
        #expect(forward.files == backward.files)
    }

    @Test func longTextIsClippedAtAWordBoundary() throws {
        let long = String(repeating: "word ", count: 1000)
        let written = try WrittenIndex(SearchIndex(documents: [SearchDocument(kind: .lesson, title: "T", url: "u", text: long)]))
        let text = try #require(try written.documents().first?["x"])
        #expect(text.count <= SearchIndex.maxTextLength)
        #expect(text.hasSuffix("word"))
    }

    @Test func stemmingFollowsTheScript() {
        // The cases of Tests/Browser/test_search.py's test_plural_stemming, plus the verb endings.
        let cases = ["functions": "function", "boxes": "box", "probabilities": "probability", "losses": "loss",
                     "loss": "loss", "relus": "relu", "gradients": "gradient", "matches": "match", "relu": "relu",
                     "vanishing": "vanish", "vanished": "vanish", "running": "run", "bed": "bed", "bias": "bia"]
        for (word, stem) in cases {
            #expect(SearchTokens.of(word) == [stem], "\(word)")
        }
        #expect(SearchTokens.of("Softmax — the σ-function, 2nd ÉTAGE") == ["softmax", "the", "σ", "function", "2nd", "étage"])
    }

    @Test func theByteTokenizerCutsAndStemsAsTheScalarPath() {
        // Every stem rule and its boundary: too short a base, doubled letters kept and dropped,
        // "ss", "ies" at length 4 and 5, the five "-es" endings, digits, case, separators; then
        // scalars of two, three and four bytes, lowercase mappings of two scalars (İ), a
        // combining mark that splits a word, numbers outside ASCII, and stems in UTF-16.
        let ascii = "Running runner SITTING sing bed added fizzed falling ties lies ponies hiss hisses "
            + "buses bushes watches boxes buzzes gas gases xs abcs Probabilities x2 3D R2-D2 a_b "
            + "it's-ING   ed ing ings eds Loss LOSSES  trailing"
        let other = "naïve NAÏVES σ-function ÉTAGES Straße ẞ İstanbul ΣΊΣΥΦΟΣ x² 日本語 😀smile😀 ǄEMAL "
            + "ﬁles café's −z Ωmegas ДОМИНГ über-ing 𝐀𝐛 e\u{301}tudes"
        #expect(ByteSearchTokens.of(ascii) == SearchTokens.scalarTokens(ascii))
        #expect(ByteSearchTokens.of(ascii).count == 39)
        #expect(ByteSearchTokens.of(other) == SearchTokens.scalarTokens(other))
        #expect(ByteSearchTokens.of(other).contains("σ"))
        #expect(ByteSearchTokens.of("") == [])
        for word in (ascii + " " + other).split(separator: " ") {
            #expect(ByteSearchTokens.of(String(word)) == SearchTokens.scalarTokens(String(word)), "\(word)")
        }
    }
}

/// Many documents, many shards: every word is in the shard its key names, and the page loads
/// only the small table before the first query.
@Suite struct SearchShardTests {
    /// 400 documents over a vocabulary of generated words, each document 40 words long.
    static func corpus() -> [SearchDocument] {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let vocabulary = (0..<3000).map { _ in String((0..<(3 + next() % 8)).map { _ in letters[next() % 26] }) }
        return (0..<400).map { number in
            let words = (0..<40).map { _ in vocabulary[next() % vocabulary.count] }
            return SearchDocument(kind: number % 10 == 0 ? .glossary : .lesson, title: words[0..<3].joined(separator: " "),
                                  context: number % 2 == 0 ? words[3] : nil, url: "lessons/l\(number).html",
                                  text: words[4...].joined(separator: " "))
        }
    }

    @Test func everyWordIsInTheShardItsKeyNames() throws {
        let index = SearchIndex(documents: Self.corpus(), termShardBytes: 8_000)
        let written = try WrittenIndex(index)
        let terms = try #require(try written.table["terms"] as? [String: Int])
        let shardCount = Set(terms.values).count
        #expect(shardCount > 10)
        var shards: [Int: [String: [Int]]] = [:]
        for number in Set(terms.values) { shards[number] = try written.tokens(inShard: number) }
        for (number, document) in index.documents.enumerated() {
            let words = SearchTokens.of(document.title) + SearchTokens.of(document.context ?? "")
                + SearchTokens.of(SearchIndex.clipped(document.text))
            for word in Set(words) {
                let shard = try #require(terms[SearchTokens.key(of: word)], "no shard for \(word)")
                let list = try #require(shards[shard]?[word], "\(word) not in shard \(shard)")
                // Gaps add up to document numbers.
                var documentNumber = 0
                var found = false
                for pair in stride(from: 0, to: list.count, by: 2) {
                    documentNumber += list[pair]
                    if documentNumber == number { found = true }
                }
                #expect(found, "\(word) does not list document \(number)")
            }
        }
        // Each key is in exactly one shard, and no shard is far above the size asked for
        // (a single key's words are kept together).
        for number in 0..<shardCount {
            let bytes = try #require(written.files["\(SearchIndex.shardFolder)/t\(number).js"]).utf8.count
            #expect(bytes < 8_000 * 3, "t\(number) is \(bytes) bytes")
        }
    }

    @Test func thePageLoadsOnlyTheSmallTableBeforeTheFirstQuery() throws {
        let written = try WrittenIndex(SearchIndex(documents: Self.corpus(), termShardBytes: 8_000))
        let first = try #require(written.files[SearchPage.indexPath]).utf8.count
        let total = written.files.values.map(\.utf8.count).reduce(0, +)
        #expect(first * 4 < total, "table \(first) of \(total) bytes")
        #expect(first < 1_000_000)
        // The table holds no document text.
        let text = try #require(written.files[SearchPage.indexPath])
        #expect(!text.contains(Self.corpus()[7].text))
    }
}
