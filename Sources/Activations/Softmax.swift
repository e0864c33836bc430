import RealModule

/// Softmax and log-softmax over a vector, and their Jacobians.
///
/// Both subtract the largest element first (which changes nothing mathematically), so every
/// exponential taken is of a non-positive number: softmax([1000, 1000, 1000]) is [⅓, ⅓, ⅓] and
/// log_softmax([−1000, 0, 1000]) is [−2000, −1000, 0].
extension Activation {
    /// eˣⁱ / Σⱼ eˣʲ. An empty vector gives an empty vector.
    public static func softmax(_ x: [Double]) -> [Double] {
        guard let largest = x.max() else { return [] }
        let exponentials = x.map { Double.exp($0 - largest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// xᵢ − log Σⱼ eˣʲ, computed as (xᵢ − m) − log1p(Σ_{j≠k} e^(xⱼ − m)) where m = x_k is the
    /// largest element: the term e⁰ = 1 is taken out so that log1p keeps the small rest exact.
    /// A NaN anywhere makes every element NaN, as in NumPy (the sum it enters is NaN).
    public static func logSoftmax(_ x: [Double]) -> [Double] {
        // NaN has no position among the others, so there is no largest element to take out.
        if x.contains(where: \.isNaN) { return [Double](repeating: .nan, count: x.count) }
        guard let largest = x.max(), let top = x.firstIndex(of: largest) else { return [] }
        var rest = 0.0
        for (index, value) in x.enumerated() where index != top {
            rest += Double.exp(value - largest)
        }
        let logTotal = Double.log(onePlus: rest)
        return x.map { ($0 - largest) - logTotal }
    }

    /// The Jacobian ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ), i.e. diag(s) − s sᵀ, as rows.
    public static func softmaxJacobian(_ x: [Double]) -> [[Double]] {
        let parts = SoftmaxParts(x)
        return x.indices.map { i in
            x.indices.map { j in i == j ? parts.share(i) * parts.complement(i) : -parts.share(i) * parts.share(j) }
        }
    }

    /// The Jacobian ∂(log sᵢ)/∂xⱼ = δᵢⱼ − sⱼ, i.e. I − 1 sᵀ, as rows.
    public static func logSoftmaxJacobian(_ x: [Double]) -> [[Double]] {
        let parts = SoftmaxParts(x)
        return x.indices.map { i in
            x.indices.map { j in i == j ? parts.complement(j) : -parts.share(j) }
        }
    }
}
