import Diagnostics

/// Splits `glossary.md` and `faq.md` into their `## ` sections, and cuts out one section's
/// lines so a Markdown parser reports positions in the whole file.
package enum HeadingSections {
    /// `## ` headings outside code fences, each with the line range of its section.
    package static func sections(of source: SourceText) -> [(title: String, line: Int, end: Int)] {
        var headings: [(title: String, line: Int)] = []
        var fence: Substring?
        var sectionEnds: [Int] = []
        for number in 1...max(source.lineCount, 1) {
            let line = source.line(number) ?? ""
            let stripped = line.drop { $0 == " " }
            if let open = fence {
                if stripped.hasPrefix(open) { fence = nil }
                continue
            }
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") {
                fence = stripped.prefix { $0 == stripped.first }
                continue
            }
            if line.hasPrefix("## ") || line == "##" {
                headings.append((String(line.dropFirst(2)).extrasTrimmed, number))
            } else if line.hasPrefix("# ") {
                // A level-one heading closes the current section (a page title or a new part).
                sectionEnds.append(number)
            }
        }
        return headings.enumerated().map { index, heading in
            let next = index + 1 < headings.count ? headings[index + 1].line : source.lineCount + 1
            let end = sectionEnds.first { $0 > heading.line && $0 < next } ?? next
            return (heading.title, heading.line, end)
        }
    }

    /// The file's `lines` alone, as an excerpt that still counts file lines
    /// (`SourceText.firstLine`), so a Markdown parser reports positions in the whole file.
    ///
    /// Each section used to get a copy of the whole file with the other lines blanked: the
    /// copies and parsing their padding made a glossary's cost grow with the square of its
    /// terms (4,000 terms took 6 s and 368 MB). Line endings become `\n`, as in those copies.
    /// What followed the section in a copy was blank lines up to the end of the file: the
    /// excerpt ends with the first line break and at most one blank line, and counts the
    /// rest (`SourceText.blankLinesAfter`), so the parse comes out as the copy's did.
    package static func excerpt(_ source: SourceText, lines: Range<Int>) -> SourceText {
        let count = max(source.lineCount, 1)
        let kept = max(lines.lowerBound, 1)..<min(lines.upperBound, count + 1)
        guard !kept.isEmpty else { return SourceText(file: source.file, text: "", firstLine: max(lines.lowerBound, 1)) }
        var text: [UInt8] = []
        for number in kept {
            if number > kept.lowerBound { text.append(UInt8(ascii: "\n")) }
            text.append(contentsOf: (source.line(number) ?? "").utf8)
        }
        // The copy's text went on with one line break per file line after the section.
        let breaksAfter = count - kept.upperBound + 1
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: min(breaksAfter, 2)))
        return SourceText(file: source.file, text: String(decoding: text, as: UTF8.self), firstLine: kept.lowerBound,
                          blankLinesAfter: max(breaksAfter - 2, 0))
    }
}
