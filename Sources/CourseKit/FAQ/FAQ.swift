import Diagnostics

/// The parsed FAQ: entries in file order, looked up by id.
package struct FAQ: Sendable {
    /// Entries in the order the file lists them.
    package let entries: [FAQEntry]
    private let byID: [String: Int]

    /// Indexes `entries` by id; the first of two entries with one id wins (the parser reports the second).
    package init(entries: [FAQEntry]) {
        self.entries = entries
        var byID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where byID[entry.id] == nil { byID[entry.id] = index }
        self.byID = byID
    }

    /// The entry with `id` (exact match: ids are what links and front matter use).
    package func entry(id: String) -> FAQEntry? {
        byID[id].map { entries[$0] }
    }

    /// The error for a lesson's `faq:` id that names no entry, at `range`, with a "did you mean".
    package func unknownID(_ id: String, at range: SourceRange?) -> Diagnostic {
        let suggestion = Suggestion.closest(to: id, among: entries.map(\.id))
        let note = suggestion.map(Suggestion.note)
            ?? (entries.isEmpty ? "content/faq.md has no entries" : "known ids: \(entries.map(\.id).joined(separator: ", "))")
        return .error(Codes.faqUnknownId, "unknown FAQ id '\(id)'", at: range, notes: [DiagnosticNote(note)])
    }
}
