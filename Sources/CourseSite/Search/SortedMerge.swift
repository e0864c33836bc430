extension Array {
    /// `self` and `other`, each already sorted by `precedes`, merged into one sorted array; on a
    /// tie `other`'s element comes first, as the index's callers expect.
    func mergedSorted(with other: [Element], by precedes: (Element, Element) -> Bool) -> [Element] {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var result: [Element] = []
        result.reserveCapacity(count + other.count)
        var (i, j) = (0, 0)
        while i < count, j < other.count {
            if precedes(self[i], other[j]) {
                result.append(self[i])
                i += 1
            } else {
                result.append(other[j])
                j += 1
            }
        }
        result += self[i...]
        result += other[j...]
        return result
    }
}
