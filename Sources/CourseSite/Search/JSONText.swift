import CourseKit

/// JSON string literals safe to embed in HTML `<script>` elements and in `.js` files.
package enum JSONText {
    /// `text` as a quoted JSON string. Besides JSON's own escapes, `<`, `>` and `&` become
    /// `\u003c`, `\u003e` and `\u0026` so that `</script>` or `<!--` can never appear raw, and
    /// U+2028/U+2029 are escaped because older JavaScript parsers treat them as line ends.
    package static func quoted(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        appendQuoted(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `quoted(text)`'s UTF-8 bytes to `result`, for writers that build a whole file
    /// in one buffer.
    static func appendQuoted(_ text: String, to result: inout [UInt8]) {
        // Byte runs that need no escape are copied whole: the search index quotes megabytes of
        // lesson text, and appending scalar by scalar was most of its cost.
        result.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ replacement: String, skipping count: Int) {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                result.append(contentsOf: replacement.utf8)
                index += count
                runStart = index
            }
            let plain = plainBytes
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes need nothing: one table look-up instead of the switch's tests.
                if plain[Int(byte)] {
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
                case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
                case UInt8(ascii: "\n"): escape("\\n", skipping: 1)
                case UInt8(ascii: "\r"): escape("\\r", skipping: 1)
                case UInt8(ascii: "\t"): escape("\\t", skipping: 1)
                case UInt8(ascii: "<"): escape("\\u003c", skipping: 1)
                case UInt8(ascii: ">"): escape("\\u003e", skipping: 1)
                case UInt8(ascii: "&"): escape("\\u0026", skipping: 1)
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, skipping: 1)
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", skipping: 3)
                default:
                    index += 1
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        result.append(UInt8(ascii: "\""))
    }

    /// For each byte, whether `appendQuoted` copies it as it is without a look at what follows:
    /// every byte but control characters, `"`, `\`, `<`, `>`, `&` and 0xE2 (the lead byte of
    /// U+2028 and U+2029).
    private static let plainBytes: [Bool] = (0...255).map { byte in
        !(byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2)
    }

    /// Appends the decimal digits of `number` (with a `-` when negative), as `"\(number)"` writes them.
    static func appendDecimal(_ number: Int, to result: inout [UInt8]) {
        // One or two digits without the divisor search: most numbers the index writes are a
        // posting's gap from the one before and its `count × 4 + flags`, both small.
        if number >= 0, number < 100 {
            if number >= 10 { result.append(UInt8(ascii: "0") + UInt8(number / 10)) }
            return result.append(UInt8(ascii: "0") + UInt8(number % 10))
        }
        if number < 0 { result.append(UInt8(ascii: "-")) }
        var value = number.magnitude
        var divisor: UInt = 1
        while value / divisor >= 10 { divisor *= 10 }
        repeat {
            result.append(UInt8(ascii: "0") + UInt8(value / divisor))
            value %= divisor
            divisor /= 10
        } while divisor > 0
    }
}
