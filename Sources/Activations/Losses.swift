import RealModule

/// Loss functions of a prediction against a target, and their gradients with respect to the
/// prediction.
///
/// Element-wise losses (`mse`, `mae`, the binary cross-entropies) take the mean over all
/// elements; the categorical ones sum over a row (one sample's classes) and take the mean over
/// rows. Each gradient is that of the mean, so it has the prediction's shape and its entries
/// carry the 1/n factor.
///
/// Probabilities are clipped before their logarithm is taken: binary cross-entropy clips p to
/// [1e−7, 1 − 1e−7] and categorical cross-entropy clips p below at 1e−7, so a confident wrong
/// answer costs about 16.1 instead of infinity. The gradients use the same clipped p in their
/// formula (rather than the zero slope of the clip itself), so they stay finite and still point
/// towards the target. The from-logits forms need no clipping: they are exact and stable.
public enum Loss {
    /// The clip applied to probabilities before a logarithm.
    public static let probabilityEpsilon = 1e-7

    // MARK: Element-wise losses

    /// Mean squared error: mean of (p − y)².
    public static func mse(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try mean(prediction, target) { p, y in (p - y) * (p - y) }
    }

    /// 2(p − y)/n.
    public static func mseGrad(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        try gradient(prediction, target) { p, y in 2 * (p - y) }
    }

    /// Mean absolute error: mean of |p − y|.
    public static func mae(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try mean(prediction, target) { p, y in abs(p - y) }
    }

    /// sign(p − y)/n, taking 0 where p = y (the kink; the middle of the subgradient).
    public static func maeGrad(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        try gradient(prediction, target) { p, y in p > y ? 1 : (p < y ? -1 : 0) }
    }

    /// Binary cross-entropy on probabilities: mean of −(y log p + (1 − y) log(1 − p)), with p
    /// clipped to [1e−7, 1 − 1e−7].
    public static func binaryCrossEntropy(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try mean(prediction, target) { p, y in
            let q = clipBoth(p)
            return -(y * .log(q) + (1 - y) * .log(onePlus: -q))
        }
    }

    /// (p − y) / (p(1 − p)) / n with p clipped as in the loss.
    public static func binaryCrossEntropyGrad(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        try gradient(prediction, target) { p, y in
            let q = clipBoth(p)
            return (q - y) / (q * (1 - q))
        }
    }

    /// Binary cross-entropy from logits z: mean of max(z, 0) − z·y + log1p(e^−|z|), which equals
    /// the loss on σ(z) exactly and never overflows.
    public static func binaryCrossEntropyWithLogits(_ logits: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try mean(logits, target) { z, y in
            // max(z, 0) − z·y regrouped so that y = 1 and z ≫ 0 gives exactly 0, not a difference.
            let linear = z >= 0 ? z * (1 - y) : -z * y
            return linear + .log(onePlus: .exp(-abs(z)))
        }
    }

    /// (σ(z) − y)/n.
    public static func binaryCrossEntropyWithLogitsGrad(_ logits: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        // σ(z) − y written as (1 − y)σ(z) − y·σ(−z): for 0/1 targets one term vanishes and the
        // other keeps full relative precision, where σ(z) − 1 would cancel for large z.
        try gradient(logits, target) { z, y in (1 - y) * Activation.sigmoid(z) - y * Activation.sigmoid(-z) }
    }

    // MARK: Categorical losses (rows are samples)

    /// Categorical cross-entropy on probabilities for one sample: −Σ y log p, with p clipped
    /// below at 1e−7.
    public static func categoricalCrossEntropy(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try categoricalCrossEntropy(rows: [prediction], [target])
    }

    /// The mean over rows of the one-sample categorical cross-entropy.
    public static func categoricalCrossEntropy(rows prediction: [[Double]], _ target: [[Double]]) throws(ActivationError) -> Double {
        try rowMean(prediction, target) { p, y in
            zip(p, y).reduce(0) { total, pair in total - pair.1 * .log(max(pair.0, probabilityEpsilon)) }
        }
    }

    /// −y / p for one sample, p clipped as in the loss.
    public static func categoricalCrossEntropyGrad(_ prediction: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        try categoricalCrossEntropyGrad(rows: [prediction], [target])[0]
    }

    /// −y / p / (number of rows), p clipped as in the loss.
    public static func categoricalCrossEntropyGrad(rows prediction: [[Double]], _ target: [[Double]]) throws(ActivationError) -> [[Double]] {
        try rowGradient(prediction, target) { p, y in
            zip(p, y).map { -$0.1 / max($0.0, probabilityEpsilon) }
        }
    }

    /// Categorical cross-entropy from logits for one sample: −Σ y · log_softmax(z).
    public static func categoricalCrossEntropyWithLogits(_ logits: [Double], _ target: [Double]) throws(ActivationError) -> Double {
        try categoricalCrossEntropyWithLogits(rows: [logits], [target])
    }

    /// The mean over rows of the one-sample categorical cross-entropy from logits.
    public static func categoricalCrossEntropyWithLogits(rows logits: [[Double]], _ target: [[Double]]) throws(ActivationError) -> Double {
        try rowMean(logits, target) { z, y in
            zip(Activation.logSoftmax(z), y).reduce(0) { total, pair in total - pair.1 * pair.0 }
        }
    }

    /// (Σy)·softmax(z) − y for one sample (softmax(z) − y when the target sums to 1).
    public static func categoricalCrossEntropyWithLogitsGrad(_ logits: [Double], _ target: [Double]) throws(ActivationError) -> [Double] {
        try categoricalCrossEntropyWithLogitsGrad(rows: [logits], [target])[0]
    }

    /// ((Σy)·softmax(z) − y) / (number of rows), row by row.
    public static func categoricalCrossEntropyWithLogitsGrad(rows logits: [[Double]], _ target: [[Double]]) throws(ActivationError) -> [[Double]] {
        // (Σy)·sₖ − yₖ = (eₖ·Σⱼ≠ₖ yⱼ − yₖ·Σⱼ≠ₖ eⱼ) / Σⱼ eⱼ: the same value with no difference of
        // nearly equal numbers, so a one-hot target and a confident softmax keep every digit.
        try rowGradient(logits, target) { z, y in
            let parts = SoftmaxParts(z)
            let otherTargets = y.sumsOfOthers()
            return z.indices.map { k in
                (parts.exponentials[k] * otherTargets[k] - y[k] * parts.others[k]) / parts.total
            }
        }
    }

    // MARK: Helpers

    private static func clipBoth(_ p: Double) -> Double {
        min(max(p, probabilityEpsilon), 1 - probabilityEpsilon)
    }

    private static func checkCounts(_ prediction: [Double], _ target: [Double]) throws(ActivationError) {
        guard prediction.count == target.count else {
            throw ActivationError("prediction has \(prediction.count) elements but target has \(target.count)")
        }
        guard !prediction.isEmpty else { throw ActivationError("prediction and target are empty") }
    }

    private static func mean(
        _ prediction: [Double], _ target: [Double], _ term: (Double, Double) -> Double
    ) throws(ActivationError) -> Double {
        try checkCounts(prediction, target)
        return zip(prediction, target).reduce(0) { $0 + term($1.0, $1.1) } / Double(prediction.count)
    }

    private static func gradient(
        _ prediction: [Double], _ target: [Double], _ term: (Double, Double) -> Double
    ) throws(ActivationError) -> [Double] {
        try checkCounts(prediction, target)
        let n = Double(prediction.count)
        return zip(prediction, target).map { term($0.0, $0.1) / n }
    }

    private static func checkRows(_ prediction: [[Double]], _ target: [[Double]]) throws(ActivationError) {
        guard prediction.count == target.count else {
            throw ActivationError("prediction has \(prediction.count) rows but target has \(target.count)")
        }
        guard !prediction.isEmpty else { throw ActivationError("prediction and target are empty") }
        for (p, y) in zip(prediction, target) where p.count != y.count || p.isEmpty {
            throw p.isEmpty
                ? ActivationError("prediction has an empty row")
                : ActivationError("a prediction row has \(p.count) classes but its target row has \(y.count)")
        }
    }

    private static func rowMean(
        _ prediction: [[Double]], _ target: [[Double]], _ row: ([Double], [Double]) -> Double
    ) throws(ActivationError) -> Double {
        try checkRows(prediction, target)
        return zip(prediction, target).reduce(0) { $0 + row($1.0, $1.1) } / Double(prediction.count)
    }

    private static func rowGradient(
        _ prediction: [[Double]], _ target: [[Double]], _ row: ([Double], [Double]) -> [Double]
    ) throws(ActivationError) -> [[Double]] {
        try checkRows(prediction, target)
        let n = Double(prediction.count)
        return zip(prediction, target).map { pair in row(pair.0, pair.1).map { $0 / n } }
    }
}
