/// `SearchTokens.of` on the text's UTF-8 bytes.
///
/// Most lesson text is ASCII, and there a byte is a scalar and a UTF-16 code unit at once:
/// lowercasing is a shift of A–Z, a word is a run of `a–z` and `0–9`, and the stem rules give
/// the same lengths. Only a scalar outside ASCII is decoded and lowercased as the scalar path
/// does, and only a word holding one is stemmed in UTF-16. The scalar path decoded and
/// re-encoded every character; on the 1,000-lesson benchmark it was 5 % of a build's CPU
/// time (issue 13).
enum ByteSearchTokens {
    /// The stemmed words of `text`, in order, repeats kept: `SearchTokens.scalarTokens(text)`.
    static func of(_ text: String) -> [String] {
        var tokens: [String] = []
        tokens.reserveCapacity(text.utf8.count / 6)
        scan(text, ascii: { tokens.append(String(decoding: $0, as: UTF8.self)) }, other: { tokens.append($0) })
        return tokens
    }

    /// Hands each stemmed word of `text` over in order: a word of ASCII letters and digits as
    /// its lowercase stemmed bytes to `ascii` (no string made), any other word as a string to
    /// `other`.
    static func scan(_ text: String, ascii: (UnsafeBufferPointer<UInt8>) -> Void, other: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var wordIsASCII = true
            /// Hands over the lowercase ASCII word `bytes`, stemmed.
            func emit(_ bytes: UnsafeBufferPointer<UInt8>) {
                let (keep, addY) = stem(bytes)
                guard addY else { return ascii(UnsafeBufferPointer(rebasing: bytes[..<keep])) }
                var stemmed = Array(bytes[..<keep])
                stemmed.append(0x79)  // "y"
                stemmed.withUnsafeBufferPointer(ascii)
            }
            func flush() {
                guard !word.isEmpty else { return }
                if wordIsASCII {
                    word.withUnsafeBufferPointer(emit)
                } else {
                    other(stemmedUTF16(word))
                }
                word.removeAll(keepingCapacity: true)
                wordIsASCII = true
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if word.isEmpty, isASCIILetterOrDigit(byte) {
                    // A run of ASCII letters and digits: when an ASCII byte (or the end) closes it,
                    // it is a whole word, handed over from the text itself when already lowercase.
                    let start = index
                    var hasUpper = false
                    while index < bytes.count, isASCIILetterOrDigit(bytes[index]) {
                        if bytes[index] <= 0x5A, bytes[index] >= 0x41 { hasUpper = true }
                        index += 1
                    }
                    if !hasUpper, index == bytes.count || bytes[index] < 0x80 {
                        emit(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    } else {
                        for k in start..<index { word.append(bytes[k] | (bytes[k] <= 0x5A && bytes[k] >= 0x41 ? 0x20 : 0)) }
                    }
                    continue
                }
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    word.append(byte)
                    index += 1
                case 0x41...0x5A:
                    word.append(byte + 0x20)
                    index += 1
                case 0x80...:
                    let (scalar, length) = decode(bytes, at: index)
                    if let isWord = knownWordness(scalar.value) {
                        // Its own lowercase: its bytes join the word as they are, or end it.
                        if isWord {
                            wordIsASCII = false
                            word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                        } else {
                            flush()
                        }
                        index += length
                        continue
                    }
                    index += length
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                        if SearchTokens.isWordScalar(lowered) {
                            if !lowered.isASCII { wordIsASCII = false }
                            word.append(contentsOf: lowered.utf8)
                        } else {
                            flush()
                        }
                    }
                default:
                    flush()
                    index += 1
                }
            }
            flush()
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
    }

    /// Whether the scalar `value` is a word scalar, for the scalars of math text whose lowercase
    /// mapping is themselves and whose answer needs no property look-up: Greek small letters
    /// (words), general punctuation, arrows, operators and technical symbols (not words). Nil
    /// for any other scalar. Looking up the lowercase mapping and the general category of each
    /// `≤`, `−` and `σ` was a tenth of tokenizing a lesson's text (issue 13); a test holds this
    /// table to both properties over every scalar.
    static func knownWordness(_ value: UInt32) -> Bool? {
        switch value {
        case 0x03B1...0x03C9: true
        case 0x00D7, 0x00F7, 0x2000...0x206F, 0x2190...0x23FF: false
        default: nil
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` (a `String`'s bytes are valid UTF-8),
    /// and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }

    /// `SearchTokens.stem` on a word holding scalars outside ASCII: in UTF-16, as the script counts.
    private static func stemmedUTF16(_ word: [UInt8]) -> String {
        // Every ending the stem strips ends in `g`, `d` or `s`; a word ending otherwise (most
        // such words: `σ`, `ŷ`) is its own stem, made without the trip through UTF-16.
        if let last = word.last, last != UInt8(ascii: "g"), last != UInt8(ascii: "d"), last != UInt8(ascii: "s") {
            return String(decoding: word, as: UTF8.self)
        }
        return String(decoding: SearchTokens.stem(Array(String(decoding: word, as: UTF8.self).utf16)), as: UTF16.self)
    }

    /// `SearchTokens.stem` on a lowercase ASCII word: how many of its bytes the stem keeps, and
    /// whether a `y` follows them (`-ies` → `-y`).
    static func stem(_ word: UnsafeBufferPointer<UInt8>) -> (keep: Int, addY: Bool) {
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
        // "ing" and "ed" exclude each other; too short a base leaves the plural rules to try.
        let ingOrEd = ends(with: "ing") ? 3 : ends(with: "ed") ? 2 : 0
        if ingOrEd > 0, count - ingOrEd >= 3 {
            var keep = count - ingOrEd
            let last = word[keep - 1]
            if word[keep - 2] == last, !keepsDouble(last) { keep -= 1 }
            return (keep, false)
        }
        if count > 4, ends(with: "ies") { return (count - 3, true) }
        if count > 4, ends(with: "sses") || ends(with: "shes") || ends(with: "ches") || ends(with: "xes") || ends(with: "zes") {
            return (count - 2, false)
        }
        if count > 3, ends(with: "s"), !ends(with: "ss") { return (count - 1, false) }
        return (count, false)
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
