import Foundation

/// The human format: `path:line:col: error: message [code]`, then the quoted source line with a
/// caret under the column, then notes and the fix-it.
///
/// The caret line repeats every tab of the source line before the column, so it lines up however
/// the terminal expands tabs, and pads wide characters (CJK, emoji) with two spaces each.
/// A range longer than one character is underlined `^~~~`. A range over several lines quotes its
/// first line, underlined to the end, and its last line, underlined up to the end of the range,
/// with `...` standing for the lines between. Without the file's text only the header is printed.
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    /// Where the quoted lines come from.
    public var sources: SourceLookup
    /// Whether to add ANSI colours (the CLI asks only when printing to a terminal).
    public var colored: Bool

    /// A renderer quoting files from `sources`, coloured only if `colored`.
    public init(sources: SourceLookup = .none, colored: Bool = false) {
        self.sources = sources
        self.colored = colored
    }

    /// How many diagnostics starting on one line are printed; the rest are counted in one note.
    public static let perLineLimit = DiagnosticCap.perLine

    /// Every diagnostic's lines, one after another; after `perLineLimit` diagnostics on one
    /// source line, one note says how many more there are (the machine formats do the same
    /// through `DiagnosticCap`). Messages and notes are clipped to `DiagnosticCap.textLength`.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        struct Line: Hashable { var file: String; var line: Int }
        var totals: [Line: Int] = [:]
        for diagnostic in diagnostics {
            if let start = diagnostic.range?.start { totals[Line(file: start.file, line: start.line), default: 0] += 1 }
        }
        var shown: [Line: Int] = [:]
        var output = ""
        for diagnostic in diagnostics {
            guard let start = diagnostic.range?.start else {
                output += render(DiagnosticCap.clipped(diagnostic))
                continue
            }
            let key = Line(file: start.file, line: start.line)
            let count = shown[key, default: 0] + 1
            shown[key] = count
            if count <= Self.perLineLimit { output += render(DiagnosticCap.clipped(diagnostic)) }
            if count == Self.perLineLimit, let total = totals[key], total > count {
                let lineStart = SourceRange(start: SourceLocation(file: start.file, line: start.line, column: 1))
                output += header("note", "\(total - count) more diagnostics on this line are not shown; fix these first",
                                 at: lineStart, style: Style.note) + "\n"
            }
        }
        return output
    }

    /// The lines of one diagnostic, each ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [header(diagnostic.severity.rawValue, diagnostic.message + " [\(diagnostic.code)]",
                            at: diagnostic.range, path: diagnostic.path, style: style(for: diagnostic.severity))]
        if let range = diagnostic.range {
            lines += excerpt(range, marker: style(for: diagnostic.severity))
        }
        for note in diagnostic.notes {
            lines.append(header("note", note.message, at: note.range, style: Style.note))
            if let range = note.range { lines += excerpt(range, marker: Style.note) }
        }
        if let fixIt = diagnostic.fixIt {
            lines.append(paint("fix-it:", Style.fixIt) + " " + describe(fixIt, in: diagnostic.range))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    // MARK: - Pieces

    /// `path:line:col: label: message`; `path: label: message` for a whole file (`path`).
    private func header(_ label: String, _ message: String, at range: SourceRange?, path: String? = nil, style: String) -> String {
        let severity = paint(label + ":", style) + " " + paint(message, Style.bold)
        guard let range else { return path.map { paint("\($0):", Style.bold) + " " + severity } ?? severity }
        return paint("\(range.start):", Style.bold) + " " + severity
    }

    /// The quoted line(s) and marker lines for `range`; empty when the text is unknown.
    private func excerpt(_ range: SourceRange, marker: String) -> [String] {
        guard let source = sources.text(of: range.file),
              let first = source.line(range.start.line) else { return [] }
        let start = max(range.start.column, 1)
        // A range ending at column 1 of a later line really ends with the line before it.
        var endLine = range.end.line
        var endColumn = range.end.column
        if endLine > range.start.line, endColumn <= 1 {
            endLine -= 1
            endColumn = (source.line(endLine)?.count ?? 0) + 1
        }
        guard endLine > range.start.line, let last = source.line(endLine) else {
            // Same line, or a range ending past the file (marked to the end of its first line).
            let end = endLine == range.start.line ? endColumn : endLine > range.start.line ? first.count + 1 : start + 1
            let gutter = Gutter(lastLine: range.start.line)
            let window = ExcerptWindow(first, from: start, to: end)
            return [gutter.quote(window.text, line: range.start.line),
                    marked(window.text, from: window.from, to: window.to, gutter: gutter, style: marker)]
        }
        let gutter = Gutter(lastLine: endLine)
        let firstWindow = ExcerptWindow(first, from: start, to: first.count + 1)
        var lines = [gutter.quote(firstWindow.text, line: range.start.line),
                     marked(firstWindow.text, from: firstWindow.from, to: firstWindow.to, gutter: gutter, style: marker)]
        if endLine > range.start.line + 1 { lines.append(gutter.ellipsis) }
        let lastStart = (last.firstIndex { $0 != " " && $0 != "\t" }).map { last.distance(from: last.startIndex, to: $0) + 1 } ?? 1
        let lastWindow = ExcerptWindow(last, from: lastStart < endColumn ? lastStart : 1, to: endColumn)
        lines.append(gutter.quote(lastWindow.text, line: endLine))
        lines.append(marked(lastWindow.text, from: lastWindow.from, to: lastWindow.to, caret: false, gutter: gutter, style: marker))
        return lines
    }

    /// The marker line under a quoted line: gutter, padding, then the coloured marks.
    private func marked(_ line: Substring, from: Int, to: Int, caret: Bool = true, gutter: Gutter, style: String) -> String {
        let (padding, marks) = underline(line, from: from, to: to, caret: caret)
        return gutter.blank + padding + paint(marks, style)
    }

    /// Padding up to column `from`, then `^~~~` (or `~~~~`) over the characters before `to`.
    private func underline(_ line: Substring, from: Int, to: Int, caret: Bool) -> (String, String) {
        let characters = Array(line)
        var padding = ""
        for index in 0..<(from - 1) {
            guard index < characters.count else { padding += " "; continue }
            let character = characters[index]
            padding += character == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(character))
        }
        let lower = min(from - 1, characters.count)
        let upper = min(max(to - 1, lower), characters.count)
        let covered = characters[lower..<upper]
        guard covered.count > 1 else { return (padding, caret ? "^" : "~") }
        // Tabs inside the range are underlined with one mark; their width depends on the terminal.
        let cells = max(covered.reduce(0) { $0 + ($1 == "\t" ? 1 : DisplayWidth.of($1)) }, 1)
        return (padding, (caret ? "^" : "~") + String(repeating: "~", count: cells - 1))
    }

    private func describe(_ fixIt: FixIt, in range: SourceRange?) -> String {
        let replacement = "'\(escape(fixIt.replacement))'"
        var old: Substring?
        if fixIt.range.start.line == fixIt.range.end.line,
           let line = sources.text(of: fixIt.range.file)?.line(fixIt.range.start.line) {
            let characters = Array(line)
            let lower = min(max(fixIt.range.start.column - 1, 0), characters.count)
            let upper = min(max(fixIt.range.end.column - 1, lower), characters.count)
            if upper > lower { old = Substring(String(characters[lower..<upper])) }
        }
        let isEmptyRange = fixIt.range.start == fixIt.range.end
        var text: String
        if isEmptyRange {
            text = "insert \(replacement)"
        } else if fixIt.replacement.isEmpty {
            text = old.map { "remove '\(escape(String($0)))'" } ?? "remove the marked text"
        } else {
            text = old.map { "replace '\(escape(String($0)))' with \(replacement)" } ?? "replace with \(replacement)"
        }
        if fixIt.range.start != range?.start {
            text += " at \(fixIt.range.start)"
        }
        return text
    }

    /// Control characters in a replacement shown the way a Swift literal spells them.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r")
    }

    // MARK: - Colour

    private enum Style {
        static let bold = "\u{1B}[1m"
        static let error = "\u{1B}[1;31m"
        static let warning = "\u{1B}[1;33m"
        static let note = "\u{1B}[1;36m"
        static let fixIt = "\u{1B}[1;32m"
        static let reset = "\u{1B}[0m"
    }

    private func style(for severity: Severity) -> String {
        switch severity {
        case .error: Style.error
        case .warning: Style.warning
        case .note: Style.note
        }
    }

    private func paint(_ text: String, _ style: String) -> String {
        colored ? style + text + Style.reset : text
    }

    /// The line-number column to the left of quoted lines, as wide as the largest number shown.
    private struct Gutter {
        let width: Int

        init(lastLine: Int) {
            width = max(String(lastLine).count, 4) + 1
        }

        var blank: String { String(repeating: " ", count: width) + " | " }
        var ellipsis: String { String(repeating: " ", count: width - 3) + "..." }

        func quote(_ text: Substring, line: Int) -> String {
            let number = String(line)
            let prefix = String(repeating: " ", count: width - number.count) + number + " |"
            return text.isEmpty ? prefix : prefix + " " + text
        }
    }
}
