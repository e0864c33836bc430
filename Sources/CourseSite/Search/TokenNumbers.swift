/// Numbers the distinct stemmed words of the whole index in the order they are first met, for
/// `Postings`: each occurrence of a word in a document costs one look-up here instead of one
/// `String`-hashed dictionary look-up (those were half of making the posting lists, issue 13).
///
/// An ASCII word is found by its bytes in an open-addressing table (two ASCII strings are equal
/// exactly when their bytes are); any other word is kept in a dictionary by `String`, as before,
/// since canonically equivalent spellings must stay one word. No word holding a scalar outside
/// ASCII equals an ASCII one (`DocumentTerms` explains why), so the two never meet.
struct TokenNumbers {
    /// The ASCII words' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Each ASCII word's bytes in `bytes`, its hash and its number.
    private var asciiWords: [(start: Int, length: Int, hash: UInt64, number: Int)] = []
    /// Open addressing over `asciiWords`: an index plus one, or 0 for an empty slot; a power of two long.
    private var slots = [Int](repeating: 0, count: 1024)
    /// The other words' numbers.
    private var others: [String: Int] = [:]
    /// Every word, by its number.
    private(set) var tokens: [String] = []

    /// The number of `token`, a new one (the count so far) when it is met for the first time.
    mutating func number(of token: String) -> Int {
        var token = token
        let asciiNumber = token.withUTF8 { word -> Int? in
            guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
            return number(ascii: word)
        }
        if let asciiNumber {
            if asciiNumber == tokens.count { tokens.append(token) }
            return asciiNumber
        }
        if let known = others[token] { return known }
        others[token] = tokens.count
        tokens.append(token)
        return tokens.count - 1
    }

    /// The number of the ASCII word `word`, entering it as the next number when it is new.
    private mutating func number(ascii word: UnsafeBufferPointer<UInt8>) -> Int {
        // FNV-1a.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let found = asciiWords[slots[slot] - 1]
            if found.hash == hash, found.length == word.count, KeptBytes.equal(bytes, at: found.start, word) {
                return found.number
            }
            slot = (slot + 1) & mask
        }
        asciiWords.append((bytes.count, word.count, hash, tokens.count))
        bytes.append(contentsOf: word)
        slots[slot] = asciiWords.count
        if asciiWords.count * 2 > slots.count { grow() }
        return tokens.count
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in asciiWords.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = index + 1
        }
    }
}

/// Comparing a word with bytes kept in a buffer, for the byte-keyed word tables.
enum KeptBytes {
    /// Whether `kept[start..<(start + word.count)]` holds `word`'s bytes (the caller has
    /// checked the lengths). A plain loop on the buffers: `elementsEqual` on a slice and a
    /// buffer cost about a hundred instructions more per look-up.
    static func equal(_ kept: [UInt8], at start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        kept.withUnsafeBufferPointer { kept in
            var index = 0
            while index < word.count {
                if kept[start + index] != word[index] { return false }
                index += 1
            }
            return true
        }
    }
}
