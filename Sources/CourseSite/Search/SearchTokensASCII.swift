/// `SearchTokens.of` on text that is all ASCII, read as UTF-8 bytes.
///
/// Most lesson text is ASCII, and there a byte is a scalar and a UTF-16 code unit at once:
/// lowercasing is a shift of A–Z, a word is a run of `a–z` and `0–9`, and the stem rules give
/// the same lengths. The general path decodes every scalar and builds each word in UTF-16; on
/// the 1,000-lesson benchmark it was 5 % of a build's CPU time (issue 13).
enum ASCIISearchTokens {
    /// The stemmed words of `text`, or nil when it holds a byte outside ASCII.
    static func of(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var word: [UInt8] = []
            word.reserveCapacity(32)
            for byte in bytes {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                case 0x41...0x5A: word.append(byte + 0x20)
                case 0x80...: return nil
                default:
                    if !word.isEmpty {
                        tokens.append(stemmed(word))
                        word.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !word.isEmpty { tokens.append(stemmed(word)) }
            return tokens
        }
    }

    /// `SearchTokens.stem` on a lowercase ASCII word, as a string.
    static func stemmed(_ word: [UInt8]) -> String {
        let count = word.count
        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            return suffix.withUTF8Buffer { suffix in
                var index = 0
                while index < length {
                    if word[count - length + index] != suffix[index] { return false }
                    index += 1
                }
                return true
            }
        }
        func string(_ length: Int, then extra: UInt8? = nil) -> String {
            var bytes = Array(word[..<length])
            if let extra { bytes.append(extra) }
            return String(decoding: bytes, as: UTF8.self)
        }
        // "ing" and "ed" exclude each other; too short a base leaves the plural rules to try.
        for (suffix, length) in [("ing" as StaticString, 3), ("ed", 2)] where ends(with: suffix) {
            guard count - length >= 3 else { break }
            var keep = count - length
            let last = word[keep - 1]
            if word[keep - 2] == last, !keepsDouble(last) { keep -= 1 }
            return string(keep)
        }
        if count > 4, ends(with: "ies") { return string(count - 3, then: 0x79) }  // 0x79: "y"
        if count > 4, ends(with: "sses") || ends(with: "shes") || ends(with: "ches") || ends(with: "xes") || ends(with: "zes") {
            return string(count - 2)
        }
        if count > 3, ends(with: "s"), !ends(with: "ss") { return string(count - 1) }
        return string(count)
    }

    /// The letters a doubled final consonant keeps both of (`[^aeiouslz]` in the script).
    private static func keepsDouble(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "s"), UInt8(ascii: "l"), UInt8(ascii: "z"): true
        default: false
        }
    }
}
