import Diagnostics

/// MyST's math directive, ```` ```{math} ````, as Jupyter Book and QuantEcon lectures write
/// display formulas: the same as a ```` ```math ```` fence once its option lines (`:label: eq`,
/// `:nowrap:`) and the blank line after them are left out. Lectern does not number equations,
/// so a label is dropped.
enum MySTMathFence {
    static func node(for code: CodeBlock, map: SnippetMap) -> Block<SourceStage> {
        let tex = formula(code.code)
        let skipped = optionLength(tex)
        let kept = String(String.UnicodeScalarView(tex.unicodeScalars.dropFirst(skipped)))
        // Every body line starts a segment, so the options end where a segment starts.
        let segments = map.segments.compactMap { segment -> SnippetMap.Segment? in
            guard segment.offset >= skipped else { return nil }
            return SnippetMap.Segment(offset: segment.offset - skipped, location: segment.location)
        }
        return .math(MathNode(tex: kept, display: true, range: code.range, map: SnippetMap(snippet: kept, segments: segments)))
    }

    /// A math fence's body without its final line break, unless the last line ends in a
    /// backslash: there the line break makes TeX's control space (`\` before the end of a line),
    /// which a lone `\` at the end of the formula would not be.
    static func formula(_ body: String) -> String {
        guard body.hasSuffix("\n"), !body.hasSuffix("\\\n") else { return body }
        return String(body.dropLast())
    }

    /// Scalars taken by the leading `:option:` lines and the blank lines that follow them.
    static func optionLength(_ tex: String) -> Int {
        var skipped = 0
        var sawOption = false
        for line in tex.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let isOption = trimmed.first == ":" && trimmed.dropFirst().contains(":")
            let isBlank = trimmed.allSatisfy { $0 == "\r" }
            guard isOption || (isBlank && sawOption) else { break }
            sawOption = sawOption || isOption
            skipped += line.unicodeScalars.count + 1
        }
        return min(skipped, tex.unicodeScalars.count)
    }
}
