extension StandardLibrary {
    /// Layers: for now the dense (fully connected) layer.
    static let layerFunctions: [RegisteredFunction] = [dense]

    /// `dense(x, W, b=0)`: W·x + b for a vector x, or row by row for a matrix of samples; b may be
    /// a number, added to every output. Its derivative is the Jacobian with respect to x, W.
    private static let dense: RegisteredFunction = {
        let parameters = [FunctionParameter("x"), FunctionParameter("W"), FunctionParameter("b", default: 0)]
        return RegisteredFunction(
            name: "dense", kind: .layer, parameters: parameters,
            doc: "A fully connected layer before its activation: multiplies x by the weights W and adds the bias b.",
            formula: #"\operatorname{dense}(\mathbf{x}, W, \mathbf{b}) = W\mathbf{x} + \mathbf{b}"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{dense}(\mathbf{x}, W, \mathbf{b})}{\partial \mathbf{x}} = W"#,
            evaluate: { values throws(ActivationError) in
                let (x, weights, bias) = try denseArguments(values, parameters)
                switch x {
                case .matrix(let samples):
                    return .matrix(try Dense.apply(samples: samples, weights: weights, bias: bias))
                default:
                    return .vector(try Dense.apply(x.elements, weights: weights, bias: bias))
                }
            },
            derivative: { values throws(ActivationError) in
                let (x, weights, bias) = try denseArguments(values, parameters)
                if case .matrix(let samples) = x {
                    // Every sample has the same Jacobian, W; applying checks the shapes.
                    _ = try Dense.apply(samples: samples, weights: weights, bias: bias)
                    return .matrix(weights)
                }
                return .matrix(try Dense.jacobian(x.elements, weights: weights, bias: bias))
            }
        )
    }()

    /// x (a vector or a matrix of samples), W (a matrix) and b (spread over W's rows if a number).
    private static func denseArguments(
        _ values: [Tensor], _ parameters: [FunctionParameter]
    ) throws(ActivationError) -> (Tensor, Matrix, [Double]) {
        let arguments = try Arguments(values, parameters: parameters)
        let x = arguments[0]
        guard x.shape.count >= 1 else {
            throw ActivationError("x must be a vector (or a matrix with one sample per row) but is a number")
        }
        guard case .matrix(let weights) = arguments[1] else {
            throw ActivationError(
                "W must be a matrix with one row per output but has shape \(arguments[1].shapeDescription)"
            )
        }
        switch arguments[2] {
        case .scalar(let b):
            return (x, weights, Array(repeating: b, count: weights.rows))
        case .vector(let b):
            return (x, weights, b)
        case .matrix(let m):
            throw ActivationError("b must be a vector with one entry per row of W but has shape [\(m.rows), \(m.columns)]")
        }
    }
}
