import RealModule

/// The pieces of a softmax kept apart so that 1 − sᵢ can be formed without cancellation: it is
/// the sum of the *other* exponentials over the total, not 1 minus a rounded sᵢ (which would
/// keep only about seven digits of 1 − sᵢ when sᵢ = 1 − 2e−9).
struct SoftmaxParts {
    /// e^(xᵢ − max x).
    let exponentials: [Double]
    /// Σⱼ≠ᵢ e^(xⱼ − max x), from prefix and suffix sums.
    let others: [Double]
    /// Σⱼ e^(xⱼ − max x).
    let total: Double

    init(_ x: [Double]) {
        let largest = x.max() ?? 0
        exponentials = x.map { Double.exp($0 - largest) }
        others = exponentials.sumsOfOthers()
        total = exponentials.reduce(0, +)
    }

    /// sᵢ.
    func share(_ i: Int) -> Double { exponentials[i] / total }

    /// 1 − sᵢ.
    func complement(_ i: Int) -> Double { others[i] / total }
}

extension Array where Element == Double {
    /// For each index i, the sum of every element except the i-th, with no subtraction.
    func sumsOfOthers() -> [Double] {
        var before = [Double](repeating: 0, count: count)
        var running = 0.0
        for index in indices {
            before[index] = running
            running += self[index]
        }
        var result = [Double](repeating: 0, count: count)
        running = 0
        for index in indices.reversed() {
            result[index] = before[index] + running
            running += self[index]
        }
        return result
    }
}
