import Foundation

/// The machine format: one JSON object `{"diagnostics": [...], "summary": {"errors", "warnings",
/// "notes"}}`, keys sorted and pretty-printed so the output is stable and diffable.
///
/// Each diagnostic has the flat shape of `Diagnostic`'s `Codable` conformance, so
/// `JSONDiagnosticRenderer.decode(_:)` reads the output back into diagnostics.
public struct JSONDiagnosticRenderer: DiagnosticRenderer {
    /// A JSON renderer; it needs no source text.
    public init() {}

    /// The report object, pretty-printed with sorted keys, ending with a newline. The list keeps
    /// to `DiagnosticCap`'s bounds; the summary counts every diagnostic.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let report = Report(diagnostics: DiagnosticCap.apply(diagnostics), summary: DiagnosticSummary(diagnostics))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and nulls always encode, so a failure here would be a Foundation bug.
        guard let data = try? encoder.encode(report) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The diagnostics of a report this renderer wrote.
    public static func decode(_ json: String) throws -> [Diagnostic] {
        try JSONDecoder().decode(Report.self, from: Data(json.utf8)).diagnostics
    }

    private struct Report: Codable {
        var diagnostics: [Diagnostic]
        var summary: DiagnosticSummary
    }
}
