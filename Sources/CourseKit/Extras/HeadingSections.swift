import Diagnostics

/// Splits `glossary.md` and `faq.md` into their `## ` sections, and isolates one section's
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

    /// The file with only `lines` kept, others emptied, so positions stay file positions.
    package static func blanked(_ source: SourceText, keeping lines: [Int]) -> SourceText {
        // Line breaks between the kept lines, rather than every line of the file looked up
        // for each section (2 % of parsing a 100-term glossary's course).
        // Bytes, not `String(repeating:count:)`, which appended its line breaks one at a time
        // (most of the cost of splitting a 100-term glossary).
        let count = max(source.lineCount, 1)
        var text: [UInt8] = []
        var current = 1  // the line `text` ends on
        for number in Set(lines).sorted() where number >= 1 && number <= count {
            text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: number - current))
            current = number
            text.append(contentsOf: (source.line(number) ?? "").utf8)
        }
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: count - current))
        return SourceText(file: source.file, text: String(decoding: text, as: UTF8.self))
    }
}
