import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns cmark's 1-based byte columns into the character columns authors see, line by line.
///
/// Each line's table is built once, on first use, so a paragraph with thousands of nodes on one
/// long line costs linear time. ASCII lines need no table: bytes and characters coincide.
///
/// Lines are the author's file lines: an excerpt (`SourceText.firstLine`) answers for its own.
final class SourceColumns {
    let source: SourceText
    /// The file line of the text's first line (`SourceText.firstLine`).
    let firstLine: Int
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    /// For non-ASCII lines: the character column of each byte of the line (1-based).
    private var tables: [Int: [Int32]] = [:]
    /// Per line: whether it is ASCII. An array, not a dictionary: every node's range asks twice,
    /// and hashing the line was most of answering. Filled in once by `init`, eight bytes at a
    /// time, so it is a constant: asked lazily of a variable, each answer paid the class's
    /// run-time exclusivity check (issue 13).
    private let asciiLines: [Bool]

    init(_ source: SourceText) {
        self.source = source
        firstLine = source.firstLine
        bytes = Array(source.text.utf8)
        // memchr keeps this fast for multi-megabyte inputs even in debug builds.
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count,
                  let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                starts.append(index + 1)
                offset = index + 1
            }
        }
        lineStarts = starts
        asciiLines = Self.asciiLines(bytes, lineStarts: starts)
    }

    /// Whether each line is ASCII, from one pass over the whole text eight bytes at a time: a
    /// non-ASCII byte marks its line and the pass goes on at the next line.
    private static func asciiLines(_ bytes: [UInt8], lineStarts starts: [Int]) -> [Bool] {
        var ascii = [Bool](repeating: true, count: starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            let count = buffer.count
            var line = 0
            var index = 0
            while index < count {
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                guard buffer[index] >= 0x80 else {
                    index += 1
                    continue
                }
                while line + 1 < starts.count, starts[line + 1] <= index { line += 1 }
                ascii[line] = false
                guard line + 1 < starts.count else { break }
                index = starts[line + 1]
            }
        }
        return ascii
    }

    /// The file line of the text's last line.
    var lastLine: Int { firstLine + lineStarts.count - 1 }

    /// The bytes of the file's 1-based `fileLine` without its line ending; none outside the text.
    func lineBytes(_ fileLine: Int) -> ArraySlice<UInt8> {
        let line = fileLine - firstLine + 1
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<end]
    }

    /// The text of 1-based `line` without its line ending.
    func lineText(_ line: Int) -> String {
        String(decoding: lineBytes(line), as: UTF8.self)
    }

    /// Whether `opening` followed by `rest` occurs on `line` at 1-based `byteColumn`, compared in
    /// place rather than joined into one array first.
    func matches(_ opening: [UInt8], _ rest: [UInt8], line: Int, byteColumn: Int) -> Bool {
        let bytes = lineBytes(line)
        let start = bytes.startIndex + byteColumn - 1
        guard byteColumn >= 1, start + opening.count + rest.count <= bytes.endIndex else { return false }
        let middle = start + opening.count
        return bytes.withUnsafeBufferPointer { line in
            let base = start - bytes.startIndex
            for (offset, byte) in opening.enumerated() where line[base + offset] != byte { return false }
            let restBase = middle - bytes.startIndex
            for (offset, byte) in rest.enumerated() where line[restBase + offset] != byte { return false }
            return true
        }
    }

    /// The first (line, byte column) at or after the given place where `needle` occurs within
    /// one line, searching up to `lastLine`.
    func find(_ needle: [UInt8], fromLine: Int, byteColumn: Int, throughLine lastLine: Int) -> (Int, Int)? {
        guard !needle.isEmpty, fromLine >= 1 else { return nil }
        var line = max(fromLine, firstLine)
        var column = line == fromLine ? max(byteColumn, 1) : 1
        while line <= min(lastLine, self.lastLine) {
            let bytes = lineBytes(line)
            var start = bytes.startIndex + column - 1
            while start + needle.count <= bytes.endIndex {
                if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
                    return (line, start - bytes.startIndex + 1)
                }
                start += 1
            }
            line += 1
            column = 1
        }
        return nil
    }

    /// The character column of the byte at 1-based `byteColumn` on `line`; a byte inside a
    /// multi-byte character gives that character's column; past the end keeps counting.
    func column(line: Int, byteColumn: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count, byteColumn >= 1 else { return max(byteColumn, 1) }
        if asciiLines[index] { return byteColumn }
        let table = table(for: line, lineBytes(line))
        if byteColumn <= table.count { return Int(table[byteColumn - 1]) }
        let last = table.last.map { Int($0) + 1 } ?? 1
        return last + (byteColumn - table.count - 1)
    }

    /// The author's location of 1-based `line` and byte column.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        SourceLocation(file: source.file, line: line, column: column(line: line, byteColumn: byteColumn))
    }

    /// The range cmark reports: start byte column inclusive, end byte column inclusive.
    func range(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) -> SourceRange {
        let start = location(line: max(startLine, 1), byteColumn: max(startColumn, 1))
        guard endLine >= 1, endLine > startLine || (endLine == startLine && endColumn >= startColumn) else {
            return SourceRange(start: start, end: start)
        }
        // A zero end column means "before the first character" (an empty last line).
        var end = location(line: endLine, byteColumn: max(endColumn, 1))
        if endColumn >= 1 { end.column += 1 }
        return SourceRange(start: start, end: end)
    }

    private func table(for line: Int, _ lineBytes: ArraySlice<UInt8>) -> [Int32] {
        if let table = tables[line] { return table }
        var table: [Int32] = []
        table.reserveCapacity(lineBytes.count)
        var column: Int32 = 1
        for character in String(decoding: lineBytes, as: UTF8.self) {
            for _ in 0..<character.utf8.count { table.append(column) }
            column += 1
        }
        tables[line] = table
        return table
    }
}
