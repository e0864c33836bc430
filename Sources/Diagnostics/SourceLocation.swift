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
///
/// Every node of every lesson's tree carries one, so it is stored compactly: the file once and
/// the four numbers as 32-bit integers (32 bytes instead of two `SourceLocation`s' 64; at 10,000
/// lessons that is tens of megabytes of peak memory). A range lies in one file: `end` reports
/// `start`'s file. Numbers outside 32 bits are clamped, which no readable file reaches.
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    @usableFromInline var storedFile: String
    @usableFromInline var startLine: Int32
    @usableFromInline var startColumn: Int32
    @usableFromInline var endLine: Int32
    @usableFromInline var endColumn: Int32

    /// A range from `start` up to, not including, `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        storedFile = start.file
        startLine = Int32(clamping: start.line)
        startColumn = Int32(clamping: start.column)
        endLine = Int32(clamping: end.line)
        endColumn = Int32(clamping: end.column)
    }

    /// A range covering `length` characters on one line from `start`.
    public init(start: SourceLocation, length: Int = 1) {
        self.init(start: start,
                  end: SourceLocation(file: start.file, line: start.line, column: start.column + max(length, 0)))
    }

    /// The first character of the range.
    @inlinable public var start: SourceLocation {
        get { SourceLocation(file: storedFile, line: Int(startLine), column: Int(startColumn)) }
        set {
            storedFile = newValue.file
            startLine = Int32(clamping: newValue.line)
            startColumn = Int32(clamping: newValue.column)
        }
    }

    /// The location just past the last character of the range (in `start`'s file).
    @inlinable public var end: SourceLocation {
        get { SourceLocation(file: storedFile, line: Int(endLine), column: Int(endColumn)) }
        set {
            endLine = Int32(clamping: newValue.line)
            endColumn = Int32(clamping: newValue.column)
        }
    }

    /// The file the range is in.
    @inlinable public var file: String { storedFile }

    /// `path:line:column-line:column`.
    public var description: String { "\(start)-\(end.line):\(end.column)" }

    /// By start, then end.
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
