/// Closest-name search for "did you mean" notes.
enum EditDistance {
    /// The candidate nearest to `name` by Damerau–Levenshtein distance (case differences cost
    /// half as they are the likeliest slip), if it is close enough to be a plausible typo.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.unicodeScalars)
        let limit = target.count <= 3 ? 1.0 : 2.0
        var best: (name: String, cost: Double)?
        for candidate in candidates {
            let scalars = Array(candidate.unicodeScalars)
            if abs(scalars.count - target.count) > Int(limit) { continue }
            let cost = distance(target, scalars)
            if cost <= limit, cost < (best?.cost ?? .infinity) {
                best = (candidate, cost)
            }
        }
        return best?.name
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        if a.isEmpty { return Double(b.count) }
        if b.isEmpty { return Double(a.count) }
        let width = b.count + 1
        var previous2 = [Double](repeating: 0, count: width)
        var previous = (0...b.count).map(Double.init)
        var current = [Double](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = Double(i)
            for j in 1...b.count {
                let substitution: Double
                if a[i - 1] == b[j - 1] {
                    substitution = 0
                } else if a[i - 1].properties.lowercaseMapping == b[j - 1].properties.lowercaseMapping {
                    substitution = 0.5
                } else {
                    substitution = 1
                }
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
