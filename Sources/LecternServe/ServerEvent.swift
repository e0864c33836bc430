import Foundation

/// One Server-Sent Event the preview sends to open pages.
package enum ServerEvent: Sendable, Equatable {
    /// Sent first on every connection: the generation of the pages being served.
    case hello(generation: Int)
    /// A new build is served; `changed` lists the site paths that differ from the last one.
    case reload(generation: Int, changed: [String])
    /// The latest build failed; the last good pages stay up.
    case problems([OverlayProblem])
    /// The problems are gone.
    case clear

    /// The event in the `text/event-stream` wire format.
    package var wireData: Data {
        let name: String
        let payload: String
        switch self {
        case .hello(let generation):
            name = "hello"
            payload = #"{"generation":\#(generation)}"#
        case .reload(let generation, let changed):
            name = "reload"
            payload = #"{"changed":\#(Self.json(changed)),"generation":\#(generation)}"#
        case .problems(let problems):
            name = "problems"
            payload = Self.json(problems)
        case .clear:
            name = "clear"
            payload = "{}"
        }
        // JSON from JSONEncoder has no raw newlines, so the payload is one `data:` line.
        return Data("event: \(name)\ndata: \(payload)\n\n".utf8)
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
