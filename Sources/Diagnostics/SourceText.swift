/// An author's file held in memory, able to turn offsets into line and column.
public struct SourceText: Sendable {
    /// The path as diagnostics should print it.
    public let file: String
    /// The whole text of the file, or of an excerpt of it (see `firstLine`).
    public let text: String
    /// The file line `text` starts on: 1 for a whole file; later for an excerpt, such as one
    /// glossary definition, whose lines and locations are still counted in the author's file.
    public let firstLine: Int
    /// Blank lines that follow an excerpt in the file after the one blank line its text ends
    /// with: a block still open there (a list, a fence never closed) runs on over them as it
    /// would in the whole file, without the excerpt holding them.
    public let blankLinesAfter: Int
    /// UTF-8 offset of the first byte of each line: 32 bits, half the memory of `Int`, since
    /// every author file of a course is held until its diagnostics are printed.
    private let lineStarts: [UInt32]

    /// Indexes the line starts of `text` once, so lookups are quick.
    public init(file: String, text: String) {
        self.init(file: file, text: text, firstLine: 1)
    }

    /// An excerpt of `file` whose first line is the file's line `firstLine`.
    public init(file: String, text: String, firstLine: Int, blankLinesAfter: Int = 0) {
        self.file = file
        self.text = text
        self.firstLine = firstLine
        self.blankLinesAfter = blankLinesAfter
        lineStarts = Self.lineStarts(of: text)
    }

    /// The offset of every line start, read from the UTF-8 buffer directly: enumerating the
    /// string's UTF-8 view was a whole per cent of a 1,000-lesson build.
    private static func lineStarts(of text: String) -> [UInt32] {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
            var starts: [UInt32] = [0]
            var offset = 0
            while offset < bytes.count {
                if bytes[offset] == UInt8(ascii: "\n") { starts.append(UInt32(truncatingIfNeeded: offset + 1)) }
                offset += 1
            }
            return starts
        }
        if let starts = text.utf8.withContiguousStorageIfAvailable(scan) { return starts }
        var copy = text
        return copy.withUTF8(scan)
    }

    /// The number of lines; a final line break starts an empty last line.
    public var lineCount: Int { lineStarts.count }

    /// The text of the file's 1-based `line`, without its line ending; nil outside the text.
    public func line(_ fileLine: Int) -> Substring? {
        let line = fileLine - firstLine + 1
        guard line >= 1, line <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[line - 1]))
        var end = line < lineStarts.count
            ? utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[line]) - 1)
            : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
            end = utf8.index(before: end)
        }
        return text[start..<end]
    }

    /// The location of a UTF-8 byte offset into the text.
    public func location(utf8Offset offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), text.utf8.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(lineStarts[mid]) <= clamped { low = mid } else { high = mid - 1 }
        }
        let utf8 = text.utf8
        let lineStart = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[low]))
        var target = utf8.index(utf8.startIndex, offsetBy: clamped)
        // An offset inside the line ending (the "\r\n" of a CRLF file is one character) or
        // inside a multi-byte character is reported at that character's own column.
        if let content = line(low + firstLine), target > content.endIndex { target = content.endIndex }
        // Count whole characters that end at or before the target, so an offset in the middle
        // of one (a combining accent's bytes) gets that character's column.
        var column = 1
        var index = lineStart
        while index < target {
            let next = text.index(after: index)
            if next > target { break }
            column += 1
            index = next
        }
        return SourceLocation(file: file, line: low + firstLine, column: column)
    }

    /// The location of a string index into the text.
    public func location(of index: String.Index) -> SourceLocation {
        location(utf8Offset: text.utf8.distance(from: text.utf8.startIndex, to: index))
    }

    /// The location `characters` characters after the start of 1-based `line`, `column`.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
