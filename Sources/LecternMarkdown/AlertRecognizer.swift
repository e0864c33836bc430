import Diagnostics

/// Recognises GitHub alerts: a block quote whose first paragraph starts with `[!NOTE]`,
/// `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case). Lectern also accepts a
/// title after the marker on the same line (`> [!TIP] Tutor`). Any other `[!WORD]` leaves the
/// quote an ordinary block quote.
enum AlertRecognizer {
    /// A warning for a quote that starts like an alert with an unknown kind (`> [!NOTES]`),
    /// which stays a plain block quote.
    static func unknownMarker(in quote: BlockQuote<SourceStage>) -> Diagnostic? {
        guard case .paragraph(let paragraph)? = quote.blocks.first,
              case .text(let first)? = paragraph.inlines.first,
              first.text.hasPrefix("[!"),
              let close = first.text.firstIndex(of: "]") else { return nil }
        let word = String(first.text[first.text.index(first.text.startIndex, offsetBy: 2)..<close])
        guard !word.isEmpty, word.allSatisfy(\.isLetter), AlertKind(rawValue: word.lowercased()) == nil else {
            return nil
        }
        let known = AlertKind.allCases.map { $0.rawValue.uppercased() }
        var notes: [DiagnosticNote] = []
        if let suggestion = Suggestion.closest(to: word, among: known, limit: .edits(2)) {
            notes.append(DiagnosticNote(Suggestion.note("[!\(suggestion)]")))
        }
        return .warning(
            MarkdownCodes.unknownAlert,
            "unknown alert '[!\(word)]'; the kinds are NOTE, TIP, IMPORTANT, WARNING and CAUTION (the quote stays a plain quote)",
            at: SourceRange(start: first.range.start, length: word.count + 3),
            notes: notes
        )
    }

    static func alert(from quote: BlockQuote<SourceStage>) -> AlertNode<SourceStage>? {
        guard case .paragraph(let paragraph)? = quote.blocks.first,
              case .text(let first)? = paragraph.inlines.first,
              first.text.hasPrefix("[!"),
              let close = first.text.firstIndex(of: "]") else { return nil }
        let word = first.text[first.text.index(first.text.startIndex, offsetBy: 2)..<close]
        guard let kind = AlertKind(rawValue: word.lowercased()) else { return nil }
        let rest = first.text[first.text.index(after: close)...]
        if let next = rest.first, !next.isWhitespace { return nil }

        // The marker line: the rest of the first text plus inlines up to the first line break.
        var titleInlines: [Inline<SourceStage>] = []
        let restTrimmed = String(rest.drop(while: \.isWhitespace))
        if !restTrimmed.isEmpty {
            var text = first
            text.text = restTrimmed
            text.range.start.column = text.range.end.column - restTrimmed.count
            titleInlines.append(.text(text))
        }
        var remaining = Array(paragraph.inlines.dropFirst())
        while let inline = remaining.first, !inline.isBreak {
            titleInlines.append(inline)
            remaining.removeFirst()
        }
        if let first = remaining.first, first.isBreak { remaining.removeFirst() }
        titleInlines = trimTrailing(titleInlines)
        var blocks = Array(quote.blocks.dropFirst())
        if let start = remaining.first?.range.start {
            let range = SourceRange(start: start, end: paragraph.range.end)
            blocks.insert(.paragraph(Paragraph<SourceStage>(inlines: remaining, range: range)), at: 0)
        }
        return AlertNode<SourceStage>(
            kind: kind,
            title: titleInlines.isEmpty ? nil : titleInlines,
            blocks: blocks,
            range: quote.range
        )
    }

    private static func trimTrailing(_ inlines: [Inline<SourceStage>]) -> [Inline<SourceStage>] {
        var inlines = inlines
        if case .text(var last)? = inlines.last {
            let trimmed = String(last.text.reversed().drop(while: \.isWhitespace).reversed())
            inlines.removeLast()
            if !trimmed.isEmpty {
                last.text = trimmed
                inlines.append(.text(last))
            }
        }
        return inlines
    }
}

extension Inline {
    /// Whether the inline is a soft line break.
    var isSoftBreak: Bool {
        if case .softBreak = self { true } else { false }
    }

    /// Whether the inline is a soft or hard line break.
    var isBreak: Bool {
        switch self {
        case .softBreak, .lineBreak: true
        default: false
        }
    }
}
