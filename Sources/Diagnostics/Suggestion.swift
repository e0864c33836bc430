/// "Did you mean" suggestions for unknown names: the edit distance between two words and the
/// closest of a set of known names, shared by every part of Lectern that reports an unknown
/// name (Calc functions, TeX commands, YAML keys, quiz fields, alert kinds, glossary terms).
///
/// The distance is the optimal-string-alignment form of Damerau–Levenshtein: inserting,
/// deleting or changing a character costs one, and so does swapping two neighbours (the
/// commonest typo: `titel` for `title`). Characters are grapheme clusters, as columns are.
public enum Suggestion {
    /// How far a candidate may be from the misspelt word and still be offered.
    public enum Limit: Sendable, Hashable {
        /// About one edit per three characters of the misspelt word: at least one, at most three.
        case thirdOfWord
        /// About one edit per three characters of each candidate (at least one, at most three),
        /// for a small fixed vocabulary where a short word should not pass for a long name.
        case thirdOfCandidate
        /// A fixed number of edits, whatever the lengths.
        case edits(Double)

        /// The allowed distance between a word and a candidate of the given lengths.
        public func allowed(word: Int, candidate: Int) -> Double {
            switch self {
            case .thirdOfWord: Self.third(of: word)
            case .thirdOfCandidate: Self.third(of: candidate)
            case .edits(let edits): edits
            }
        }

        private static func third(of length: Int) -> Double {
            Double(max(1, min(3, length / 3)))
        }
    }

    /// The candidate closest to `word`, when it is within `limit`; nil when none is.
    ///
    /// Ties go to the candidate that sorts first, so the answer does not depend on the order
    /// of `candidates` (a dictionary's keys, say). `caseChangeCost` is what changing only the
    /// case of a letter costs: 0 (the default) compares without regard to case, 1 treats
    /// `F` and `f` as different letters, and a value in between makes a case slip likelier
    /// than another letter (TeX commands, where `\Frac` most likely meant `\frac`).
    public static func closest(to word: String, among candidates: some Sequence<String>,
                               limit: Limit = .thirdOfWord, caseChangeCost: Double = 0) -> String? {
        let target = Letters(word)
        var best: (distance: Double, candidate: String)?
        for candidate in candidates {
            // Most candidates differ in length by more than the limit: skip them before paying
            // for their letters (an unknown TeX command is compared with every known one, and
            // a formula may have thousands of unknown commands).
            let length = candidate.count
            let allowed = limit.allowed(word: target.count, candidate: length)
            guard Double(abs(length - target.count)) <= allowed else { continue }
            let letters = Letters(candidate)
            let cost = distance(target, letters, caseChangeCost: caseChangeCost, giveUpAbove: allowed)
            guard cost <= allowed else { continue }
            if let best, best <= (cost, candidate) { continue }
            best = (cost, candidate)
        }
        return best?.candidate
    }

    /// The edit distance between `a` and `b`, with case changes costing `caseChangeCost`.
    ///
    /// The search gives up once every alignment costs more than `giveUpAbove`, and then returns
    /// some value above it (not the exact distance): a long list of candidates is cheap to scan.
    public static func distance(_ a: String, _ b: String, caseChangeCost: Double = 0,
                                giveUpAbove: Double = .infinity) -> Double {
        distance(Letters(a), Letters(b), caseChangeCost: caseChangeCost, giveUpAbove: giveUpAbove)
    }

    /// The note text for a suggestion: `did you mean 'title'?`.
    public static func note(_ suggestion: String) -> String {
        "did you mean '\(suggestion)'?"
    }

    /// A word's characters with their lower-case forms, computed once per word.
    private struct Letters {
        let characters: [Character]
        let folded: [String]
        var count: Int { characters.count }

        init(_ word: String) {
            characters = Array(word)
            folded = characters.map { $0.lowercased() }
        }

        /// What turning character `i` into `other`'s character `j` costs.
        func substitution(_ i: Int, _ other: Letters, _ j: Int, caseChangeCost: Double) -> Double {
            if characters[i] == other.characters[j] { return 0 }
            return folded[i] == other.folded[j] ? caseChangeCost : 1
        }
    }

    private static func distance(_ a: Letters, _ b: Letters, caseChangeCost: Double, giveUpAbove limit: Double) -> Double {
        if Double(abs(a.count - b.count)) > limit { return limit + 1 }
        if a.count == 0 { return Double(b.count) }
        if b.count == 0 { return Double(a.count) }
        // Three rolling rows of the dynamic-programming table; the one two rows back is for swaps.
        var previousPrevious = [Double](repeating: 0, count: b.count + 1)
        var previous = (0...b.count).map(Double.init)
        var current = [Double](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = Double(i)
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a.substitution(i - 1, b, j - 1, caseChangeCost: caseChangeCost)
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                // A swap counts once only when both letters match exactly (or up to case, when
                // case is free); a swap that also changes case is left to the other edits.
                if i > 1, j > 1,
                   a.substitution(i - 1, b, j - 2, caseChangeCost: caseChangeCost) == 0,
                   a.substitution(i - 2, b, j - 1, caseChangeCost: caseChangeCost) == 0 {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
