/// One line of a Lectern fence's body with the Unicode scalar offset of its first character in
/// the body: the unit the fence's `bodyMap` takes, so a problem on the line maps to the lesson.
struct FenceBodyLine: Sendable {
    /// The line without its line break (a `\r` before the `\n` is dropped too).
    var text: Substring
    /// The scalar offset of the line's first character in the body.
    var offset: Int

    /// Every line of `body`, in order; a body ending in a newline ends with an empty line.
    ///
    /// Lines end where splitting at `"\n"` `Character`s ends them: at a line feed that does not
    /// end a CR LF pair. Found by reading bytes, not characters (a third of parsing a quiz).
    static func lines(of body: String) -> [FenceBodyLine] {
        // A native string's bytes are one buffer: a loop over it skips the string index work.
        body.utf8.withContiguousStorageIfAvailable { lines(of: body, bytes: $0) } ?? linesByIndices(of: body)
    }

    /// `lines(of:)` on the body's contiguous `bytes`.
    private static func lines(of body: String, bytes: UnsafeBufferPointer<UInt8>) -> [FenceBodyLine] {
        var result: [FenceBodyLine] = []
        let utf8 = body.utf8
        var start = 0
        var offset = 0       // scalars before the line
        var scalars = 0      // scalars before `index`
        var previous: UInt8 = 0
        func append(upTo end: Int) {
            // A CR alone is a character of its own, which `hasSuffix("\r")` dropped.
            let trimmed = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            // Offsets into a native string's bytes are indices in constant time.
            let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: trimmed)
            result.append(FenceBodyLine(text: body[range], offset: offset))
        }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                append(upTo: index)
                start = index + 1
                offset = scalars + 1
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            previous = byte
        }
        append(upTo: bytes.count)
        return result
    }

    /// `lines(of:)` stepping through string indices, for a string without contiguous bytes.
    static func linesByIndices(of body: String) -> [FenceBodyLine] {
        var result: [FenceBodyLine] = []
        let utf8 = body.utf8
        var start = utf8.startIndex
        var offset = 0       // scalars before the line
        var scalars = 0      // scalars before `index`
        var previous: UInt8 = 0
        var index = utf8.startIndex
        func append(upTo end: String.Index) {
            // A CR alone is a character of its own, which `hasSuffix("\r")` dropped.
            let trimmed = end > start && utf8[utf8.index(before: end)] == UInt8(ascii: "\r") ? utf8.index(before: end) : end
            result.append(FenceBodyLine(text: body[start..<trimmed], offset: offset))
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                append(upTo: index)
                start = utf8.index(after: index)
                offset = scalars + 1
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            previous = byte
            index = utf8.index(after: index)
        }
        append(upTo: utf8.endIndex)
        return result
    }

    /// `lines(of:)` as it was, splitting `Character`s (for the tests).
    static func linesByCharacters(of body: String) -> [FenceBodyLine] {
        var result: [FenceBodyLine] = []
        var offset = 0
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(FenceBodyLine(text: raw.hasSuffix("\r") ? raw.dropLast() : raw, offset: offset))
            offset += raw.unicodeScalars.count + 1
        }
        return result
    }
}
