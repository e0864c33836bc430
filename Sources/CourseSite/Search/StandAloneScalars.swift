/// Whether UTF-8 text can be read byte by byte in place of `Character` by `Character`: every
/// scalar is a grapheme cluster of its own wherever it stands, and no scalar is canonically
/// equivalent to `·` (the one non-ASCII character the byte readers compare with).
///
/// Combining marks (the slash of `\not`), zero-width joiners, Hangul jamo and syllables, emoji
/// modifiers, regional indicators and the few letters that prepend to or attach as marks to a
/// neighbour fail; so do a carriage return (it pairs with a line feed) unless allowed, and any
/// unassigned scalar or control other than ASCII outside the blocks known to stand alone.
enum StandAloneScalars {
    /// Whether every scalar of `bytes` stands alone.
    static func all(in bytes: UnsafeBufferPointer<UInt8>, allowingCarriageReturn: Bool = false) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            // Eight ASCII bytes at a time: lesson text and MathML are mostly ASCII.
            if i + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, allowingCarriageReturn || !hasCarriageReturn(word) {
                    i += 8
                    continue
                }
            }
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0x0D, !allowingCarriageReturn { return false }
                i += 1
                continue
            }
            let second = i + 1 < count ? bytes[i + 1] : 0
            let third = i + 2 < count ? bytes[i + 2] : 0
            // Common blocks of math and prose whose every scalar stands alone: Greek letters
            // (U+0388…U+03FF), U+2000…U+203F spaces and punctuation but the zero-width
            // (non-)joiners U+200C and U+200D, U+2180…U+2BFF arrows and operators, the
            // invisible operators U+2061…U+2064.
            if (lead == 0xCE && second >= 0x88) || lead == 0xCF
                || (lead == 0xE2 && ((second == 0x80 && third != 0x8C && third != 0x8D) || (0x86...0xAF).contains(second)))
                || (lead == 0xE2 && second == 0x81 && (0xA1...0xA4).contains(third)) {
                i += lead >= 0xE0 ? 3 : 2
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + length <= count else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), standsAlone(scalar) else { return false }
            i += length
        }
        return true
    }

    /// Whether one of the eight bytes of `word` is 0D (the classic zero-byte test on `word`
    /// with every 0D byte turned into 00).
    private static func hasCarriageReturn(_ word: UInt64) -> Bool {
        let x = word ^ 0x0D0D_0D0D_0D0D_0D0D
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `scalar` (not ASCII) is a grapheme cluster of its own wherever it stands.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2061...0x2064: return true  // invisible operators: controls, always a cluster alone
        case 0x0387: return false  // canonically `·`
        case 0x0D4E, 0x0E33, 0x0EB3, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            return false  // letters that prepend to or attach as marks to a neighbour
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xAC00...0xD7FF: return false  // Hangul jamo and syllables
        case 0xFF9E, 0xFF9F, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF: return false  // extenders, flags, skin tones
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
            return true
        default:
            return false
        }
    }
}
