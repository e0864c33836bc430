import CourseKit

/// The byte searches the search index's HTML scans share. Indices are offsets into the
/// buffer; everything searched for is ASCII, so a match never splits a character.
enum UTF8Search {
    /// HTML as UTF-8 bytes.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// The first `byte` at or after `from`.
    static func firstIndex(of byte: UInt8, in bytes: Bytes, from: Int) -> Int? {
        bytes[from...].firstIndex(of: byte)
    }

    /// Whether `needle` starts at `index`.
    static func hasPrefix(_ bytes: Bytes, _ needle: String, at index: Int) -> Bool {
        var position = index
        for byte in needle.utf8 {
            guard position < bytes.endIndex, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// Where the first `needle` starting at or after `from` begins, if it ends by `before`.
    static func find(_ bytes: Bytes, _ needle: String, from: Int, before: Int? = nil) -> Int? {
        let end = before ?? bytes.endIndex
        var needle = needle
        return needle.withUTF8 { pattern -> Int? in
            guard let first = pattern.first, pattern.count <= end - from else { return nil }
            var index = from
            let last = end - pattern.count
            while index <= last {
                guard let candidate = bytes[index...last].firstIndex(of: first) else { return nil }
                if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
                index = candidate + 1
            }
            return nil
        }
    }

    /// The lower-cased name of the tag `<…>` (letters and digits after `<` and any `/`), nil
    /// when it has none.
    static func tagName(_ tag: Bytes) -> String? {
        var start = tag.startIndex + 1
        while start < tag.endIndex, tag[start] == UInt8(ascii: "/") { start += 1 }
        var end = start
        while end < tag.endIndex, isASCIILetterOrDigit(tag[end]) { end += 1 }
        if end < tag.endIndex, tag[end] >= 0x80 {
            // A non-ASCII letter may continue the name: ask `Character`, as the tag's text would.
            let name = Substring(decoding: tag, as: UTF8.self).dropFirst().drop { $0 == "/" }
                .prefix { $0.isLetter || $0.isNumber }
            return name.isEmpty ? nil : name.lowercased()
        }
        guard end > start else { return nil }
        return String(decoding: tag[start..<end].map { $0 | (isASCIIUpper($0) ? 0x20 : 0) }, as: UTF8.self)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || isASCIIUpper(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isASCIIUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
}
