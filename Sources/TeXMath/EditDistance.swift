/// Closest-name search for "did you mean" notes.
enum EditDistance {
    /// The candidate nearest to `name` by Damerau–Levenshtein distance (a difference of case
    /// costs half, being the likeliest slip), if it is close enough to be a plausible typo.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.utf8)
        let limit = target.count <= 3 ? 1.0 : 2.0
        var best: (name: String, cost: Double)?
        for candidate in candidates {
            if abs(candidate.utf8.count - target.count) > Int(limit) { continue }
            let cost = distance(target, Array(candidate.utf8), giveUpAbove: limit)
            if cost <= limit, cost < (best?.cost ?? .infinity) {
                best = (candidate, cost)
            }
        }
        return best?.name
    }

    /// Distance between two byte strings (command names are ASCII); stops early, returning
    /// more than `giveUpAbove`, once every alignment costs more than that.
    static func distance(_ a: [UInt8], _ b: [UInt8], giveUpAbove: Double = .infinity) -> Double {
        if a.isEmpty { return Double(b.count) }
        if b.isEmpty { return Double(a.count) }
        let width = b.count + 1
        var previous2 = [Double](repeating: 0, count: width)
        var previous = [Double](repeating: 0, count: width)
        for j in 0..<width { previous[j] = Double(j) }
        var current = [Double](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = Double(i)
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution: Double
                if a[i - 1] == b[j - 1] {
                    substitution = 0
                } else if isLetter(a[i - 1]), a[i - 1] | 0x20 == b[j - 1] | 0x20 {
                    substitution = 0.5
                } else {
                    substitution = 1
                }
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > giveUpAbove { return giveUpAbove + 1 }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
