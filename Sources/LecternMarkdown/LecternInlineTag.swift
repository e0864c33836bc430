/// The tag the inline extension leaves on one of Lectern's inline nodes
/// (`CommonMarkConverter.tagPrefix`), read back from the node's literal bytes.
///
/// Reading the bytes once replaces splitting the tag and the formula as `String`s, which
/// iterated `Character`s over every formula (4 % of parsing a course's lessons).
struct LecternInlineTag {
    /// What the construct is.
    var kind: InlineMatch.Kind
    /// The inline parser's line and byte column of the construct's first byte.
    var line: Int
    var byteColumn: Int
    /// Bytes from the opening delimiter to past the closing one.
    var length: Int
    /// Bytes from the opening delimiter to the inner text.
    var innerOffset: Int
    /// The text between the delimiters.
    var inner: String
    /// The inner text's first line, as bytes: up to its first line break. A line break is a
    /// line feed that does not end a CR LF pair (`"\r\n"` is one `Character`, never split).
    var firstLine: [UInt8]
    /// How many lines the inner text has, split at those line breaks.
    var lineCount: Int
    /// The UTF-8 length of the inner text's last line.
    var lastLineByteCount: Int
    /// The inner text's length in Unicode scalars.
    var scalarCount: Int

    /// Reads `literal`, the node's whole literal: the tag line, a line feed, the inner text.
    /// Nil when it is not a well-formed tag.
    init?(_ literal: UnsafeBufferPointer<UInt8>) {
        guard let newline = literal.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let fields = literal[..<newline].split(separator: UInt8(ascii: " "))
        guard fields.count == 6, fields[0].elementsEqual(CommonMarkConverter.tagPrefix.utf8),
              let kind = InlineMatch.Kind(rawValue: String(decoding: fields[1], as: UTF8.self)),
              let line = Self.integer(fields[2]), let byteColumn = Self.integer(fields[3]),
              let length = Self.integer(fields[4]), let innerOffset = Self.integer(fields[5]) else { return nil }
        self.kind = kind
        self.line = line
        self.byteColumn = byteColumn
        self.length = length
        self.innerOffset = innerOffset
        let innerBytes = UnsafeBufferPointer(rebasing: literal[(newline + 1)...])
        inner = String(decoding: innerBytes, as: UTF8.self)
        var firstBreak: Int?
        var lastLineStart = 0
        var lines = 1
        var scalars = 0
        for index in innerBytes.indices {
            let byte = innerBytes[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            guard byte == UInt8(ascii: "\n"), index == 0 || innerBytes[index - 1] != UInt8(ascii: "\r") else { continue }
            if firstBreak == nil { firstBreak = index }
            lines += 1
            lastLineStart = index + 1
        }
        firstLine = Array(innerBytes[..<(firstBreak ?? innerBytes.count)])
        lineCount = lines
        lastLineByteCount = innerBytes.count - lastLineStart
        scalarCount = scalars
    }

    /// A decimal integer with an optional sign, as `Int(_:)` reads one.
    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        Int(String(decoding: bytes, as: UTF8.self))
    }
}
