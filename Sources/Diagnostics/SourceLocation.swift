/// A point in an author's file: 1-based line and column.
///
/// The column counts characters (grapheme clusters) as an editor shows them, so `é` and `→`
/// each count as one, and a tab counts as one.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The path as the author named it (relative paths stay relative, for stable output).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    /// A location from its parts.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, as diagnostics print it.
    public var description: String { "\(file):\(line):\(column)" }

    /// By file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A span in one file, from `start` up to but not including `end`.
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first character of the range.
    public var start: SourceLocation
    /// The location just past the last character of the range.
    public var end: SourceLocation

    /// A range from `start` up to, not including, `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering `length` characters on one line from `start`.
    public init(start: SourceLocation, length: Int = 1) {
        self.start = start
        self.end = SourceLocation(file: start.file, line: start.line, column: start.column + max(length, 0))
    }

    /// The file the range is in.
    public var file: String { start.file }

    /// `path:line:column-line:column`.
    public var description: String { "\(start)-\(end.line):\(end.column)" }

    /// By start, then end.
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
