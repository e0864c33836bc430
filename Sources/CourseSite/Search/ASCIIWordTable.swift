/// ASCII words kept as bytes in one buffer and found again by their bytes through an
/// open-addressing table, so that meeting a word again costs no `String` and no `String` hash.
/// Two ASCII strings are equal exactly when their bytes are. `DocumentTerms` counts a
/// document's words with it and `TokenNumbers` numbers the index's words (issue 13).
struct ASCIIWordTable {
    /// The words' bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Each word's bytes in `bytes` and its hash, in the order the words were first met.
    private(set) var words: [(start: Int, length: Int, hash: UInt64)] = []
    /// Open addressing: a word's index plus one, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int]

    /// A table sized for about `expectedWords` words.
    init(expectedWords: Int) {
        var capacity = 16
        while capacity < expectedWords * 2 { capacity *= 2 }
        slots = [Int](repeating: 0, count: capacity)
        bytes.reserveCapacity(expectedWords * 6)
        words.reserveCapacity(expectedWords)
    }

    /// The index of `word` in `words`, and whether it was entered just now, at the end.
    mutating func index(of word: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
        // FNV-1a.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            let found = words[index]
            if found.hash == hash, found.length == word.count, Self.equal(bytes, at: found.start, word) {
                return (index, false)
            }
            slot = (slot + 1) & mask
        }
        words.append((bytes.count, word.count, hash))
        bytes.append(contentsOf: word)
        slots[slot] = words.count
        if words.count * 2 > slots.count { grow() }
        return (words.count - 1, true)
    }

    /// The word at `index` as a string.
    func text(_ index: Int) -> String {
        let word = words[index]
        return String(decoding: bytes[word.start..<(word.start + word.length)], as: UTF8.self)
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = index + 1
        }
    }

    /// Whether `kept[start..<(start + word.count)]` holds `word`'s bytes (the caller has
    /// checked the lengths). A plain loop on the buffers: `elementsEqual` on a slice and a
    /// buffer cost about a hundred instructions more per look-up.
    private static func equal(_ kept: [UInt8], at start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
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
