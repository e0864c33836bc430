/// The flat JSON shape of a diagnostic, shared by the JSON renderer and anyone reading it back:
/// `severity`, `code`, `message`, `file`, `line`, `column`, `endLine`, `endColumn`, `notes`,
/// `fixIt`. Positions are 1-based, columns count characters, and the end is exclusive (the
/// position just after the last character). Absent positions and fix-its are `null`, so every
/// object has the same keys; a diagnostic about a whole file or folder has its `file` and no line.
extension Diagnostic: Codable {
    private enum CodingKeys: String, PositionKeys {
        case severity, code, message, file, line, column, endLine, endColumn, notes, fixIt
    }

    /// Reads the flat JSON shape described above.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(Severity.self, forKey: .severity),
            code: try container.decode(String.self, forKey: .code),
            message: try container.decode(String.self, forKey: .message),
            range: try RangeFields.decode(from: container, CodingKeys.self),
            notes: try container.decodeIfPresent([DiagnosticNote].self, forKey: .notes) ?? [],
            fixIt: try container.decodeIfPresent(FixIt.self, forKey: .fixIt),
            path: try container.decodeIfPresent(String.self, forKey: .file)
        )
    }

    /// Writes the flat JSON shape described above, with `null` for what is absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try RangeFields.encode(range, orFile: path, into: &container, CodingKeys.self)
        try container.encode(notes, forKey: .notes)
        try container.encode(fixIt, forKey: .fixIt)
    }
}

/// A note as `message` plus the same position keys as a diagnostic (`null` when it has none).
extension DiagnosticNote: Codable {
    private enum CodingKeys: String, PositionKeys {
        case message, file, line, column, endLine, endColumn
    }

    /// Reads the flat JSON shape described above.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .message),
                  range: try RangeFields.decode(from: container, CodingKeys.self))
    }

    /// Writes the flat JSON shape described above, with `null` for what is absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try RangeFields.encode(range, into: &container, CodingKeys.self)
    }
}

/// A fix-it as `replacement` plus the position keys of the text it replaces.
extension FixIt: Codable {
    private enum CodingKeys: String, PositionKeys {
        case replacement, file, line, column, endLine, endColumn
    }

    /// Reads the flat JSON shape described above.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let range = try RangeFields.decode(from: container, CodingKeys.self) else {
            throw DecodingError.valueNotFound(SourceRange.self, .init(
                codingPath: container.codingPath, debugDescription: "a fix-it needs a position"))
        }
        self.init(range: range, replacement: try container.decode(String.self, forKey: .replacement))
    }

    /// Writes the flat JSON shape described above, with `null` for what is absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(replacement, forKey: .replacement)
        try RangeFields.encode(range, into: &container, CodingKeys.self)
    }
}

/// Reads and writes the five position keys every JSON object of a diagnostic shares.
private enum RangeFields {
    /// `file` is written when there is no range: a position-less diagnostic's path.
    static func encode<Key: PositionKeys>(_ range: SourceRange?, orFile file: String? = nil,
                                          into container: inout KeyedEncodingContainer<Key>, _: Key.Type) throws {
        try container.encode(range?.file ?? file, forKey: .file)
        try container.encode(range?.start.line, forKey: .line)
        try container.encode(range?.start.column, forKey: .column)
        try container.encode(range?.end.line, forKey: .endLine)
        try container.encode(range?.end.column, forKey: .endColumn)
    }

    static func decode<Key: PositionKeys>(from container: KeyedDecodingContainer<Key>, _: Key.Type) throws -> SourceRange? {
        guard let file = try container.decodeIfPresent(String.self, forKey: .file),
              let line = try container.decodeIfPresent(Int.self, forKey: .line),
              let column = try container.decodeIfPresent(Int.self, forKey: .column) else { return nil }
        let endLine = try container.decodeIfPresent(Int.self, forKey: .endLine) ?? line
        let endColumn = try container.decodeIfPresent(Int.self, forKey: .endColumn) ?? column + 1
        return SourceRange(start: SourceLocation(file: file, line: line, column: column),
                           end: SourceLocation(file: file, line: endLine, column: endColumn))
    }

}

/// The coding keys of an object carrying a position.
private protocol PositionKeys: CodingKey {
    static var file: Self { get }
    static var line: Self { get }
    static var column: Self { get }
    static var endLine: Self { get }
    static var endColumn: Self { get }
}
