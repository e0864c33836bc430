import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses a lesson too big for cmark-gfm to handle safely, before cmark sees it.
///
/// cmark-gfm pads every table row to the header's width, so a 12 KB lesson with a 2,000-column
/// header and 2,000 one-cell rows makes four million cells (seconds of work, a gigabyte of
/// memory, a 40 MB page), and a somewhat larger one aborts inside cmark. The guard counts the
/// cells each table will have (delimiter-row columns × rows) and reports `markdown.too-large`
/// instead of parsing; the loader uses it to refuse oversized lesson files the same way.
package enum MarkdownSizeGuard {
    /// The largest lesson file, in bytes: far more than any lesson needs.
    package static let maxBytes = 1_000_000
    /// The most cells (columns × rows, header included) one table may have.
    package static let maxTableCells = 50_000

    /// The refusal of a lesson file over `maxBytes`, nil for one of sane size. The loader asks
    /// this before reading the front matter, so an oversized file is never parsed at all.
    package static func fileTooLarge(_ source: SourceText) -> Diagnostic? {
        let bytes = source.text.utf8.count
        guard bytes > maxBytes else { return nil }
        return .error(MarkdownCodes.tooLarge, "the lesson is \(bytes) bytes; a lesson may have at most \(maxBytes) bytes",
                      at: SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1)),
                      notes: [DiagnosticNote("split it into several lessons")])
    }

    /// The tables of `source` too large to parse; empty when it may be parsed.
    package static func check(_ source: SourceText) -> [Diagnostic] {
        var text = source.text
        return text.withUTF8 { bytes in
            // A table needs a `|` in its header; most texts (every quiz text of the benchmark) have none.
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "|")), bytes.count) != nil else { return [] }
            return tables(in: bytes, file: source.file, firstLine: source.firstLine)
        }
    }

    /// `check(_:)` on the file's bytes. Lines are byte ranges of the one buffer: copying the
    /// text and splitting it into slices was most of the guard's cost.
    private static func tables(in bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lines: [Range<Int>] = []
        // Room for lines of about 32 bytes up front: growing the array line by line was half
        // of this scan (issue 13).
        lines.reserveCapacity(bytes.count / 32 + 16)
        var lineStart = 0
        while true {
            let rest = bytes.count - lineStart
            guard rest > 0, let base = bytes.baseAddress,
                  let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), rest) else { break }
            let lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            lines.append(content(of: lineStart..<lineEnd, in: bytes))
            lineStart = lineEnd + 1
        }
        lines.append(content(of: lineStart..<bytes.count, in: bytes))  // the last line, possibly empty
        var index = 1
        while index < lines.count {
            guard let columns = delimiterColumns(bytes[lines[index]]), bytes[lines[index - 1]].contains(UInt8(ascii: "|")) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !lines[end].isEmpty { end += 1 }
            let rows = end - index  // the header plus the body rows
            if columns * rows > maxTableCells {
                // `index` counts the delimiter row from 0: the header's line from the text's first.
                let header = SourceLocation(file: file, line: index + firstLine - 1, column: 1)
                diagnostics.append(.error(
                    MarkdownCodes.tooLarge,
                    "this table has \(columns) columns and \(rows) rows (\(columns * rows) cells); a table may have at most \(maxTableCells) cells",
                    at: SourceRange(start: header), notes: [DiagnosticNote("split the table, or give it fewer columns")]))
            }
            index = end
        }
        return diagnostics
    }

    /// A line's bytes without its container prefix (spaces, tabs, `>`) and trailing spaces.
    private static func content(of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var first = line.lowerBound
        while first < line.upperBound, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t")
                || bytes[first] == UInt8(ascii: ">") { first += 1 }
        guard first < line.upperBound else { return first..<first }
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")
                || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        // As the slices this replaced: a line of trailing blanks after the prefix keeps its first
        // byte, and one whose last other byte is in the prefix (`> \r`) is empty.
        if end == line.lowerBound { return first..<(first + 1) }
        return first..<max(end, first)
    }

    /// The number of columns of a GFM delimiter row (`| --- | :-: |`), nil for any other line.
    private static func delimiterColumns(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        // Only `|`, `-`, `:`, spaces and tabs can make one: ruling out a line of text here
        // spares splitting it into cells (1.7 % of a 1,000-lesson build, issue 13).
        guard line.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":")
                                 || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }
        var cells = line
        if cells.first == UInt8(ascii: "|") { cells = cells.dropFirst() }
        if cells.last == UInt8(ascii: "|") { cells = cells.dropLast() }
        guard !cells.isEmpty else { return nil }
        var columns = 0
        for cell in cells.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let trimmed = cell.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            var body = trimmed.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed() as [UInt8]
            if body.first == UInt8(ascii: ":") { body.removeFirst() }
            if body.last == UInt8(ascii: ":") { body.removeLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            columns += 1
        }
        return columns
    }
}
