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
    /// Whether the inner text is ASCII without carriage returns (see `SnippetMap`).
    var isPlain: Bool
    /// Whether the inner text holds a line feed byte at all (even one ending a CR LF pair).
    var hasLineFeed: Bool

    /// Reads `literal`, the node's whole literal: the tag line, a line feed, the inner text.
    /// Nil when it is not a well-formed tag.
    init?(_ literal: UnsafeBufferPointer<UInt8>) {
        guard let newline = literal.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        // The six space-separated fields of the tag line, as `split(separator: " ")` finds them,
        // without the array of slices.
        var cursor = 0
        func field() -> Slice<UnsafeBufferPointer<UInt8>>? {
            while cursor < newline, literal[cursor] == UInt8(ascii: " ") { cursor += 1 }
            let start = cursor
            while cursor < newline, literal[cursor] != UInt8(ascii: " ") { cursor += 1 }
            return start < cursor ? literal[start..<cursor] : nil
        }
        guard let prefix = field(), Self.equal(prefix, CommonMarkConverter.tagPrefixBytes),
              let kindName = field(), let kind = Self.kind(kindName),
              let line = field().flatMap(Self.integer), let byteColumn = field().flatMap(Self.integer),
              let length = field().flatMap(Self.integer), let innerOffset = field().flatMap(Self.integer),
              field() == nil else { return nil }
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
        var plain = true
        var lineFeed = false
        var index = 0
        while index < innerBytes.count {
            // Eight bytes at a time while they are ASCII without a CR or LF: eight scalars, no
            // line break, still plain (most formulas are such bytes throughout).
            if index + 8 <= innerBytes.count, let base = innerBytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, !Self.has(UInt8(ascii: "\n"), in: word), !Self.has(UInt8(ascii: "\r"), in: word) {
                    scalars += 8
                    index += 8
                    continue
                }
            }
            defer { index += 1 }
            let byte = innerBytes[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte >= 0x80 || byte == UInt8(ascii: "\r") { plain = false }
            guard byte == UInt8(ascii: "\n") else { continue }
            lineFeed = true
            guard index == 0 || innerBytes[index - 1] != UInt8(ascii: "\r") else { continue }
            if firstBreak == nil { firstBreak = index }
            lines += 1
            lastLineStart = index + 1
        }
        firstLine = Array(innerBytes[..<(firstBreak ?? innerBytes.count)])
        lineCount = lines
        lastLineByteCount = innerBytes.count - lastLineStart
        scalarCount = scalars
        isPlain = plain
        hasLineFeed = lineFeed
    }

    /// Whether one of the eight bytes of `word` is `byte` (the zero-byte test on `word` XOR
    /// `byte` in every lane, exact for any byte values).
    private static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let lanes = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (lanes &- 0x0101_0101_0101_0101) & ~lanes & 0x8080_8080_8080_8080 != 0
    }

    /// The kinds with their names' bytes, read without making a `String` of the name.
    private static let kinds = InlineMatch.Kind.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The kind whose raw value is `name`'s bytes: `InlineMatch.Kind(rawValue:)`.
    private static func kind(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> InlineMatch.Kind? {
        kinds.first { equal(name, $0.1) }?.0
    }

    /// Whether `bytes` are exactly `expected`.
    static func equal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ expected: [UInt8]) -> Bool {
        guard bytes.count == expected.count else { return false }
        var index = bytes.startIndex
        for byte in expected {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// A decimal integer with an optional sign, as `Int(_:)` reads one (nil on overflow), read
    /// without making a `String` of it.
    static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = bytes.startIndex
        let negative = index < bytes.endIndex && bytes[index] == UInt8(ascii: "-")
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < bytes.endIndex else { return nil }
        var value = 0
        while index < bytes.endIndex {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            // Negative values accumulate downwards so that `Int.min` fits, as in `Int(_:)`.
            let (scaled, scaleOverflow) = value.multipliedReportingOverflow(by: 10)
            let (next, addOverflow) = negative
                ? scaled.subtractingReportingOverflow(Int(digit)) : scaled.addingReportingOverflow(Int(digit))
            guard !scaleOverflow, !addOverflow else { return nil }
            value = next
            index += 1
        }
        return value
    }
}
