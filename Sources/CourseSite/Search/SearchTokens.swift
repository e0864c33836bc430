import CourseKit

/// The words search matches, cut and stemmed exactly as `assets/search.js` cuts and stems a
/// query (`tokenize`, `stem`), so the index built here finds what the browser asks for.
///
/// The script lowercases, splits at every run of characters that are neither letters nor
/// numbers (`/[^\p{L}\p{N}]+/u`) and strips plural and `-ing`/`-ed` endings, measuring lengths
/// in UTF-16 code units as JavaScript does; this type does the same on UTF-16 code units.
package enum SearchTokens {
    /// The stemmed words of `text`, in order, repeats kept.
    package static func of(_ text: String) -> [String] {
        ByteSearchTokens.of(text)
    }

    /// `of` scalar by scalar: the reference `ByteSearchTokens` is tested against.
    static func scalarTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word: [UInt16] = []
        func flush() {
            guard !word.isEmpty else { return }
            tokens.append(String(decoding: stem(word), as: UTF16.self))
            word.removeAll(keepingCapacity: true)
        }
        func take(_ scalar: Unicode.Scalar) {
            if isWordScalar(scalar) {
                UTF16.encode(scalar) { word.append($0) }
            } else {
                flush()
            }
        }
        // `text.lowercased()` without making the lowered copy: that is each scalar's lowercase
        // mapping, and an ASCII scalar's is A–Z shifted down.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                take((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { take(lowered) }
            }
        }
        flush()
        return tokens
    }

    /// Whether `scalar` is a letter or a number (`\p{L}` or `\p{N}`); ASCII without a table look-up.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `search.js`'s `stem` on UTF-16 code units: "vanishing" → "vanish", "running" → "run",
    /// "probabilities" → "probability", "boxes" → "box", "functions" → "function"; "loss" stays.
    static func stem(_ word: [UInt16]) -> [UInt16] {
        let count = word.count
        for suffix in [Self.ing, Self.ed] where word.ends(with: suffix) {
            guard count - suffix.count >= 3 else { break }
            var base = Array(word.dropLast(suffix.count))
            let last = base[base.count - 1]
            if base[base.count - 2] == last, !Self.keepsDouble.contains(last) { base.removeLast() }
            return base
        }
        if count > 4, word.ends(with: Self.ies) { return Array(word.dropLast(3)) + [0x79] }  // 0x79: "y"
        if count > 4, Self.esEndings.contains(where: { word.ends(with: $0) }) { return Array(word.dropLast(2)) }
        if count > 3, word.ends(with: Self.s), !word.ends(with: Self.ss) { return Array(word.dropLast()) }
        return word
    }

    /// The shard key of a stemmed token: its first three Unicode scalars (`Array.from(term)
    /// .slice(0, 3)` in the script). Stemming never changes a word's first two characters, and
    /// a query word is matched as a prefix, so a word of three or more characters is found in
    /// the one shard of its key, a shorter one in the shards of the keys it begins.
    package static func key(of token: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: token.unicodeScalars.prefix(3))
        return String(scalars)
    }

    private static let ing = Array("ing".utf16)
    private static let ed = Array("ed".utf16)
    private static let ies = Array("ies".utf16)
    private static let s = Array("s".utf16)
    private static let ss = Array("ss".utf16)
    private static let esEndings = ["sses", "shes", "ches", "xes", "zes"].map { Array($0.utf16) }
    /// The letters a doubled final consonant keeps both of (`[^aeiouslz]` in the script).
    private static let keepsDouble = Set("aeiouslz".utf16)
}

private extension Array where Element == UInt16 {
    func ends(with suffix: [UInt16]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
