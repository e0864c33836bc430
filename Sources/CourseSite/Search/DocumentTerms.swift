/// Counts the stemmed words of one search document (`Postings.terms(of:)`) with a string made
/// only once per distinct word.
///
/// ASCII words, nearly all of lesson text, are kept as bytes in one buffer and found again
/// through a small open-addressing table on their bytes; only a distinct word becomes a
/// `String`. Two ASCII words are equal strings exactly when their bytes are equal, and no word
/// holding a letter outside ASCII is canonically equivalent to an ASCII one (the one such
/// letter, the Kelvin sign, lowercases to ASCII `k` before it gets here), so the other words,
/// counted in a dictionary by `String` as before, never meet an ASCII one. Sorted by bytes, the
/// ASCII words are in `String` order; the two sorted lists are merged by `String` order.
/// Hashing a `String` per word and sorting strings was most of making the index's terms
/// (issue 13).
struct DocumentTerms {
    /// The ASCII words' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Each ASCII word: where its bytes are, its hash, and its flags and count so far.
    private var words: [(start: Int, length: Int, hash: UInt64, flags: Int, count: Int)] = []
    /// Open addressing: a word's index plus one, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int]
    /// The other words.
    private var others: [String: SearchTerm] = [:]

    /// A table sized for about `expectedWords` words.
    init(expectedWords: Int) {
        var capacity = 16
        while capacity < expectedWords * 2 { capacity *= 2 }
        slots = [Int](repeating: 0, count: capacity)
        bytes.reserveCapacity(expectedWords * 6)
        words.reserveCapacity(expectedWords)
    }

    /// Adds every word of `text` with `flag` (1 title, 2 context), or counted (`flag` 0, text).
    mutating func add(_ text: String, flag: Int) {
        ByteSearchTokens.scan(text, ascii: { add(ascii: $0, flag: flag) }, other: { token in
            if flag == 0 {
                others[token, default: .unnamed].countOnce(token: token)
            } else {
                others[token, default: .unnamed].flag(flag, token: token)
            }
        })
    }

    private mutating func add(ascii word: UnsafeBufferPointer<UInt8>, flag: Int) {
        // FNV-1a.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            let found = words[number]
            if found.hash == hash, found.length == word.count, KeptBytes.equal(bytes, at: found.start, word) {
                if flag == 0 {
                    if found.count < 5 { words[number].count += 1 }
                } else {
                    words[number].flags |= flag
                }
                return
            }
            slot = (slot + 1) & mask
        }
        words.append((bytes.count, word.count, hash, flag, flag == 0 ? 1 : 0))
        bytes.append(contentsOf: word)
        slots[slot] = words.count
        if words.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = number + 1
        }
    }

    /// The words, each once, sorted as strings.
    func terms() -> [SearchTerm] {
        let order = bytes.withUnsafeBufferPointer { buffer in
            // Each word's first eight bytes as one big-endian number, zeros after a shorter
            // word: the numbers are in the words' byte order (a word has no zero byte, so a
            // word sorts before the longer ones it begins), and only words that share eight
            // bytes are compared further.
            var keyed: [(prefix: UInt64, number: Int)] = []
            keyed.reserveCapacity(words.count)
            for (number, word) in words.enumerated() {
                var prefix: UInt64 = 0
                for index in 0..<8 {
                    prefix = prefix << 8 | (index < word.length ? UInt64(buffer[word.start + index]) : 0)
                }
                keyed.append((prefix, number))
            }
            keyed.sort { first, second in
                if first.prefix != second.prefix { return first.prefix < second.prefix }
                let (a, b) = (words[first.number], words[second.number])
                let common = min(a.length, b.length)
                var index = 8
                while index < common {
                    let (x, y) = (buffer[a.start + index], buffer[b.start + index])
                    if x != y { return x < y }
                    index += 1
                }
                return a.length < b.length
            }
            return keyed.map(\.number)
        }
        let ascii = order.map { number in
            let word = words[number]
            return SearchTerm(token: String(decoding: bytes[word.start..<(word.start + word.length)], as: UTF8.self),
                              flags: word.flags, count: word.count)
        }
        guard !others.isEmpty else { return ascii }
        let rest = others.values.sorted { $0.token < $1.token }
        return ascii.mergedSorted(with: rest) { $0.token < $1.token }
    }
}
