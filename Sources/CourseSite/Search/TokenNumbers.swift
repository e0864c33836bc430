/// Numbers the distinct stemmed words of the whole index in the order they are first met, for
/// `Postings`: each occurrence of a word in a document costs one look-up here instead of one
/// `String`-hashed dictionary look-up (those were half of making the posting lists, issue 13).
///
/// An ASCII word is found by its bytes in an open-addressing table (two ASCII strings are equal
/// exactly when their bytes are); any other word is kept in a dictionary by `String`, as before,
/// since canonically equivalent spellings must stay one word. No word holding a scalar outside
/// ASCII equals an ASCII one (`DocumentTerms` explains why), so the two never meet.
struct TokenNumbers {
    /// The ASCII words.
    private var ascii = ASCIIWordTable(expectedWords: 512)
    /// The number of each word of `ascii`, by its index there.
    private var asciiNumbers: [Int] = []
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
        let (index, isNew) = ascii.index(of: word)
        if isNew { asciiNumbers.append(tokens.count) }
        return asciiNumbers[index]
    }
}
