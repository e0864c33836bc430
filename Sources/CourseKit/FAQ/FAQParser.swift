import Diagnostics

/// Reads `content/faq.md`: one `## Question?` section per entry, an optional first line
/// `id: some-id`, then the answer in Markdown.
///
/// Reports duplicate ids, malformed ids and empty answers at the author's line and column.
package struct FAQParser: Sendable {
    /// Creates a parser.
    package init() {}

    /// The entries of `source` in file order and the problems found.
    package func parse(_ source: SourceText) -> (FAQ, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [FAQEntry] = []
        var firstUse: [String: SourceRange] = [:]
        for section in HeadingSections.sections(of: source) {
            let headingRange = SourceRange(start: SourceLocation(file: source.file, line: section.line, column: 4),
                                           length: max(section.title.count, 1))
            guard !section.title.isEmpty else {
                diagnostics.append(.error(Codes.faqEmptyQuestion, "FAQ heading has no question",
                                          at: SourceRange(start: SourceLocation(file: source.file, line: section.line, column: 1), length: 2)))
                continue
            }
            // A question with no letter a slug keeps (in Chinese, say) gets a hash of its text, so
            // that two of them do not share one id.
            var id = Slug.make(section.title, fallback: "")
            if id.isEmpty { id = "question-" + StableHash.hex(StableHash.fnv1a(section.title, as: UInt32.self)).prefix(6) }
            var idRange = headingRange
            var answerStart = section.line + 1
            // The optional `id:` line is the first non-blank line of the section.
            for lineNumber in (section.line + 1)..<max(section.end, section.line + 1) {
                let text = String(source.line(lineNumber) ?? "")
                if text.extrasTrimmed.isEmpty { continue }
                if text.hasPrefix("id:") {
                    let rest = text.dropFirst(3)
                    let lead = rest.prefix { $0 == " " || $0 == "\t" }.count
                    let written = String(rest).extrasTrimmed
                    idRange = SourceRange(start: SourceLocation(file: source.file, line: lineNumber, column: 4 + lead),
                                          length: max(written.count, 1))
                    if Self.isValidID(written) {
                        id = written
                    } else {
                        diagnostics.append(.error(Codes.faqBadId, "FAQ id '\(written)' must be lower-case letters, digits and hyphens",
                                                  at: idRange, notes: [DiagnosticNote("for example 'id: \(Slug.make(written, fallback: "my-question"))'")]))
                    }
                    answerStart = lineNumber + 1
                }
                break
            }
            let answerLines = answerStart < section.end ? Array(answerStart..<section.end) : []
            let answer = answerLines.map { String(source.line($0) ?? "") }.joined(separator: "\n").extrasTrimmed
            if answer.isEmpty {
                diagnostics.append(.error(Codes.faqEmptyAnswer, "FAQ question '\(section.title)' has no answer",
                                          at: headingRange, notes: [DiagnosticNote("write the answer under the question")]))
            }
            if let first = firstUse[id] {
                diagnostics.append(.error(Codes.faqDuplicateId, "FAQ id '\(id)' is already used by another question",
                                          at: idRange, notes: [DiagnosticNote("first used here", range: first),
                                                               DiagnosticNote("give one of them its own 'id:' line")]))
                continue
            }
            firstUse[id] = idRange
            entries.append(FAQEntry(question: section.title, id: id, answer: answer,
                                    answerSource: HeadingSections.excerpt(source, lines: answerStart..<max(answerStart, section.end)),
                                    range: headingRange))
        }
        return (FAQ(entries: entries), diagnostics)
    }

    /// Ids are used verbatim in URLs and HTML ids: `[a-z0-9]` runs joined by `-` or `_`.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter || first.isNumber else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
