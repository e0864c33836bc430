extension Array {
    /// `self` and `other`, each already sorted by `precedes`, merged into one sorted array; on a
    /// tie `other`'s element comes first, as the index's callers expect.
    func mergedSorted(with other: [Element], by precedes: (Element, Element) -> Bool) -> [Element] {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var result: [Element] = []
        result.reserveCapacity(count + other.count)
        if other.count * 8 < count {
            // A few elements into many (a document's words outside ASCII into its ASCII words):
            // each one's place found by bisection, fewer calls of `precedes` than a walk, whose
            // every call compares two strings. The elements of `self` before `other[j]` are the
            // ones that precede it, as in the walk below, so the result is the same.
            var start = 0
            for element in other {
                var (low, high) = (start, count)
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(self[middle], element) { low = middle + 1 } else { high = middle }
                }
                result += self[start..<low]
                result.append(element)
                start = low
            }
            result += self[start...]
            return result
        }
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
