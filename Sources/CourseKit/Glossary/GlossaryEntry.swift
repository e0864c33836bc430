import Diagnostics

/// One term of `content/glossary.md`: its name, other names, the library function it relates
/// to, and its definition as Markdown.
package struct GlossaryEntry: Sendable {
    /// The term as the heading writes it (`ReLU`).
    package var term: String
    /// Fragment id on `glossary.html` (`relu`), unique within the glossary.
    package var slug: String
    /// Other names a `[[…]]` link may use (`rectified linear unit`).
    package var aliases: [String]
    /// The canonical name of the related library function (`see: sigmoid`), if any.
    package var see: String?
    /// The definition's Markdown, exactly as written.
    package var definition: String
    /// The definition's lines cut out of the glossary file, counting its lines
    /// (`SourceText.firstLine`), so a Markdown parser reports file positions for the definition.
    package var definitionSource: SourceText
    /// The heading's term text, for diagnostics about the entry.
    package var range: SourceRange

    /// The name used for sorting: lower case, accents folded (`Élan` sorts with `elan`).
    package var sortKey: String { Slug.folded(term) }

    /// The letter the term files under in the index (`#` for terms starting with a digit or
    /// symbol, or a letter outside A–Z).
    package var indexLetter: Character {
        guard let first = sortKey.first(where: { $0.isLetter || $0.isNumber }),
              first.isASCII, first.isLetter else { return "#" }
        return Character(first.uppercased())
    }
}
