/// Maps positions inside an embedded snippet (a formula, a Calc statement, a fence body) back
/// to the author's file.
///
/// A snippet is assembled from pieces of the author's text; each piece starts at a known
/// location. Positions inside the snippet are Unicode scalar offsets, the unit TeXMath and
/// Calc report; the resulting columns count characters, as `SourceLocation` does.
public struct SnippetMap: Sendable {
    /// One piece of the snippet: from `offset` (in Unicode scalars) it copies the author's text
    /// starting at `location`.
    public struct Segment: Sendable, Hashable {
        /// The scalar offset in the snippet where this piece starts.
        public var offset: Int
        /// Where the piece's first character is in the author's file.
        public var location: SourceLocation

        /// A piece starting at `offset` that copies the text at `location`.
        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    /// The assembled text handed to TeXMath or Calc.
    public let snippet: String
    /// The pieces, sorted by offset.
    public let segments: [Segment]

    /// The number of Unicode scalars in `snippet`.
    private let scalarCount: Int
    /// For long snippets only: entry `i` counts the characters that start before scalar `i`
    /// (`scalarCount + 1` entries). Without it every lookup counts characters from its segment's
    /// start, and a 20 KB formula with thousands of errors took seconds in that counting alone.
    private let characterStarts: [Int]?

    /// Whether the snippet is ASCII without carriage returns: then every scalar is a character
    /// of its own and a column needs no counting (most formulas and fence bodies).
    private let isPlain: Bool

    /// Snippets at least this long (in scalars) get `characterStarts`.
    private static let indexedLength = 512

    /// - Parameter segments: sorted by offset; the first must start at offset 0.
    public init(snippet: String, segments: [Segment]) {
        // One pass over the bytes: a byte that does not continue a scalar starts one.
        var scalars = 0
        var plain = true
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte >= 0x80 || byte == UInt8(ascii: "\r") { plain = false }
            }
        }
        // A native string's bytes are one buffer: looping over it skips the string index work.
        if snippet.utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil { scan(snippet.utf8) }
        self.init(snippet: snippet, segments: segments, scalarCount: scalars, isPlain: plain)
    }

    /// `init(snippet:segments:)` for a caller that has already counted the snippet's scalars and
    /// seen whether it is ASCII without carriage returns, so the bytes are not read again.
    package init(snippet: String, segments: [Segment], scalarCount: Int, isPlain plain: Bool) {
        self.snippet = snippet
        self.segments = segments
        self.scalarCount = scalarCount
        isPlain = plain
        guard scalarCount >= Self.indexedLength, !plain else {
            characterStarts = nil
            return
        }
        var starts = [0]
        starts.reserveCapacity(scalarCount + 1)
        for (index, character) in snippet.enumerated() {
            // Every scalar of the character has the character itself started before its end.
            for _ in character.unicodeScalars { starts.append(index + 1) }
        }
        characterStarts = starts
    }

    /// A snippet copied verbatim from one place, possibly spanning lines: each line after the
    /// first starts at `continuationColumn` (column 1 unless the snippet was indented).
    public init(snippet: String, startingAt start: SourceLocation, continuationColumn: Int = 1) {
        var segments = [Segment(offset: 0, location: start)]
        var line = start.line
        for (offset, scalar) in snippet.unicodeScalars.enumerated() where scalar == "\n" {
            line += 1
            segments.append(Segment(
                offset: offset + 1,
                location: SourceLocation(file: start.file, line: line, column: continuationColumn)
            ))
        }
        self.init(snippet: snippet, segments: segments)
    }

    /// The author's location of the Unicode scalar at `offset` in the snippet.
    public func location(atScalarOffset offset: Int) -> SourceLocation {
        guard let segment = segments.last(where: { $0.offset <= offset }) ?? segments.first else {
            return SourceLocation(file: "", line: 1, column: 1)
        }
        let count = scalarCount
        let lower = min(max(segment.offset, 0), count)
        let upper = min(max(offset, segment.offset), count)
        var characters: Int
        if isPlain {
            characters = upper - lower
        } else if let starts = characterStarts, lower == 0 || lower == count || starts[lower + 1] != starts[lower] {
            // `lower` starts a character, so the text from it holds exactly the characters that
            // start in lower..<upper (one cut short at `upper` still counts, as before).
            characters = starts[upper] - starts[lower]
        } else {
            let scalars = snippet.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: lower)
            let to = scalars.index(scalars.startIndex, offsetBy: upper)
            characters = String(scalars[from..<to]).count
        }
        // Offsets past the end of the snippet (an error "at end of input") keep counting.
        if offset > count { characters += offset - max(count, segment.offset) }
        var location = segment.location
        location.column += characters
        return location
    }

    /// The author's range for `length` scalars from `offset` (at least one character); a
    /// range crossing a line break of the snippet ends on the author's later line.
    public func range(atScalarOffset offset: Int, length: Int = 1) -> SourceRange {
        let start = location(atScalarOffset: offset)
        let end = location(atScalarOffset: offset + max(length, 1))
        if end.file == start.file, end > start {
            return SourceRange(start: start, end: end)
        }
        return SourceRange(start: start, length: max(length, 1))
    }
}
