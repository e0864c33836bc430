import Diagnostics

/// The author's places for what cmark-gfm's table extension mispositions: a paragraph whose
/// last line became a table's header row, and that header row.
///
/// cmark-gfm reads the header row out of the paragraph's text and puts the lines above it back
/// as a new paragraph with no position (`try_inserting_table_header_paragraph` in table.c).
/// That paragraph's inlines count lines from 0 and columns from 0 on each line's content
/// (container prefix and leading blanks removed, `\|` unescaped to `|`). The header row and
/// its cells keep the paragraph's first line, and their columns count from the table's start
/// column through the whole paragraph text: every line's content and a newline, then the
/// header line's content.
struct TableParagraphPositions {
    let columns: SourceColumns
    /// The file line of the table's first line (the paragraph's, when it had one above the header).
    let startLine: Int
    /// cmark's (byte) start column of the table: where the first line's content starts.
    let startByteColumn: Int
    /// The file line of the header row.
    let headerLine: Int
    /// The bytes cmark counted before the header row: each paragraph line's content plus a newline.
    let paragraphByteCount: Int
    /// The byte column where the header row's content starts.
    let headerContentStart: Int

    /// `startLine`, `startByteColumn` from the table node; `delimiterLine` is the file line of
    /// the `|---|` row, the line after the header.
    init(columns: SourceColumns, startLine: Int, startByteColumn: Int, delimiterLine: Int) {
        self.columns = columns
        self.startLine = startLine
        self.startByteColumn = max(startByteColumn, 1)
        headerLine = max(delimiterLine - 1, startLine)
        var count = 0
        var line = startLine
        while line < headerLine {
            let start = Self.contentStart(columns, line: line, startLine: startLine, startByteColumn: self.startByteColumn)
            count += columns.lineBytes(line).count - (start - 1) + 1
            line += 1
        }
        paragraphByteCount = count
        headerContentStart = headerLine == startLine
            ? self.startByteColumn
            : SnippetLocator.prefixLength(columns.lineBytes(headerLine)) + 1
    }

    /// Whether cmark put a paragraph above the header row (otherwise nothing needs moving).
    var hasParagraph: Bool { headerLine > startLine }

    /// The byte column where the content of paragraph line `line` starts.
    private static func contentStart(_ columns: SourceColumns, line: Int, startLine: Int, startByteColumn: Int) -> Int {
        line == startLine ? startByteColumn : SnippetLocator.prefixLength(columns.lineBytes(line)) + 1
    }

    /// The file line and byte column of the paragraph's inline position (cmark's `line`, counted
    /// from 0, and 0-based `column` in the unescaped line content).
    func paragraphPlace(line: Int, column: Int) -> (line: Int, byteColumn: Int) {
        let fileLine = startLine + max(line, 0)
        let bytes = columns.lineBytes(fileLine)
        var index = bytes.startIndex + Self.contentStart(columns, line: fileLine, startLine: startLine, startByteColumn: startByteColumn) - 1
        // cmark's columns count the text after `\|` became `|`: one byte fewer for each.
        var remaining = max(column, 0)
        while remaining > 0, index < bytes.endIndex {
            let escapedPipe = bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.endIndex
                && bytes[index + 1] == UInt8(ascii: "|")
            index += escapedPipe ? 2 : 1
            remaining -= 1
        }
        return (fileLine, index - bytes.startIndex + 1 + remaining)
    }

    /// The file line and byte column of cmark's (byte) `column` in the header row.
    func headerPlace(column: Int) -> (line: Int, byteColumn: Int) {
        (headerLine, column - startByteColumn - paragraphByteCount + headerContentStart)
    }
}

/// A subtree of the walked tree whose cmark positions `TableParagraphPositions` corrects.
struct TableRegion {
    enum Kind {
        /// The paragraph cmark-gfm rebuilt above a header row.
        case paragraph
        /// The header row.
        case header
    }
    var kind: Kind
    /// The subtree's root; the region ends when the walk leaves it.
    var node: OpaquePointer
    var positions: TableParagraphPositions

    /// The file line and byte column of cmark's line and column inside the region.
    func place(line: Int, column: Int) -> (line: Int, byteColumn: Int) {
        switch kind {
        case .paragraph: positions.paragraphPlace(line: line, column: column)
        case .header: positions.headerPlace(column: column)
        }
    }

    /// The author's range for cmark's inclusive start and end; the rebuilt paragraph itself
    /// (cmark gave it none) runs from the table's start to the end of the line above the header.
    func range(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, isRoot: Bool) -> SourceRange {
        let columns = positions.columns
        if isRoot, kind == .paragraph {
            let lastLine = positions.headerLine - 1
            return columns.range(startLine: positions.startLine, startColumn: positions.startByteColumn,
                                 endLine: lastLine, endColumn: columns.lineBytes(lastLine).count)
        }
        let start = place(line: startLine, column: startColumn)
        let end = place(line: endLine, column: endColumn)
        return columns.range(startLine: start.line, startColumn: start.byteColumn,
                             endLine: end.line, endColumn: end.byteColumn)
    }
}
