import Diagnostics
import Testing
@testable import CourseKit
@testable import LecternMarkdown

/// Glossary definitions and FAQ answers are parsed from their own lines (`HeadingSections.excerpt`);
/// they used to be parsed from a copy of the whole file with every other line blanked. These
/// tests parse random files both ways and require the same trees, HTML and diagnostics.
@Suite struct ExcerptDifferentialTests {
    /// The former way, kept here only to compare against: the file with only `lines` kept.
    static func blanked(_ source: SourceText, keeping lines: Range<Int>) -> SourceText {
        let count = max(source.lineCount, 1)
        var text = ""
        for number in 1...count {
            if number > 1 { text += "\n" }
            if lines.contains(number) { text += source.line(number) ?? "" }
        }
        return SourceText(file: source.file, text: text)
    }

    /// The file lines an excerpt holds: from its first line to the end of its section, as the
    /// parsers kept them for the blanked copies.
    static func keptLines(_ excerpt: SourceText, sections: [(title: String, line: Int, end: Int)]) -> Range<Int> {
        let end = sections.first { $0.line < excerpt.firstLine && excerpt.firstLine <= $0.end }?.end ?? excerpt.firstLine
        return excerpt.firstLine..<max(end, excerpt.firstLine)
    }

    /// Everything one way of parsing gives for one entry: the parsed and checked trees with
    /// every range and snippet map, the Markdown HTML, and the diagnostics as text and JSON.
    struct Outcome: Equatable {
        var parsedTree = ""
        var checkedTree = ""
        var html = ""
        var text = ""
        var json = ""
    }

    static func outcome(_ source: SourceText, file: SourceText, glossary: Glossary) -> Outcome {
        var result = Outcome()
        let (parsed, parseDiagnostics) = ParsePass.document(source, allowHTML: false)
        var checker = LessonChecker(glossary: glossary, strict: false)
        let checked = checker.check(parsed)
        dump(parsed, to: &result.parsedTree)
        dump(checked, to: &result.checkedTree)
        let (markdown, _) = MarkdownParser(allowHTML: false, fenceWords: LecternBlockKind.words).parse(source)
        result.html = HTMLRenderer(lectern: PlaceholderNodeRenderer()).render(markdown)
        let diagnostics = parseDiagnostics + checker.diagnostics
        result.text = TextDiagnosticRenderer(sources: SourceLookup([file])).render(diagnostics)
        result.json = JSONDiagnosticRenderer().render(diagnostics)
        return result
    }

    /// Compares both ways for every excerpt; returns how many entries had diagnostics.
    static func compare(_ excerpts: [SourceText], file: SourceText, glossary: Glossary) -> Int {
        var withDiagnostics = 0
        let sections = HeadingSections.sections(of: file)
        for excerpt in excerpts {
            let kept = keptLines(excerpt, sections: sections)
            // The excerpt holds exactly the file's lines, in place.
            for number in kept { #expect(excerpt.line(number) == file.line(number)) }
            #expect(excerpt.line(kept.lowerBound - 1) == nil)
            // It holds at most one blank line after them, and counts the rest.
            #expect(excerpt.lineCount <= kept.count + 2)
            let new = outcome(excerpt, file: file, glossary: glossary)
            let old = outcome(blanked(file, keeping: kept), file: file, glossary: glossary)
            #expect(new == old, "lines \(kept) differ")
            if new != old { return -1 }
            if new.json != "[]" && !new.json.isEmpty { withDiagnostics += 1 }
        }
        return withDiagnostics
    }

    @Test(arguments: [1, 2, 3])
    func randomGlossariesParseAsTheBlankedCopiesDid(seed: UInt64) {
        var generator = HostileNotes(seed: seed)
        let file = SourceText(file: "content/glossary.md", text: generator.glossary(entries: 150))
        let (glossary, _) = GlossaryParser().parse(file)
        #expect(glossary.entries.count > 100)
        let found = Self.compare(glossary.entries.map(\.definitionSource), file: file, glossary: glossary)
        // The generated errors do reach the comparison.
        #expect(found > 30)
    }

    @Test(arguments: [4, 5])
    func randomFAQsParseAsTheBlankedCopiesDid(seed: UInt64) {
        var generator = HostileNotes(seed: seed)
        let file = SourceText(file: "content/faq.md", text: generator.faq(entries: 150))
        let (faq, _) = FAQParser().parse(file)
        #expect(faq.entries.count > 100)
        let glossary = Glossary(entries: [])
        let found = Self.compare(faq.entries.map(\.answerSource), file: file, glossary: glossary)
        #expect(found > 30)
    }

    /// Both ways agree on the paragraph above a table, and at the author's places, not cmark's
    /// (line 0 and columns counted through the paragraph).
    @Test func aParagraphAboveATableInAnEntryGetsFileLines() {
        let file = SourceText(
            file: "content/glossary.md",
            text: "# Glossary\n\n## A\nx\n\n## B\nText $\\frac{1}{$ and [[Nope]]\n| h | $\\frac{1}{$ |\n|---|---|\n"
        )
        let (glossary, _) = GlossaryParser().parse(file)
        let entries = glossary.entries.filter { $0.term == "B" }
        #expect(entries.count == 1)
        #expect(Self.compare(entries.map(\.definitionSource), file: file, glossary: glossary) == 1)
        guard let entry = entries.first else { return }
        let text = Self.outcome(entry.definitionSource, file: file, glossary: glossary).text
        for place in ["content/glossary.md:7:15:", "content/glossary.md:7:22:", "content/glossary.md:8:16:"] {
            #expect(text.contains(place), "\(place) missing from \(text)")
        }
    }

    @Test func anExcerptCountsFileLines() {
        let file = SourceText(file: "g.md", text: "# G\r\n\r\n## A\r\nOne é\r\ntwo\r\n## B\r\nthree")
        let middle = HeadingSections.excerpt(file, lines: 4..<6)
        #expect(middle.text == "One é\ntwo\n\n" && middle.blankLinesAfter == 0)
        #expect(middle.firstLine == 4)
        #expect(middle.line(4) == "One é" && middle.line(5) == "two" && middle.line(3) == nil)
        #expect(middle.location(utf8Offset: 8) == SourceLocation(file: "g.md", line: 5, column: 2))
        // The last section of a file without a final line break gets none either.
        #expect(HeadingSections.excerpt(file, lines: 7..<8).text == "three")
        #expect(HeadingSections.excerpt(file, lines: 7..<7).text == "")
        #expect(HeadingSections.excerpt(file, lines: 0..<99).lineCount == file.lineCount)
        // Ten lines before the end of the file: one blank line held, eight counted.
        let long = SourceText(file: "g.md", text: "## A\nx\n" + String(repeating: "\n", count: 10))
        let first = HeadingSections.excerpt(long, lines: 2..<3)
        #expect(first.text == "x\n\n" && first.blankLinesAfter == 9 && first.firstLine == 2)
    }
}

/// Random glossary and FAQ files full of what goes wrong in them: broken formulas, unknown
/// terms, bad values, fences (one left open), tables, lists, footnotes, CRLF line endings,
/// non-ASCII text and tabs. Seeded, so a failure repeats.
struct HostileNotes {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// xorshift64*: the same numbers on every platform.
    private mutating func next(_ bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545_F491_4F6C_DD1D) >> 33) % bound
    }

    private static let pieces: [String] = [
        "A plain sentence about gradients.",
        "The rectifier $\\max(0, x)$ is cheap.",
        "A broken formula $\\frac{1}{$ here.",
        "An unknown command $\\notacommand x$.",
        "Display math:\n\n$$\n\\sum_{i=1}^{n} x_i^2\n$$",
        "Open display $$ x + 1 never closed.",
        "See [[Term 3]] and [[No such term]].",
        "Also [[term 7|the seventh]] and [[Tern 12]].",
        "A value {= 2 * 3} and a bad one {= 1 +}.",
        "An unknown name {= nosuch(2)} in a value.",
        "Non-ASCII: é, 漢字, Ωmega and 🙂 before $\\alpha + é$ and [[Ünknown]].",
        "\tA tab-indented line $x$ becomes code.",
        "Tabs\tinside\ta line with {= 4 / 0}.",
        "| a | b |\n|---|---|\n| $x$ | {= 1 +} |\n| [[Nope]] | 2 |",
        // A paragraph right above a table: cmark-gfm gives it no position, and both ways place
        // its inlines and the header row's from the table's lines.
        "Text $\\frac{1}{$ with {= 1 +} and [[Nope]] just above a table:\n| h | i |\n|---|---|\n| 1 | $y$ |",
        "- one $\\frac{a}{b}$\n- two [[Missing]]\n  - nested {= 3 ^}",
        "1. first\n2. second with $\\sqrt{$",
        "A footnote[^n] in text.\n\n[^n]: Its note with $y$ and [[Gone]].",
        "```python\nprint(\"hi\")\n```",
        "```qiuz\nnot a quiz\n```",
        "```math\n\\int_0^1 x\\,dx\n```",
        "```quiz\nq: What is $1+1$?\n```",
        "> A quote with $\\beta$\n> and [[Term 2]].",
        "Line one with a hard break  \nline two {= 7}.",
        "<span>raw html</span> and `code $x$`.",
        "[a link](https://example.com) and [ref][r]\n\n[r]: https://example.org",
    ]

    private mutating func body() -> [String] {
        var lines: [String] = []
        for index in 0..<(1 + next(3)) {
            if index > 0 { lines.append("") }
            lines += Self.pieces[next(Self.pieces.count)].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        // Now and then a fence cmark never closes (a closing fence takes no info string),
        // running to the end of the entry; the section split takes it as closed.
        if next(10) == 0 { lines += ["", "```", "left open $x$", "``` not a closing fence"] }
        return lines
    }

    private mutating func joined(_ lines: [String]) -> String {
        // Some files use CRLF throughout, some on a few lines only.
        let style = next(3)
        var text = ""
        for line in lines {
            let crlf = style == 1 || (style == 2 && next(4) == 0)
            text += line + (crlf ? "\r\n" : "\n")
        }
        return next(2) == 0 ? String(text.dropLast(text.hasSuffix("\r\n") ? 2 : 1)) : text
    }

    mutating func glossary(entries: Int) -> String {
        var lines = ["# Glossary", ""]
        for index in 0..<entries {
            lines.append("## Term \(index)")
            if next(2) == 0 { lines.append("aliases: alias \(index), other \(index)") }
            if next(4) == 0 { lines.append("") }
            lines += body()
            lines.append("")
        }
        // A fence left open in the last entry runs to the end of the file.
        if next(2) == 0 { lines += ["```", "open to the end"] }
        return joined(lines)
    }

    mutating func faq(entries: Int) -> String {
        var lines = ["# Questions", ""]
        for index in 0..<entries {
            lines.append("## Why is question \(index) asked?")
            if next(2) == 0 { lines.append("id: question-\(index)") }
            lines += body()
            if next(3) > 0 { lines.append("") }
        }
        if next(2) == 0 { lines += ["- a list open to the end", "", "```", "open to the end"] }
        return joined(lines)
    }
}
