/// GitHub Actions workflow commands, one line per diagnostic, which GitHub shows as annotations
/// on the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=code::message`.
///
/// Warnings use `::warning` and notes `::notice`. GitHub takes `endColumn` as the last column
/// inside the range, and drops columns when the range spans lines, so those are left out there.
/// Attached notes and the fix-it become further lines of the message.
public struct GitHubDiagnosticRenderer: DiagnosticRenderer {
    /// A GitHub annotation renderer; it needs no source text.
    public init() {}

    /// One workflow command per diagnostic, each on its own line, within `DiagnosticCap`'s bounds.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticCap.apply(diagnostics).map { line(for: $0) + "\n" }.joined()
    }

    private func line(for diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties: [(String, String)] = []
        if let range = diagnostic.range {
            properties.append(("file", range.file))
            properties.append(("line", String(range.start.line)))
            let sameLine = range.end.line <= range.start.line
            if sameLine { properties.append(("col", String(range.start.column))) }
            properties.append(("endLine", String(max(range.end.line, range.start.line))))
            if sameLine {
                properties.append(("endColumn", String(max(range.end.column - 1, range.start.column))))
            }
        } else if let path = diagnostic.path {
            // A whole file or folder: GitHub annotates the file without a line.
            properties.append(("file", path))
        }
        properties.append(("title", diagnostic.code))
        var message = diagnostic.message
        for note in diagnostic.notes {
            message += "\nnote: " + note.message + (note.range.map { " (\($0.start))" } ?? "")
        }
        if let fixIt = diagnostic.fixIt {
            message += "\nfix-it: " + fixIt.plainDescription
        }
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(list)::\(Self.escapeData(message))"
    }

    /// The escaping GitHub's runner undoes in a command's message.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The escaping of a property value, which also must not contain the `:` and `,` separators.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
