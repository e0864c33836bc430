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
    /// The ASCII words.
    private var ascii: ASCIIWordTable
    /// Each ASCII word's flags and count so far, by its index in `ascii`.
    private var asciiCounts: [(flags: Int, count: Int)] = []
    /// The other words.
    private var others: [String: SearchTerm] = [:]

    /// A table sized for about `expectedWords` words.
    init(expectedWords: Int) {
        ascii = ASCIIWordTable(expectedWords: expectedWords)
        asciiCounts.reserveCapacity(expectedWords)
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
        let (index, isNew) = ascii.index(of: word)
        if isNew {
            asciiCounts.append((flag, flag == 0 ? 1 : 0))
        } else if flag == 0 {
            if asciiCounts[index].count < 5 { asciiCounts[index].count += 1 }
        } else {
            asciiCounts[index].flags |= flag
        }
    }

    /// The words, each once, sorted as strings.
    func terms() -> [SearchTerm] {
        let words = ascii.words
        let order = ascii.bytes.withUnsafeBufferPointer { buffer in
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
        let sorted = order.map { number in
            SearchTerm(token: ascii.text(number), flags: asciiCounts[number].flags, count: asciiCounts[number].count)
        }
        guard !others.isEmpty else { return sorted }
        let rest = others.values.sorted { $0.token < $1.token }
        return sorted.mergedSorted(with: rest) { $0.token < $1.token }
    }
}
