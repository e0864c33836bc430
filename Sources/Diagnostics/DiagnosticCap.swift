/// The bounds every diagnostics format keeps to, so hostile content cannot make a report huge:
/// at most `perLine` diagnostics starting on one source line (the rest counted in one note), and
/// messages, notes and fix-its clipped to `textLength` characters.
///
/// One 20 KB line with 5,000 unknown commands once wrote 150 MB of text; the machine formats
/// (JSON, GitHub annotations, SARIF) list the same first diagnostics of a line as the text format
/// and then a `lectern.more-on-line` note, while their summaries still count every diagnostic.
public enum DiagnosticCap {
    /// How many diagnostics starting on one source line are reported.
    public static let perLine = 10
    /// The longest message, note or fix-it text reported, in characters; a command name or
    /// token quoted from a long line is clipped in the middle.
    public static let textLength = 300
    /// The code of the note standing for the diagnostics of a line that are not listed.
    public static let moreOnLineCode = "lectern.more-on-line"

    /// `diagnostics` with texts clipped and, after `perLine` diagnostics on one line, a single
    /// note (`moreOnLineCode`, at column 1 of that line) saying how many more there are.
    public static func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Line: Hashable { var file: String; var line: Int }
        var totals: [Line: Int] = [:]
        for diagnostic in diagnostics {
            if let start = diagnostic.range?.start { totals[Line(file: start.file, line: start.line), default: 0] += 1 }
        }
        var shown: [Line: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let start = diagnostic.range?.start else {
                result.append(clipped(diagnostic))
                continue
            }
            let key = Line(file: start.file, line: start.line)
            let count = shown[key, default: 0] + 1
            shown[key] = count
            if count <= perLine { result.append(clipped(diagnostic)) }
            if count == perLine, let total = totals[key], total > count {
                result.append(Diagnostic(.note, code: moreOnLineCode,
                                         message: "\(total - count) more diagnostics on this line are not shown; fix these first",
                                         range: SourceRange(start: SourceLocation(file: start.file, line: start.line, column: 1))))
            }
        }
        return result
    }

    /// `diagnostic` with its message and notes clipped; a fix-it too long to quote is dropped,
    /// since a clipped replacement would be a wrong edit.
    public static func clipped(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.message = clip(diagnostic.message)
        copy.notes = diagnostic.notes.map { DiagnosticNote(clip($0.message), range: $0.range) }
        if let fixIt = diagnostic.fixIt, fixIt.replacement.count > textLength { copy.fixIt = nil }
        return copy
    }

    /// `text` if it is at most `textLength` characters, else its start and end around `…`.
    public static func clip(_ text: String) -> String {
        guard text.count > textLength else { return text }
        let head = (textLength - 1) / 2
        return String(text.prefix(head)) + "…" + String(text.suffix(textLength - 1 - head))
    }
}
