import Diagnostics

/// Locates text that cmark's inline parser saw inside one container (paragraph, heading, cell).
///
/// cmark hands the inline parser the container's lines with each line's container prefix
/// (`> `, list indentation, leading blanks) removed. Its column is right on the container's
/// first line; on later lines it counts from the container's start column instead of the
/// line's real prefix, so the real prefix is measured here from the author's line.
struct SnippetLocator {
    let columns: SourceColumns
    /// cmark's start line of the container.
    let containerLine: Int
    /// cmark's (byte) start column of the container.
    let containerByteColumn: Int

    /// The author's byte column for a (line, column) pair reported by the inline parser.
    func sourceByteColumn(line: Int, byteColumn: Int) -> Int {
        guard line != containerLine else { return byteColumn }
        return Self.prefixLength(columns.lineBytes(line)) + (byteColumn - containerByteColumn) + 1
    }

    /// The author's location for a (line, column) pair reported by the inline parser.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        columns.location(line: line, byteColumn: sourceByteColumn(line: line, byteColumn: byteColumn))
    }

    /// The location of the first content character of a continuation line.
    func continuationStart(line: Int) -> SourceLocation {
        columns.location(line: line, byteColumn: Self.prefixLength(columns.lineBytes(line)) + 1)
    }

    /// A map for `snippet`, which starts at `start` (on `line`) and continues on the following
    /// lines after each newline it contains.
    func map(for snippet: String, startingAt start: SourceLocation, line: Int) -> SnippetMap {
        var segments = [SnippetMap.Segment(offset: 0, location: start)]
        var current = line
        // Offsets count Unicode scalars: every byte that does not continue a scalar starts one.
        var scalars = 0
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                guard byte == UInt8(ascii: "\n") else { continue }
                current += 1
                segments.append(SnippetMap.Segment(offset: scalars, location: continuationStart(line: current)))
            }
        }
        // A native string's bytes are one buffer: looping over it skips the string index work.
        if snippet.utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil { scan(snippet.utf8) }
        return SnippetMap(snippet: snippet, segments: segments)
    }

    /// Bytes cmark strips before a paragraph continuation line: block-quote markers and blanks.
    /// (A continuation line cannot itself start with `>`: that would open a block quote.)
    static func prefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") else { break }
            count += 1
        }
        return count
    }
}
