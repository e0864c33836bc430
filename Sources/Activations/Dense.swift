/// A fully connected layer without its activation: z = W·x + b.
///
/// `W` has one row per output and one column per input. The derivative the library reports
/// for the layer is its Jacobian with respect to the input x, which is W itself (the layer is
/// affine, so the Jacobian does not depend on x).
public enum Dense {
    /// W·x + b for one input vector. Throws when the shapes do not fit together.
    public static func apply(_ x: [Double], weights: Matrix, bias: [Double]) throws(ActivationError) -> [Double] {
        try check(inputs: x.count, inputShape: "[\(x.count)]", weights: weights, bias: bias)
        return (0..<weights.rows).map { row in
            var total = bias[row]
            for column in 0..<weights.columns {
                total += weights[row, column] * x[column]
            }
            return total
        }
    }

    /// W·xᵢ + b for every row xᵢ of `samples`; the result has one row per sample.
    public static func apply(samples: Matrix, weights: Matrix, bias: [Double]) throws(ActivationError) -> Matrix {
        try check(
            inputs: samples.columns, inputShape: "[\(samples.rows), \(samples.columns)]",
            weights: weights, bias: bias
        )
        var elements: [Double] = []
        elements.reserveCapacity(samples.rows * weights.rows)
        for sample in 0..<samples.rows {
            for row in 0..<weights.rows {
                var total = bias[row]
                for column in 0..<weights.columns {
                    total += weights[row, column] * samples[sample, column]
                }
                elements.append(total)
            }
        }
        return Matrix(rows: samples.rows, columns: weights.rows, elements: elements)
    }

    /// ∂(W·x + b)/∂x = W, after the same shape checks as `apply`.
    public static func jacobian(_ x: [Double], weights: Matrix, bias: [Double]) throws(ActivationError) -> Matrix {
        try check(inputs: x.count, inputShape: "[\(x.count)]", weights: weights, bias: bias)
        return weights
    }

    private static func check(inputs: Int, inputShape: String, weights: Matrix, bias: [Double]) throws(ActivationError) {
        guard weights.columns == inputs else {
            throw ActivationError(
                "W has shape [\(weights.rows), \(weights.columns)] but x has shape \(inputShape); "
                    + "W needs one column per input (\(inputs))"
            )
        }
        guard bias.count == weights.rows else {
            throw ActivationError(
                "b has shape [\(bias.count)] but W has shape [\(weights.rows), \(weights.columns)]; "
                    + "b needs one entry per row of W (\(weights.rows))"
            )
        }
    }
}
