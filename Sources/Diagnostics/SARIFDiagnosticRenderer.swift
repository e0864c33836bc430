import Foundation

/// A SARIF 2.1.0 log, the format code-scanning services (GitHub code scanning, IDE viewers) read.
///
/// One run whose driver is `lectern`, with a rule for each distinct code (its short description is
/// the message of the code's first diagnostic) and a result per diagnostic. Paths stay relative,
/// under `uriBaseId` `%SRCROOT%` (an absolute one becomes a `file://` URI), percent-encoded.
/// The run sets `columnKind` to `unicodeCodePoints`; since Lectern
/// columns count characters, columns are converted to code points when the file's text is known
/// (they differ only for characters built from several code points, such as flags or `e` plus an
/// accent). `endColumn` is the column just after the range, as in SARIF; a diagnostic about a
/// whole file or folder (`Diagnostic.path`) has a location without a region. Notes become
/// `relatedLocations`, a fix-it becomes a `fixes` entry.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    /// Where column conversion reads lines from.
    public var sources: SourceLookup
    /// The tool version written into the log (`lecternVersion`).
    public var toolVersion: String

    /// The schema the log declares.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A SARIF renderer for tool version `toolVersion`, converting columns with `sources`.
    public init(toolVersion: String, sources: SourceLookup = .none) {
        self.toolVersion = toolVersion
        self.sources = sources
    }

    /// The SARIF log, pretty-printed with sorted keys, ending with a newline; its results keep to
    /// `DiagnosticCap`'s bounds.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let diagnostics = DiagnosticCap.apply(diagnostics)
        var firstMessage: [String: String] = [:]
        for diagnostic in diagnostics.sorted(by: Diagnostic.reportOrder) where firstMessage[diagnostic.code] == nil {
            firstMessage[diagnostic.code] = diagnostic.message
        }
        let ruleIDs = firstMessage.keys.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules: [JSONValue] = ruleIDs.map { id in
            .object(["id": .string(id), "shortDescription": .object(["text": .string(firstMessage[id] ?? id)])])
        }
        let results: [JSONValue] = diagnostics.map { result(for: $0, ruleIndex: ruleIndex[$0.code] ?? 0) }
        let log: JSONValue = .object([
            "$schema": .string(Self.schema),
            "version": .string("2.1.0"),
            "runs": .array([.object([
                "tool": .object(["driver": .object([
                    "name": .string("lectern"),
                    "version": .string(toolVersion),
                    "rules": .array(rules),
                ])]),
                "columnKind": .string("unicodeCodePoints"),
                "results": .array(results),
            ])]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func result(for diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
        var members: [String: JSONValue] = [
            "ruleId": .string(diagnostic.code),
            "ruleIndex": .int(ruleIndex),
            "level": .string(Self.level(diagnostic.severity)),
            "message": .object(["text": .string(diagnostic.message)]),
        ]
        if let range = diagnostic.range {
            members["locations"] = .array([.object(["physicalLocation": physicalLocation(range)])])
        } else if let path = diagnostic.path {
            // SARIF lets a location name the artifact alone, without a region.
            members["locations"] = .array([.object(["physicalLocation": .object(["artifactLocation": artifactLocation(path)])])])
        }
        if !diagnostic.notes.isEmpty {
            members["relatedLocations"] = .array(diagnostic.notes.enumerated().map { index, note in
                var location: [String: JSONValue] = [
                    "id": .int(index),
                    "message": .object(["text": .string(note.message)]),
                ]
                if let range = note.range { location["physicalLocation"] = physicalLocation(range) }
                return .object(location)
            })
        }
        if let fixIt = diagnostic.fixIt {
            members["fixes"] = .array([.object([
                "description": .object(["text": .string(fixIt.plainDescription)]),
                "artifactChanges": .array([.object([
                    "artifactLocation": artifactLocation(fixIt.range.file),
                    "replacements": .array([.object([
                        "deletedRegion": region(fixIt.range),
                        "insertedContent": .object(["text": .string(fixIt.replacement)]),
                    ])]),
                ])]),
            ])])
        }
        return .object(members)
    }

    private func physicalLocation(_ range: SourceRange) -> JSONValue {
        .object(["artifactLocation": artifactLocation(range.file), "region": region(range)])
    }

    private func artifactLocation(_ file: String) -> JSONValue {
        if file.hasPrefix("/") { return .object(["uri": .string("file://" + Self.uriPath(file))]) }
        return .object(["uri": .string(Self.uriPath(file)), "uriBaseId": .string("%SRCROOT%")])
    }

    /// `path` as the path of a URI reference (RFC 3986), which SARIF requires of `uri`: every byte
    /// but the unreserved ones and `/` percent-encoded, so a space, `%`, `:` or `é` in a folder
    /// name cannot make the reference invalid or read as a scheme.
    static func uriPath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += byte < 16 ? "%0" + hex : "%" + hex
            }
        }
        return result
    }

    private func region(_ range: SourceRange) -> JSONValue {
        .object([
            "startLine": .int(range.start.line),
            "startColumn": .int(codePointColumn(range.start)),
            "endLine": .int(range.end.line),
            "endColumn": .int(codePointColumn(range.end)),
        ])
    }

    /// The 1-based code-point column of a character column, when the line is known.
    private func codePointColumn(_ location: SourceLocation) -> Int {
        guard location.column > 1, let line = sources.text(of: location.file)?.line(location.line) else {
            return max(location.column, 1)
        }
        let before = line.prefix(location.column - 1)
        let beyond = location.column - 1 - before.count
        return before.unicodeScalars.count + beyond + 1
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
