import Diagnostics
import Testing
@testable import LecternMarkdown

/// More byte scans against the `Character` and scalar code they replaced: a fence's first info
/// word, blank trimming, and glossary-link recognition that leaves unchanged inlines alone.
extension ByteScanTests {
    /// The trimming `trimmingBlanks` did before its ASCII shortcut, scalar by scalar.
    static func scalarTrim<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }

    /// Texts with blanks of every kind at either end, including the non-ASCII ones (NBSP, NEL,
    /// ideographic space) and the control characters that are not blank (0x1C to 0x1F).
    static var blankCorpus: [String] {
        let ends = ["", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{3000}", "x", "é", "\u{301}"]
        let middles = ["", "a", "a b", "quiz", "example  args", "→", "\u{301}"]
        return ends.flatMap { head in middles.flatMap { middle in ends.map { head + middle + $0 } } }
    }

    @Test func trimmingBlanksMatchesTheScalarTrim() {
        for text in Self.corpus + Self.blankCorpus {
            #expect(text.trimmingBlanks == Self.scalarTrim(text), "\(text.debugDescription)")
            let inner = text.dropFirst()
            #expect(inner.trimmingBlanks == Self.scalarTrim(inner), "\(inner.debugDescription)")
        }
    }

    @Test func firstInfoWordSplitsLikeCharacters() {
        for info in Self.corpus + Self.blankCorpus + ["quiz", " quiz", "quiz  id=1", "example\tx", "\u{1C}quiz", "qu\u{85}iz"] {
            let expected = info.split(whereSeparator: \.isWhitespace).first
            #expect(FenceRecognizer.firstWord(of: info) == expected, "\(info.debugDescription)")
        }
    }

    @Test func glossaryLinkRecognitionReportsWhetherAnythingChanged() {
        let source = SourceText(file: "g.md", text: "Plain *words* and `[[code]]`.\n\nSee *the [[ReLU]]* page.\n")
        let (document, _) = MarkdownParser(allowHTML: false).parse(source)
        let recognizer = GlossaryLinkRecognizer(columns: SourceColumns(source), blockEndLine: 3)
        guard case .paragraph(let plain)? = document.blocks.first, case .paragraph(let linked)? = document.blocks.last else {
            Issue.record("expected two paragraphs")
            return
        }
        // The parse already cut the links out; recognising again finds nothing to change.
        #expect(recognizer.applied(to: plain.inlines) == nil)
        #expect(recognizer.applied(to: linked.inlines) == nil)
        // The link as text again, inside emphasis: the emphasis is rebuilt around the link.
        let text = Text(text: "the [[ReLU]]", range: SourceRange(start: SourceLocation(file: "g.md", line: 3, column: 6), length: 12))
        let rebuilt = recognizer.applied(to: [.emphasis(Container(inlines: [.text(text)], range: text.range))])
        guard case .emphasis(let container)? = rebuilt?.first else {
            Issue.record("expected the emphasis rebuilt")
            return
        }
        #expect(container.inlines.count == 2)
        guard case .glossaryLink(let link)? = container.inlines.last else {
            Issue.record("expected a glossary link")
            return
        }
        #expect(link.target == "ReLU")
        #expect(link.range.start == SourceLocation(file: "g.md", line: 3, column: 10))
    }
}

extension ByteScanTests {
    @Test func infoArgumentsTrimLikeCharacters() {
        for info in Self.corpus + Self.blankCorpus + ["quiz", "quiz id=1", "plot  a b  ", " quiz x", "example\r\nx", "x\u{1C}y z"] {
            let expected = info.drop(while: { !$0.isWhitespace }).trimmingBlanks
            #expect(FenceRecognizer.arguments(of: info) == expected, "\(info.debugDescription)")
        }
    }
}
