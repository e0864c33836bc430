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

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A span in one file, from `start` up to but not including `end`.
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    /// The location just past the last character of the range.
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering `length` characters on one line from `start`.
    public init(start: SourceLocation, length: Int = 1) {
        self.start = start
        self.end = SourceLocation(file: start.file, line: start.line, column: start.column + max(length, 0))
    }

    public var file: String { start.file }

    public var description: String { "\(start)-\(end.line):\(end.column)" }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
