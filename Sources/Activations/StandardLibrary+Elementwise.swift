extension StandardLibrary {
    /// The element-wise activations: each applies to every element of a scalar, vector or matrix.
    static let elementwiseFunctions: [RegisteredFunction] = [
        elementwise(
            "relu",
            doc: "Passes positive inputs through unchanged and turns every negative input into zero.",
            formula: #"\operatorname{ReLU}(x) = \max(0, x)"#,
            derivativeFormula: #"\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"#,
            Activation.relu, Activation.reluPrime
        ),
        elementwise(
            "leaky_relu",
            parameter: FunctionParameter("slope", default: Activation.leakyReluSlope),
            doc: "Like ReLU, but negative inputs keep a small slope so their gradient never dies.",
            formula: #"\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases}"#,
            derivativeFormula: #"\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}"#,
            { x, slope in Activation.leakyRelu(x, slope: slope) },
            { x, slope in Activation.leakyReluPrime(x, slope: slope) }
        ),
        elementwise(
            "elu",
            parameter: FunctionParameter("alpha", default: Activation.eluAlpha),
            doc: "Identity for positive inputs; negative inputs bend smoothly towards -alpha.",
            formula: #"\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}"#,
            derivativeFormula: #"\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}"#,
            { x, alpha in Activation.elu(x, alpha: alpha) },
            { x, alpha in Activation.eluPrime(x, alpha: alpha) }
        ),
        elementwise(
            "selu",
            doc: "A scaled ELU whose fixed constants keep activations near zero mean and unit variance.",
            formula: #"\operatorname{SELU}(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases} \quad \lambda \approx 1.0507, \quad \alpha \approx 1.6733"#,
            derivativeFormula: #"\operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}"#,
            Activation.selu, Activation.seluPrime
        ),
        elementwise(
            "sigmoid",
            doc: "Squashes any real number into the open interval from 0 to 1.",
            formula: #"\sigma(x) = \frac{1}{1 + e^{-x}}"#,
            derivativeFormula: #"\sigma'(x) = \sigma(x)\,\left(1 - \sigma(x)\right)"#,
            Activation.sigmoid, Activation.sigmoidPrime
        ),
        elementwise(
            "tanh",
            doc: "Squashes any real number into the open interval from -1 to 1, centred on zero.",
            formula: #"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}"#,
            derivativeFormula: #"\tanh'(x) = 1 - \tanh^{2}(x)"#,
            Activation.tanh, Activation.tanhPrime
        ),
        elementwise(
            "softplus",
            doc: "A smooth version of ReLU whose slope is the sigmoid.",
            formula: #"\operatorname{softplus}(x) = \log\left(1 + e^{x}\right)"#,
            derivativeFormula: #"\operatorname{softplus}'(x) = \frac{1}{1 + e^{-x}} = \sigma(x)"#,
            Activation.softplus, Activation.softplusPrime
        ),
        elementwise(
            "softsign",
            doc: "Squashes into the interval from -1 to 1 like tanh, but approaches the ends only polynomially.",
            formula: #"\operatorname{softsign}(x) = \frac{x}{1 + |x|}"#,
            derivativeFormula: #"\operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^{2}}"#,
            Activation.softsign, Activation.softsignPrime
        ),
        elementwise(
            "gelu",
            doc: "Weights each input by the probability that a standard normal variable lies below it (exact erf form).",
            formula: #"\operatorname{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)\right)"#,
            derivativeFormula: #"\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x) = \frac{1}{2}\left(1 + \operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)\right) + \frac{x}{\sqrt{2\pi}}\,e^{-x^{2}/2}"#,
            Activation.gelu, Activation.geluPrime
        ),
        elementwise(
            "gelu_tanh",
            doc: "The tanh-based approximation of GELU used by early transformer code.",
            formula: #"\operatorname{GELU}_{\tanh}(x) = \frac{x}{2}\left(1 + \tanh u\right), \quad u = \sqrt{\frac{2}{\pi}}\left(x + 0.044715\,x^{3}\right)"#,
            derivativeFormula: #"\operatorname{GELU}_{\tanh}'(x) = \frac{1}{2}\left(1 + \tanh u\right) + \frac{x}{2}\left(1 - \tanh^{2} u\right)\sqrt{\frac{2}{\pi}}\left(1 + 0.134145\,x^{2}\right)"#,
            Activation.geluTanh, Activation.geluTanhPrime
        ),
        elementwise(
            "silu",
            aliases: ["swish"],
            doc: "Multiplies each input by its own sigmoid, giving a smooth, slightly non-monotonic ReLU.",
            formula: #"\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}"#,
            derivativeFormula: #"\operatorname{SiLU}'(x) = \sigma(x)\,\left(1 + x\,(1 - \sigma(x))\right)"#,
            Activation.silu, Activation.siluPrime
        ),
        elementwise(
            "mish",
            doc: "Multiplies each input by the tanh of its softplus: smooth, unbounded above, bounded below.",
            formula: #"\operatorname{mish}(x) = x \tanh\left(\operatorname{softplus}(x)\right) = x \tanh\left(\log\left(1 + e^{x}\right)\right)"#,
            derivativeFormula: #"\operatorname{mish}'(x) = \tanh\left(\operatorname{softplus}(x)\right) + x\,\sigma(x)\left(1 - \tanh^{2}\left(\operatorname{softplus}(x)\right)\right)"#,
            Activation.mish, Activation.mishPrime
        ),
        elementwise(
            "hard_sigmoid",
            doc: "A piecewise-linear sigmoid, relu6(x + 3) / 6 as PyTorch defines it: 0 up to -3, 1 from 3.",
            formula: #"\operatorname{hardsigmoid}(x) = \frac{\min\left(\max(x + 3, 0), 6\right)}{6} = \begin{cases} 0 & x \le -3 \\ \frac{x}{6} + \frac{1}{2} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}"#,
            derivativeFormula: #"\operatorname{hardsigmoid}'(x) = \begin{cases} 0 & x \le -3 \\ \frac{1}{6} & -3 < x \le 3 \\ 0 & x > 3 \end{cases}"#,
            Activation.hardSigmoid, Activation.hardSigmoidPrime
        ),
    ]

    /// An element-wise entry without extra parameters.
    private static func elementwise(
        _ name: String,
        aliases: [String] = [],
        doc: String,
        formula: String,
        derivativeFormula: String,
        _ function: @escaping @Sendable (Double) -> Double,
        _ derivative: @escaping @Sendable (Double) -> Double
    ) -> RegisteredFunction {
        let parameters = [FunctionParameter("x")]
        return RegisteredFunction(
            name: name, aliases: aliases, kind: .elementwise, parameters: parameters,
            doc: doc, formula: formula, derivativeFormula: derivativeFormula,
            evaluate: { values throws(ActivationError) in
                try Arguments(values, parameters: parameters)[0].map(function)
            },
            derivative: { values throws(ActivationError) in
                try Arguments(values, parameters: parameters)[0].map(derivative)
            }
        )
    }

    /// An element-wise entry with one optional numeric parameter after `x`.
    private static func elementwise(
        _ name: String,
        aliases: [String] = [],
        parameter: FunctionParameter,
        doc: String,
        formula: String,
        derivativeFormula: String,
        _ function: @escaping @Sendable (Double, Double) -> Double,
        _ derivative: @escaping @Sendable (Double, Double) -> Double
    ) -> RegisteredFunction {
        let parameters = [FunctionParameter("x"), parameter]
        return RegisteredFunction(
            name: name, aliases: aliases, kind: .elementwise, parameters: parameters,
            doc: doc, formula: formula, derivativeFormula: derivativeFormula,
            evaluate: { values throws(ActivationError) in
                let arguments = try Arguments(values, parameters: parameters)
                let setting = try arguments.number(1, named: parameter.name)
                return arguments[0].map { function($0, setting) }
            },
            derivative: { values throws(ActivationError) in
                let arguments = try Arguments(values, parameters: parameters)
                let setting = try arguments.number(1, named: parameter.name)
                return arguments[0].map { derivative($0, setting) }
            }
        )
    }
}
