import CourseKit

/// The readable text of rendered HTML, for search entries, descriptions and JSON-LD.
///
/// Tags are dropped, a few block boundaries become spaces, entities that the renderer emits
/// are decoded, and each `<math>` element is replaced by its TeX annotation (the MathML
/// presentation would otherwise read as run-together symbols).
///
/// The scan works on UTF-8 bytes: every delimiter it looks for is ASCII, and walking
/// `Character`s with substring searches made the search index a third of the build. Text
/// between tags is copied byte for byte; the final white space collapse goes by bytes too when
/// every scalar is a character of its own (`StandAloneScalars`), else by `Character`.
package enum HTMLPlainText {
    /// The text of `html`, white space collapsed.
    package static func from(html: String) -> String {
        var html = html
        return html.withUTF8 { from(bytes: $0[...]) }
    }

    /// The text of the UTF-8 HTML `html`, white space collapsed; `html` starts and ends between
    /// characters.
    package static func from(bytes html: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(html.count)
        var index = html.startIndex
        while index < html.endIndex {
            let byte = html[index]
            guard byte == UInt8(ascii: "<") else {
                text.append(byte)
                index += 1
                continue
            }
            if UTF8Search.hasPrefix(html, "<math", at: index), let end = UTF8Search.find(html, "</math>", from: index) {
                if let open = UTF8Search.find(html, annotation, from: index, before: end),
                   let close = UTF8Search.find(html, "</annotation>", from: open + annotation.utf8.count, before: end) {
                    text += decodeEntities(html[(open + annotation.utf8.count)..<close])
                }
                index = end + 7
                continue
            }
            if let name = ["script", "style", "svg"].first(where: { UTF8Search.hasPrefix(html, "<" + $0, at: index) }),
               let end = UTF8Search.find(html, "</\(name)>", from: index) {
                index = end + name.utf8.count + 3
                continue
            }
            guard let close = UTF8Search.firstIndex(of: UInt8(ascii: ">"), in: html, from: index) else { break }
            // Block boundaries separate words; inline tags (a, em, code, span) do not.
            if isBlockBoundary(html[index...close]) { text.append(UInt8(ascii: " ")) }
            index = close + 1
        }
        return collapse(String(decoding: decodeEntities(text[...]), as: UTF8.self))
    }

    private static let annotation = "<annotation encoding=\"application/x-tex\">"

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "blockquote", "table", "thead", "tbody", "tr", "td", "th", "section", "article", "aside", "details",
        "summary", "figure", "figcaption", "hr", "header", "footer", "nav", "main", "img", "input", "label",
    ]

    private static func isBlockBoundary(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let name = UTF8Search.tagName(tag) else { return false }
        return blockTags.contains(name)
    }

    /// Decodes the named entities an HTML renderer emits and numeric references.
    package static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return String(decoding: decodeEntities(Array(text.utf8)[...]), as: UTF8.self)
    }

    /// `decodeEntities` on UTF-8 bytes. An entity name is ASCII, so its `;` is found within
    /// the same twelve bytes as within twelve characters.
    private static func decodeEntities<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt8] where Bytes.Index == Int {
        guard text.contains(UInt8(ascii: "&")) else { return Array(text) }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "&"),
               let semicolon = text[index..<min(index + 12, text.endIndex)].firstIndex(of: UInt8(ascii: ";")),
               let decoded = decode(entity: Substring(decoding: text[(index + 1)..<semicolon], as: UTF8.self)) {
                result += decoded.utf8
                index = semicolon + 1
                continue
            }
            result.append(byte)
            index += 1
        }
        return result
    }

    private static func decode(entity name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            let isHex = name.hasPrefix("#x") || name.hasPrefix("#X")
            guard name.hasPrefix("#"),
                  let value = UInt32(name.dropFirst(isHex ? 2 : 1), radix: isHex ? 16 : 10),
                  let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
    }

    /// Runs of white space become one space; ends are trimmed.
    package static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapse(utf8: $0) }
    }

    /// `collapse` of the text whose UTF-8 bytes are `bytes`.
    package static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Byte by byte when every scalar is a character of its own (a carriage return may
        // be: with or without its line feed it is white space). A white space scalar is
        // then a white space character, and ASCII white space is 09…0D and 20.
        guard StandAloneScalars.all(in: bytes, allowingCarriageReturn: true) else {
            return String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        // Written straight into the string's storage: the text never grows, so its length is
        // enough room, and no array is made and copied.
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                // ASCII first, decided in line: nearly every byte of lesson text is one.
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = UInt8(ascii: " ")
                            count += 1
                            pendingSpace = false
                        }
                        out[count] = byte
                        count += 1
                    }
                    i += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                if isWhitespace(bytes, at: i, length: length) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    for k in i..<min(i + length, bytes.count) {
                        out[count] = bytes[k]
                        count += 1
                    }
                }
                i += length
            }
            return count
        }
    }

    /// Whether the scalar of `length` bytes at `i` is white space (`Unicode.Scalar.Properties.isWhitespace`).
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        let lead = bytes[i]
        if length == 1 { return lead == 0x20 || (0x09...0x0D).contains(lead) }
        // Non-ASCII white space: U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F,
        // U+205F, U+3000; only these leads can start one.
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3, i + length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return WhiteSpaceScalars.contains(value)
    }
}
