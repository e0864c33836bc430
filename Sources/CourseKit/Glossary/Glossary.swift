import Diagnostics

/// The parsed glossary: entries in alphabetical order, looked up by term or alias, ignoring
/// case and runs of spaces.
package struct Glossary: Sendable {
    /// Entries sorted by term, case-insensitively.
    package let entries: [GlossaryEntry]
    private let byName: [String: Int]
    /// Each entry's index by slug: every glossary link on every page looks its entry up here,
    /// and a scan of the entries copied each one it passed (issue 13).
    private let bySlug: [String: Int]

    /// Sorts `entries` and indexes every term and alias; the first of two equal names wins (the parser reports the second).
    package init(entries: [GlossaryEntry]) {
        // Each sort key folded once, not in every comparison (half of parsing the glossary).
        let sorted = entries.map { (key: $0.sortKey, entry: $0) }
            .sorted { ($0.key, $0.entry.term) < ($1.key, $1.entry.term) }
            .map(\.entry)
        var byName: [String: Int] = [:]
        for (index, entry) in sorted.enumerated() {
            for name in [entry.term] + entry.aliases {
                byName[Self.key(name)] = byName[Self.key(name)] ?? index
            }
        }
        self.entries = sorted
        self.byName = byName
        // Slugs are unique (the parser makes them so); the first wins as the scan's did.
        var bySlug: [String: Int] = [:]
        for (index, entry) in sorted.enumerated() where bySlug[entry.slug] == nil {
            bySlug[entry.slug] = index
        }
        self.bySlug = bySlug
    }

    /// The entry a `[[target]]` link names, by term or alias.
    package func entry(for target: String) -> GlossaryEntry? {
        byName[Self.key(target)].map { entries[$0] }
    }

    /// The entry with fragment id `slug`.
    package func entry(slug: String) -> GlossaryEntry? {
        bySlug[slug].map { entries[$0] }
    }

    /// The error for a link whose target names no entry, at the link, with a "did you mean".
    package func unknownTerm(_ target: String, at range: SourceRange) -> Diagnostic {
        let names = entries.flatMap { [$0.term] + $0.aliases }
        let suggestion = Suggestion.closest(to: target.extrasTrimmed, among: names)
        let note = suggestion.map(Suggestion.note)
            ?? "add a '## \(target.extrasTrimmed)' section to content/glossary.md or link an existing term"
        return .error(Codes.glossaryUnknownTerm, "unknown glossary term '\(target.extrasTrimmed)'",
                      at: range, notes: [DiagnosticNote(note)])
    }

    /// A warning for every entry whose slug is not in `used` (no lesson links to it).
    package func unusedWarnings(used: Set<String>) -> [Diagnostic] {
        entries.filter { !used.contains($0.slug) }.map { entry in
            .warning(Codes.glossaryUnusedTerm, "glossary term '\(entry.term)' is not linked from any lesson",
                     at: entry.range, notes: [DiagnosticNote("link it with [[\(entry.term)]] or remove the entry")])
        }
    }

    /// The lookup key: lower case, inner runs of white space collapsed, ends trimmed.
    package static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        return name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// `key(_:)` of an ASCII name without carriage returns, on bytes: every link of every lesson
    /// is looked up, and lowering and splitting by `Character` cost more than the rest of the
    /// lookup. Nil for any other name (a `\r\n` is one `Character` that is no separator).
    private static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case 0x80..., UInt8(ascii: "\r"): return nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"): pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string without white space at either end (named for this module's extra pages to
    /// stay clear of other helpers' extensions).
    var extrasTrimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
