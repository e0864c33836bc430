import Foundation

/// Turns the bytes of an author's file into the text every later pass reads.
///
/// A Windows checkout has CRLF line endings and editors there may add a byte-order mark; both
/// are read as if the file had plain LF lines, so a course builds byte-identically on every
/// system and columns count the same characters. Files that are not text (invalid UTF-8, or
/// control characters such as the NUL bytes of a binary file) are refused so that their bytes
/// never end up quoted in a diagnostic.
package enum TextDecoding {
    /// The text of `data`, or nil when it is not UTF-8 text.
    package static func text(_ data: Data) -> String? {
        // Over the bytes in place: `Data`'s iterator, one call per byte, was a tenth of loading a course.
        let refused = data.withUnsafeBytes { bytes in
            bytes.contains { $0 == 0x7F || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D) }
        }
        if refused { return nil }
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return normalized(text)
    }

    /// `text` without a leading byte-order mark and with every CRLF turned into LF.
    package static func normalized(_ text: String) -> String {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(0x0D) else { return bytes.count == text.utf8.count ? text : String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
