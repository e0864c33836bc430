import CourseKit

/// One thing search can find: a lesson section, a glossary term or an FAQ entry.
package struct SearchDocument: Sendable, Hashable {
    /// What the result is, shown as a label and used to break ranking ties.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case lesson, glossary, faq
    }

    /// Lesson section, glossary term or FAQ entry.
    package var kind: Kind { didSet { index() } }
    /// What ranks highest: the section heading, the term (with its aliases) or the question.
    package var title: String { didSet { index() } }
    /// Where it sits, shown under the title: the lesson title for a section.
    package var context: String? { didSet { index() } }
    /// Link relative to the site root (`lessons/relu.html#the-kink`).
    package var url: String { didSet { index() } }
    /// The plain text searched below the title.
    package var text: String {
        get { storedText }
        set { storedText = newValue; index() }
    }
    private var storedText: String

    /// The document's line of the index script (`SearchIndex.line(for:)`), made with the
    /// document and again when a field changes, so the documents `lectern serve` keeps for
    /// unchanged lessons are not encoded again on every save.
    package private(set) var indexLine = ""
    /// The document's stemmed words (`Postings.terms(of:)`), kept for the same reason.
    package private(set) var indexTerms: [SearchTerm] = []

    /// Creates a document.
    package init(kind: Kind, title: String, context: String? = nil, url: String, text: String) {
        self.kind = kind
        self.title = title
        self.context = context
        self.url = url
        self.storedText = text
        index()
    }

    /// This document with its text let go: the index is written from `indexLine` and
    /// `indexTerms` alone, and a build that does not keep its documents (unlike `lectern serve`)
    /// need not hold every lesson's text until the last shard is written (about 90 MB at
    /// 10,000 lessons, issue 13).
    package func droppingText() -> SearchDocument {
        var copy = self
        copy.storedText = ""
        return copy
    }

    private mutating func index() {
        let clipped = SearchIndex.clipped(text)
        indexLine = SearchIndex.line(for: self, clippedText: clipped)
        indexTerms = Postings.terms(of: self, clippedText: clipped)
    }
}

/// One stemmed word of a search document: where it occurs (flag 1 the title, 2 the context)
/// and how often in the text (counted up to 5).
package struct SearchTerm: Sendable, Hashable {
    var token: String
    // One byte each: every document keeps its terms, millions of them at 10,000 lessons, and
    // two `Int`s made each term a third larger (issue 13's memory target).
    private var flagBits: UInt8
    private var countBits: UInt8

    var flags: Int {
        get { Int(flagBits) }
        set { flagBits = UInt8(truncatingIfNeeded: newValue) }
    }
    var count: Int {
        get { Int(countBits) }
        set { countBits = UInt8(truncatingIfNeeded: newValue) }
    }

    init(token: String, flags: Int, count: Int) {
        self.token = token
        flagBits = UInt8(truncatingIfNeeded: flags)
        countBits = UInt8(truncatingIfNeeded: count)
    }

    /// A term not yet named, for a dictionary default that captures nothing.
    static let unnamed = SearchTerm(token: "", flags: 0, count: 0)

    /// Adds `flag`, naming the term `token`.
    mutating func flag(_ flag: Int, token: String) {
        if self.token.isEmpty { self.token = token }
        flags |= flag
    }

    /// Counts one more occurrence in the text, up to 5, naming the term `token`.
    mutating func countOnce(token: String) {
        if self.token.isEmpty { self.token = token }
        if count < 5 { count += 1 }
    }
}
