import Activations
import Diagnostics

/// Reads `content/glossary.md`: one `## Term` section per entry, optional first lines
/// `aliases: a, b` and `see: function`, then the definition in Markdown.
///
/// Reports duplicate terms or aliases, `see:` names the library does not know, and empty
/// definitions, each at the author's line and column.
package struct GlossaryParser: Sendable {
    private let registry: Registry

    /// Creates a parser that checks `see:` names against `registry`.
    package init(registry: Registry = .standard) {
        self.registry = registry
    }

    /// The entries of `source`, sorted, and the problems found.
    package func parse(_ source: SourceText) -> (Glossary, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [GlossaryEntry] = []
        var firstUse: [String: SourceRange] = [:]
        var slugs: Set<String> = []

        for section in HeadingSections.sections(of: source) {
            let headingRange = SourceRange(start: SourceLocation(file: source.file, line: section.line, column: 4),
                                           length: max(section.title.count, 1))
            guard !section.title.isEmpty else {
                diagnostics.append(.error(Codes.glossaryEmptyTerm, "glossary heading has no term",
                                          at: SourceRange(start: SourceLocation(file: source.file, line: section.line, column: 1), length: 2)))
                continue
            }
            var aliases: [(name: String, range: SourceRange)] = []
            var see: String?
            var definitionStart = section.line + 1
            // Field lines come first (blank lines between them are fine); the definition follows.
            fieldLoop: for lineNumber in (section.line + 1)..<section.end {
                let text = String(source.line(lineNumber) ?? "")
                if text.extrasTrimmed.isEmpty { definitionStart = lineNumber + 1; continue }
                guard let field = Self.field(text) else { break fieldLoop }
                definitionStart = lineNumber + 1
                let valueColumn = field.valueColumn
                switch field.key {
                case "aliases":
                    var column = valueColumn
                    for piece in field.value.split(separator: ",", omittingEmptySubsequences: false) {
                        let lead = piece.prefix { $0 == " " }.count
                        let name = String(piece).extrasTrimmed
                        if !name.isEmpty {
                            aliases.append((name, SourceRange(start: SourceLocation(file: source.file, line: lineNumber, column: column + lead), length: name.count)))
                        }
                        column += piece.count + 1
                    }
                case "see":
                    let name = field.value.extrasTrimmed
                    let range = SourceRange(start: SourceLocation(file: source.file, line: lineNumber, column: valueColumn), length: max(name.count, 1))
                    // A derivative's name (`sigmoid_prime`) points at its function's entry.
                    if let function = registry.function(named: name) ?? registry.function(withDerivativeNamed: name) {
                        see = function.name
                    } else {
                        let suggestion = Suggestion.closest(to: name, among: registry.functions.flatMap { [$0.name] + $0.aliases })
                        diagnostics.append(.error(Codes.glossaryUnknownFunction, "'see:' names '\(name)', which is not a library function",
                                                  at: range, notes: [DiagnosticNote(suggestion.map(Suggestion.note)
                                                      ?? "see library.html for the functions the library defines")]))
                    }
                default:
                    break fieldLoop
                }
            }
            let definitionLines = definitionStart < section.end ? Array(definitionStart..<section.end) : []
            let definition = definitionLines.map { String(source.line($0) ?? "") }.joined(separator: "\n").extrasTrimmed
            if definition.isEmpty {
                diagnostics.append(.error(Codes.glossaryEmptyDefinition, "glossary term '\(section.title)' has no definition",
                                          at: headingRange, notes: [DiagnosticNote("write the definition under the heading")]))
            }

            // Every name (term and aliases) must be unique across the glossary.
            var duplicate = false
            for (name, range) in [(section.title, headingRange)] + aliases.map({ ($0.name, $0.range) }) {
                let key = Glossary.key(name)
                if let first = firstUse[key] {
                    duplicate = duplicate || range == headingRange
                    diagnostics.append(.error(Codes.glossaryDuplicateTerm, "'\(name)' is already defined in the glossary",
                                              at: range, notes: [DiagnosticNote("first defined here", range: first)]))
                } else {
                    firstUse[key] = range
                }
            }
            guard !duplicate else { continue }

            var slug = Slug.make(section.title, fallback: "term")
            var suffix = 2
            while slugs.contains(slug) { slug = Slug.make(section.title, fallback: "term") + "-\(suffix)"; suffix += 1 }
            slugs.insert(slug)

            entries.append(GlossaryEntry(
                term: section.title, slug: slug, aliases: aliases.map(\.name), see: see,
                definition: definition,
                definitionSource: HeadingSections.excerpt(source, lines: definitionStart..<max(definitionStart, section.end)),
                range: headingRange))
        }
        return (Glossary(entries: entries), diagnostics)
    }

    /// `key: value` at the start of a line, for the field names sections may start with.
    static func field(_ line: String) -> (key: String, value: String, valueColumn: Int)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon])
        guard ["aliases", "see"].contains(key) else { return nil }
        let rest = line[line.index(after: colon)...]
        let lead = rest.prefix { $0 == " " || $0 == "\t" }.count
        return (key, String(rest.dropFirst(lead)), key.count + 2 + lead)
    }
}
