/// How a renderer finds the text of an author's file, to quote the line a diagnostic points at.
///
/// Renderers never read files themselves (passes are pure); the CLI hands over the texts it
/// has already loaded. A file the lookup does not know is reported without an excerpt.
public struct SourceLookup: Sendable {
    private let find: @Sendable (String) -> SourceText?

    /// A lookup backed by any function from a path (as diagnostics spell it) to its text.
    public init(_ find: @escaping @Sendable (String) -> SourceText?) {
        self.find = find
    }

    /// A lookup over texts keyed by path.
    public init(_ texts: [String: SourceText]) {
        self.find = { texts[$0] }
    }

    /// A lookup over texts, each keyed by its own `file`.
    public init(_ texts: [SourceText]) {
        var byFile: [String: SourceText] = [:]
        for text in texts { byFile[text.file] = text }
        self.init(byFile)
    }

    /// A lookup that knows no file: every diagnostic is rendered without an excerpt.
    public static let none = SourceLookup { _ in nil }

    /// The text of `file`, if known.
    public func text(of file: String) -> SourceText? { find(file) }
}
