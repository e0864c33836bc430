extension StandardLibrary {
    /// Functions of a whole vector, applied to each row of a matrix.
    static let vectorFunctions: [RegisteredFunction] = [
        vectorFunction(
            "softmax",
            doc: "Turns a vector of scores into probabilities that are positive and sum to one.",
            formula: #"\operatorname{softmax}(\mathbf{x})_i = \frac{e^{x_i}}{\sum_{j} e^{x_j}}"#,
            derivativeFormula: #"\frac{\partial\,\operatorname{softmax}(\mathbf{x})_i}{\partial x_j} = s_i\left(\delta_{ij} - s_j\right), \quad \mathbf{s} = \operatorname{softmax}(\mathbf{x})"#,
            Activation.softmax, Activation.softmaxJacobian
        ),
        vectorFunction(
            "log_softmax",
            doc: "The logarithm of softmax, computed directly so that very negative log-probabilities stay finite.",
            formula: #"\log\operatorname{softmax}(\mathbf{x})_i = x_i - \log \sum_{j} e^{x_j}"#,
            derivativeFormula: #"\frac{\partial \log\operatorname{softmax}(\mathbf{x})_i}{\partial x_j} = \delta_{ij} - s_j, \quad \mathbf{s} = \operatorname{softmax}(\mathbf{x})"#,
            Activation.logSoftmax, Activation.logSoftmaxJacobian
        ),
    ]

    /// A vector → vector entry: row-wise on a matrix; its derivative is the Jacobian of one
    /// vector (a scalar counts as a vector of one element).
    private static func vectorFunction(
        _ name: String,
        doc: String,
        formula: String,
        derivativeFormula: String,
        _ function: @escaping @Sendable ([Double]) -> [Double],
        _ jacobian: @escaping @Sendable ([Double]) -> [[Double]]
    ) -> RegisteredFunction {
        let parameters = [FunctionParameter("x")]
        return RegisteredFunction(
            name: name, kind: .vector, parameters: parameters,
            doc: doc, formula: formula, derivativeFormula: derivativeFormula,
            evaluate: { values throws(ActivationError) in
                let x = try Arguments(values, parameters: parameters)[0]
                return x.withRows(x.rows.map(function))
            },
            derivative: { values throws(ActivationError) in
                switch try Arguments(values, parameters: parameters)[0] {
                case .scalar(let x):
                    return .scalar(jacobian([x])[0][0])
                case .vector(let v):
                    let rows = jacobian(v)
                    return .matrix(Matrix(rows: v.count, columns: v.count, elements: rows.flatMap { $0 }))
                case .matrix(let m):
                    throw ActivationError(
                        "the jacobian of \(name) is defined for a vector, but x has shape [\(m.rows), \(m.columns)]; "
                            + "take it one row at a time"
                    )
                }
            }
        )
    }
}
