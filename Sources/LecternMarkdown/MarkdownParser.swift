import Diagnostics

/// Parses a lesson's Markdown into a `MarkdownDocument`: GFM through cmark-gfm, then Lectern's
/// block constructs (```` ```math ````, ```` ```quiz ````/```` ```example ````/```` ```plot ````
/// fences, GitHub alerts), glossary links and heading anchors.
package struct MarkdownParser: Sendable {
    /// Whether raw HTML is kept. The parse is the same either way; this only decides how a
    /// subtree too deep to convert is rendered by cmark-gfm. Pass the same value to `HTMLRenderer`.
    package var allowHTML: Bool

    /// Whether `$…$`, `$$…$$` and `{= …}` are recognised. Only the GFM conformance tests turn it off.
    package var lecternSyntax: Bool = true

    /// The info words of the fences that become Lectern nodes (CourseKit's block kinds); other
    /// fences stay code, with a warning when the word is a near miss (```` ```qiuz ````). Quiz
    /// texts pass none: a fence inside a quiz option stays a code block.
    package var fenceWords: Set<String>

    /// Creates a parser.
    package init(allowHTML: Bool = false, fenceWords: Set<String> = []) {
        self.allowHTML = allowHTML
        self.fenceWords = fenceWords
    }

    /// Parses `source`, the whole lesson file with its front matter lines blanked, or an excerpt
    /// of a file (`SourceText.firstLine`), so that every range is a position in the author's file.
    package func parse(_ source: SourceText) -> (MarkdownDocument<SourceStage>, [Diagnostic]) {
        // A one-line paragraph of text and formulas (most quiz texts) needs no cmark. The
        // shortcut counts from line 1; an excerpt (a glossary definition) goes through cmark.
        if lecternSyntax, source.firstLine == 1, let document = PlainLineParagraph.document(for: source) { return (document, []) }
        return parseThroughCmark(source)
    }

    /// `parse(_:)` without the one-line shortcut: every text goes through cmark-gfm (the tests
    /// compare the two).
    package func parseThroughCmark(_ source: SourceText) -> (MarkdownDocument<SourceStage>, [Diagnostic]) {
        let refused = MarkdownSizeGuard.check(source)  // before cmark: see MarkdownSizeGuard
        if !refused.isEmpty { return (MarkdownDocument(blocks: []), refused) }
        let converter = CommonMarkConverter(allowHTML: allowHTML, lecternSyntax: lecternSyntax)
        let columns = SourceColumns(source)
        let cmarkText = lecternSyntax ? DisplayMathBlocks.rewritten(source.text) : nil
        let (blocks, diagnostics) = converter.convert(columns, cmarkText: cmarkText)
        var pass = LecternBlockPass(columns: columns, lecternSyntax: lecternSyntax, fenceWords: fenceWords)
        let document = MarkdownDocument<SourceStage>(blocks: pass.run(blocks))
        return (document, diagnostics + pass.diagnostics)
    }
}
