/// The rules for Lectern's inline syntax, applied to the bytes cmark's inline parser holds.
///
/// Dollar rules follow Pandoc's `tex_math_dollars`: an opening `$` is not followed by
/// whitespace; the first later unescaped `$` closes, and only if it is not preceded by
/// whitespace nor followed by a digit (otherwise the opening `$` is plain text). `$$…$$` is
/// display math wherever it appears. A backslash inside math escapes the next byte (so `\$`
/// stays in the TeX); outside math cmark has already turned `\$` into a literal dollar.
enum InlineScanner {
    private static let dollar = UInt8(ascii: "$")
    private static let backslash = UInt8(ascii: "\\")

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Math starting at the `$` at `start`, or nil.
    static func dollar<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> InlineMatch?
    where Bytes.Index == Int {
        let end = bytes.endIndex
        guard start < end, bytes[start] == dollar else { return nil }
        if start + 1 < end, bytes[start + 1] == dollar {
            return display(in: bytes, at: start)
        }
        guard start + 1 < end, !isSpace(bytes[start + 1]) else { return nil }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == backslash {
                index += 2
                continue
            }
            if byte == dollar {
                if isSpace(bytes[index - 1]) { return nil }
                if index + 1 < end, isDigit(bytes[index + 1]) { return nil }
                return InlineMatch(kind: .inlineMath, inner: (start + 1)..<index, end: index + 1)
            }
            index += 1
        }
        return nil
    }

    private static func display<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> InlineMatch
    where Bytes.Index == Int {
        let end = bytes.endIndex
        var index = start + 2
        while index + 1 < end {
            let byte = bytes[index]
            if byte == backslash {
                index += 2
                continue
            }
            if byte == dollar, bytes[index + 1] == dollar, index > start + 2 {
                return InlineMatch(kind: .displayMath, inner: (start + 2)..<index, end: index + 2)
            }
            index += 1
        }
        // An unclosed `$$` is text; consuming both dollars keeps the second from opening `$…$`.
        return InlineMatch(kind: .text, inner: start..<(start + 2), end: start + 2)
    }

    /// An inline value `{= expression :format}` starting at the `{` at `start`, or nil.
    static func value<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> InlineMatch?
    where Bytes.Index == Int {
        InlineValueSyntax.extent(in: bytes, at: start).map { InlineMatch(kind: .value, inner: $0.inner, end: $0.end) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    var trimmingBlanks: String {
        // Most texts (glossary targets, fence arguments, value expressions) start and end with
        // ASCII that is not blank, so they are kept whole without the scalar-by-scalar copy.
        let whole = String(self)
        if let head = whole.utf8.first, let tail = whole.utf8.last, Self.isKeptASCII(head), Self.isKeptASCII(tail) {
            return whole
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[first...last])
        return result
    }

    /// Whether `byte` is ASCII and not whitespace in Unicode's sense (tab to carriage return, space).
    private static func isKeptASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }
}
