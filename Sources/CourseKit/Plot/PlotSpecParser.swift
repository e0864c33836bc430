import Diagnostics

/// Reads the body of a ```` ```plot ```` block into a `PlotSpec`, reporting every problem at
/// the author's line and column.
///
/// The body is `key: value` lines: `title:`, `y:` (comma-separated Calc expressions in `x`),
/// `x: a .. b`, and optionally `y-range: a .. b`, `xlabel:`, `ylabel:`. Blank lines are ignored.
package struct PlotSpecParser: Sendable {
    /// The fields a plot understands, in the order the documentation lists them.
    package static let fields = ["title", "y", "x", "y-range", "xlabel", "ylabel"]

    /// Creates a parser.
    package init() {}

    /// Parses `body`; `map` locates body offsets in the author's file and `block` is the whole
    /// fence (problems of the block as a whole, such as a missing `y:`, are reported at its start).
    package func parse(_ body: String, map: SnippetMap, block: SourceRange) -> (PlotSpec?, [Diagnostic]) {
        let result = parseCollecting(body, map: map, block: block)
        return (result.spec, result.diagnostics)
    }

    /// Like `parse`, but also returns the `y:` series it could read when other fields are
    /// wrong, so that their expressions are checked in the same run.
    package func parseCollecting(
        _ body: String, map: SnippetMap, block: SourceRange
    ) -> (spec: PlotSpec?, series: [PlotSpec.Series], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var values: [String: (text: String, offset: Int)] = [:]
        for line in FenceBodyLine.lines(of: body) {
            let scalars = Array(line.text.unicodeScalars)
            let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
            guard indent < scalars.count else { continue }
            guard let colon = scalars.firstIndex(of: ":") else {
                diagnostics.append(.error(
                    Codes.plotBadField, "expected a 'key: value' line in a plot block",
                    at: map.range(atScalarOffset: line.offset + indent, length: scalars.count - indent),
                    notes: [DiagnosticNote("plot fields: \(Self.fields.joined(separator: ", "))")]))
                continue
            }
            let key = String(String.UnicodeScalarView(scalars[indent..<colon])).trimmingTrailingSpaces
            let keyRange = map.range(atScalarOffset: line.offset + indent, length: max(key.unicodeScalars.count, 1))
            let valueStart = scalars[(colon + 1)...].firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count
            let value = String(String.UnicodeScalarView(scalars[valueStart...])).trimmingTrailingSpaces
            guard Self.fields.contains(key) else {
                let suggestion = Suggestion.closest(to: key, among: Self.fields)
                diagnostics.append(.error(
                    Codes.plotUnknownField, "unknown plot field '\(key)'", at: keyRange,
                    notes: [DiagnosticNote(suggestion.map(Suggestion.note)
                        ?? "plot fields: \(Self.fields.joined(separator: ", "))")]))
                continue
            }
            guard values[key] == nil else {
                diagnostics.append(.error(Codes.plotDuplicateField, "field '\(key)' is given twice", at: keyRange))
                continue
            }
            guard !value.isEmpty else {
                diagnostics.append(.error(Codes.plotEmptyValue, "field '\(key)' has no value", at: keyRange))
                continue
            }
            values[key] = (value, line.offset + valueStart)
        }

        var series: [PlotSpec.Series] = []
        if let y = values["y"] {
            series = splitSeries(y.text, offset: y.offset, map: map, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error(Codes.plotMissingField, "plot block has no 'y:' field",
                                      at: SourceRange(start: block.start),
                                      notes: [DiagnosticNote("add a line such as 'y: sigmoid(x), tanh(x)'")]))
        }
        var x: PlotSpec.Interval?
        if let field = values["x"] {
            x = interval(field.text, offset: field.offset, key: "x", map: map, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error(Codes.plotMissingField, "plot block has no 'x:' field",
                                      at: SourceRange(start: block.start),
                                      notes: [DiagnosticNote("add a line such as 'x: -6 .. 6'")]))
        }
        let y = values["y-range"].flatMap {
            interval($0.text, offset: $0.offset, key: "y-range", map: map, diagnostics: &diagnostics)
        }
        guard !diagnostics.contains(where: { $0.severity == .error }), let x, !series.isEmpty else {
            return (nil, series, diagnostics)
        }
        return (PlotSpec(title: values["title"]?.text, series: series, x: x, y: y,
                         xLabel: values["xlabel"]?.text, yLabel: values["ylabel"]?.text), series, diagnostics)
    }

    /// Splits `y:` at top-level commas (commas inside brackets belong to a call or a vector).
    private func splitSeries(
        _ text: String, offset: Int, map: SnippetMap, diagnostics: inout [Diagnostic]
    ) -> [PlotSpec.Series] {
        var result: [PlotSpec.Series] = []
        let scalars = Array(text.unicodeScalars)
        var depth = 0
        var start = 0
        func flush(upTo end: Int) {
            let piece = scalars[start..<end]
            let lead = piece.prefix { $0 == " " || $0 == "\t" }.count
            let expression = String(String.UnicodeScalarView(piece.dropFirst(lead))).trimmingTrailingSpaces
            if expression.isEmpty {
                diagnostics.append(.error(Codes.plotEmptySeries, "empty expression in 'y:'",
                                          at: map.range(atScalarOffset: offset + min(end, scalars.count - 1))))
            } else {
                result.append(PlotSpec.Series(expression: expression, offset: offset + start + lead))
            }
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth = max(depth - 1, 0)
            case "," where depth == 0:
                flush(upTo: index)
                start = index + 1
            default: break
            }
        }
        flush(upTo: scalars.count)
        return result
    }

    /// Parses `a .. b` with numbers a < b.
    private func interval(
        _ text: String, offset: Int, key: String, map: SnippetMap, diagnostics: inout [Diagnostic]
    ) -> PlotSpec.Interval? {
        let length = text.unicodeScalars.count
        let range = map.range(atScalarOffset: offset, length: length)
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let lower = Self.number(parts[0]), let upper = Self.number(parts[1]) else {
            diagnostics.append(.error(Codes.plotBadRange, "expected '\(key): <from> .. <to>' with two numbers, got '\(text)'",
                                      at: range, notes: [DiagnosticNote("for example '\(key): -6 .. 6'")]))
            return nil
        }
        if !(upper - lower).isFinite {
            diagnostics.append(.error(Codes.plotBadRange, "the '\(key)' range is too wide to draw", at: range))
            return nil
        }
        if lower == upper {
            diagnostics.append(.error(Codes.plotEmptyRange, "the '\(key)' range is empty: both ends are \(parts[0].trimmed)",
                                      at: range))
            return nil
        }
        if lower > upper {
            diagnostics.append(.error(Codes.plotInvertedRange, "the '\(key)' range runs backwards; write the smaller end first",
                                      at: range, notes: [DiagnosticNote("did you mean '\(parts[1].trimmed) .. \(parts[0].trimmed)'?")]))
            return nil
        }
        if !NiceTicks.isDrawable(lower: lower, upper: upper, maxCount: 9) {
            diagnostics.append(.error(Codes.plotNarrowRange,
                                      "the '\(key)' range is too narrow to draw: its ends must differ by more than a billionth of their size",
                                      at: range, notes: [DiagnosticNote("widen the range, or rescale the quantity (plot millimetres, not metres)")]))
            return nil
        }
        return PlotSpec.Interval(lower, upper)
    }

    private static func number(_ text: String) -> Double? {
        let cleaned = text.trimmed.replacingOccurrences(of: "\u{2212}", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ "0123456789+-.eE".contains($0) }),
              let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var scalars = Substring(self)
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }

    fileprivate var trimmed: String {
        let dropped = drop { $0 == " " || $0 == "\t" }
        return String(dropped).trimmingTrailingSpaces
    }
}
