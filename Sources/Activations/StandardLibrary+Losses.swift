extension StandardLibrary {
    /// The losses: (prediction, target) → mean loss; the derivative is the gradient with respect
    /// to the prediction, shaped like it.
    static let lossFunctions: [RegisteredFunction] = [
        elementwiseLoss(
            "mse",
            doc: "Mean squared error: the average of the squared differences between prediction and target.",
            formula: #"\operatorname{MSE}(\mathbf{p}, \mathbf{y}) = \frac{1}{n} \sum_{i=1}^{n} \left(p_i - y_i\right)^{2}"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{MSE}}{\partial p_i} = \frac{2}{n}\left(p_i - y_i\right)"#,
            Loss.mse, Loss.mseGrad
        ),
        elementwiseLoss(
            "mae",
            doc: "Mean absolute error: the average distance between prediction and target; its gradient at a tie is 0.",
            formula: #"\operatorname{MAE}(\mathbf{p}, \mathbf{y}) = \frac{1}{n} \sum_{i=1}^{n} \left|p_i - y_i\right|"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{MAE}}{\partial p_i} = \frac{1}{n} \operatorname{sign}\left(p_i - y_i\right)"#,
            Loss.mae, Loss.maeGrad
        ),
        elementwiseLoss(
            "binary_cross_entropy",
            aliases: ["bce"],
            doc: "Cross-entropy of predicted probabilities against 0/1 targets, with p clipped to [1e-7, 1 - 1e-7].",
            formula: #"\operatorname{BCE}(\mathbf{p}, \mathbf{y}) = -\frac{1}{n} \sum_{i=1}^{n} \left(y_i \log p_i + (1 - y_i) \log(1 - p_i)\right)"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{BCE}}{\partial p_i} = \frac{1}{n} \cdot \frac{p_i - y_i}{p_i\,(1 - p_i)}"#,
            Loss.binaryCrossEntropy, Loss.binaryCrossEntropyGrad
        ),
        elementwiseLoss(
            "binary_cross_entropy_with_logits",
            aliases: ["bce_logits"],
            prediction: "logits",
            doc: "Binary cross-entropy of sigmoid(z) computed straight from the logits z, exactly and without overflow.",
            formula: #"\operatorname{BCE}_{\text{logits}}(\mathbf{z}, \mathbf{y}) = \frac{1}{n} \sum_{i=1}^{n} \left(\max(z_i, 0) - z_i y_i + \log\left(1 + e^{-|z_i|}\right)\right)"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{BCE}_{\text{logits}}}{\partial z_i} = \frac{1}{n}\left(\sigma(z_i) - y_i\right)"#,
            Loss.binaryCrossEntropyWithLogits, Loss.binaryCrossEntropyWithLogitsGrad
        ),
        rowLoss(
            "categorical_cross_entropy",
            aliases: ["cce"],
            doc: "Cross-entropy of predicted class probabilities (one row per sample) against target rows, p clipped below at 1e-7.",
            formula: #"\operatorname{CCE}(P, Y) = -\frac{1}{m} \sum_{r=1}^{m} \sum_{k} y_{rk} \log p_{rk}"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{CCE}}{\partial p_{rk}} = -\frac{1}{m} \cdot \frac{y_{rk}}{p_{rk}}"#,
            Loss.categoricalCrossEntropy(rows:_:), Loss.categoricalCrossEntropyGrad(rows:_:)
        ),
        rowLoss(
            "categorical_cross_entropy_with_logits",
            aliases: ["cce_logits"],
            prediction: "logits",
            doc: "Categorical cross-entropy of softmax(z) computed from the logits z through a stable log-softmax.",
            formula: #"\operatorname{CCE}_{\text{logits}}(Z, Y) = -\frac{1}{m} \sum_{r=1}^{m} \sum_{k} y_{rk} \left(z_{rk} - \log \sum_{j} e^{z_{rj}}\right)"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{CCE}_{\text{logits}}}{\partial z_{rk}} = \frac{1}{m}\left(\operatorname{softmax}(\mathbf{z}_r)_k \sum_{j} y_{rj} - y_{rk}\right)"#,
            Loss.categoricalCrossEntropyWithLogits(rows:_:), Loss.categoricalCrossEntropyWithLogitsGrad(rows:_:)
        ),
    ]

    /// Checks that prediction and target have the same shape and returns them.
    private static func pair(
        _ values: [Tensor], _ parameters: [FunctionParameter]
    ) throws(ActivationError) -> (prediction: Tensor, target: Tensor) {
        let arguments = try Arguments(values, parameters: parameters)
        let prediction = arguments[0], target = arguments[1]
        guard prediction.shape == target.shape else {
            throw ActivationError(
                "\(parameters[0].name) has shape \(prediction.shapeDescription) "
                    + "but \(parameters[1].name) has shape \(target.shapeDescription)"
            )
        }
        return (prediction, target)
    }

    /// A loss averaged over every element, whatever the (shared) shape.
    private static func elementwiseLoss(
        _ name: String,
        aliases: [String] = [],
        prediction: String = "prediction",
        doc: String,
        formula: String,
        derivativeFormula: String,
        _ loss: @escaping @Sendable ([Double], [Double]) throws(ActivationError) -> Double,
        _ gradient: @escaping @Sendable ([Double], [Double]) throws(ActivationError) -> [Double]
    ) -> RegisteredFunction {
        let parameters = [FunctionParameter(prediction), FunctionParameter("target")]
        return RegisteredFunction(
            name: name, aliases: aliases, kind: .loss, parameters: parameters,
            doc: doc, formula: formula, derivativeFormula: derivativeFormula,
            evaluate: { values throws(ActivationError) in
                let (p, y) = try pair(values, parameters)
                return .scalar(try loss(p.elements, y.elements))
            },
            derivative: { values throws(ActivationError) in
                let (p, y) = try pair(values, parameters)
                return p.withElements(try gradient(p.elements, y.elements))
            }
        )
    }

    /// A loss summed over each row's classes and averaged over rows; a vector is one row.
    private static func rowLoss(
        _ name: String,
        aliases: [String] = [],
        prediction: String = "prediction",
        doc: String,
        formula: String,
        derivativeFormula: String,
        _ loss: @escaping @Sendable ([[Double]], [[Double]]) throws(ActivationError) -> Double,
        _ gradient: @escaping @Sendable ([[Double]], [[Double]]) throws(ActivationError) -> [[Double]]
    ) -> RegisteredFunction {
        let parameters = [FunctionParameter(prediction), FunctionParameter("target")]
        return RegisteredFunction(
            name: name, aliases: aliases, kind: .loss, parameters: parameters,
            doc: doc, formula: formula, derivativeFormula: derivativeFormula,
            evaluate: { values throws(ActivationError) in
                let (p, y) = try pair(values, parameters)
                return .scalar(try loss(p.rows, y.rows))
            },
            derivative: { values throws(ActivationError) in
                let (p, y) = try pair(values, parameters)
                return p.withRows(try gradient(p.rows, y.rows))
            }
        )
    }
}
