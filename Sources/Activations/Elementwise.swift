import RealModule

/// The activation functions and their derivatives on plain `Double`s.
///
/// Every function is written to stay accurate in float64 across −1000 … 1000: exponentials are
/// only ever taken of non-positive numbers, and `expm1`/`log1p` stand in wherever a sum or a
/// difference would cancel. At a kink the derivative is the one of the branch that holds
/// x ≤ 0 (the left derivative): `reluPrime(0) == 0`, `eluPrime(0) == 1`.
public enum Activation {
    /// Default negative slope of leaky ReLU (PyTorch's).
    public static let leakyReluSlope = 0.01
    /// Default α of ELU.
    public static let eluAlpha = 1.0
    /// SELU's α, the standard constant (Klambauer et al., as PyTorch uses it).
    public static let seluAlpha = 1.6732632423543772848170429916717
    /// SELU's scale λ, the standard constant.
    public static let seluScale = 1.0507009873554804934193349852946
    /// √(2/π), the factor inside the tanh approximation of GELU.
    public static let geluTanhFactor = 0.7978845608028654
    /// The cubic coefficient of the tanh approximation of GELU.
    public static let geluTanhCubic = 0.044715

    // MARK: ReLU family

    /// max(x, 0).
    public static func relu(_ x: Double) -> Double { x > 0 ? x : 0 }

    /// 1 for x > 0, else 0 (so 0 at the kink).
    public static func reluPrime(_ x: Double) -> Double { x > 0 ? 1 : 0 }

    /// x for x > 0, else `slope`·x.
    public static func leakyRelu(_ x: Double, slope: Double = leakyReluSlope) -> Double {
        x > 0 ? x : slope * x
    }

    /// 1 for x > 0, else `slope` (so `slope` at the kink).
    public static func leakyReluPrime(_ x: Double, slope: Double = leakyReluSlope) -> Double {
        x > 0 ? 1 : slope
    }

    /// x for x > 0, else α(eˣ − 1).
    public static func elu(_ x: Double, alpha: Double = eluAlpha) -> Double {
        x > 0 ? x : alpha * .expMinusOne(x)
    }

    /// 1 for x > 0, else α·eˣ (so α at the kink, 1 with the default α).
    public static func eluPrime(_ x: Double, alpha: Double = eluAlpha) -> Double {
        x > 0 ? 1 : alpha * .exp(x)
    }

    /// λ·elu(x, α) with the standard self-normalising constants.
    public static func selu(_ x: Double) -> Double {
        seluScale * elu(x, alpha: seluAlpha)
    }

    /// λ for x > 0, else λα·eˣ (so λα at the kink).
    public static func seluPrime(_ x: Double) -> Double {
        seluScale * eluPrime(x, alpha: seluAlpha)
    }

    // MARK: Sigmoid family

    /// 1 / (1 + e⁻ˣ), in the two-branch form so that the exponential never overflows and
    /// tiny values for very negative x survive (sigmoid(−50) ≈ 1.93e−22).
    public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + .exp(-x)) }
        let e = Double.exp(x)
        return e / (1 + e)
    }

    /// σ(x)·σ(−x), computed as e/(1 + e)² with e = e^−|x| so that it keeps its relative accuracy
    /// in both tails (1 − σ would cancel).
    public static func sigmoidPrime(_ x: Double) -> Double {
        let e = Double.exp(-abs(x))
        let d = 1 + e
        return e / (d * d)
    }

    /// The hyperbolic tangent.
    public static func tanh(_ x: Double) -> Double { .tanh(x) }

    /// sech²x, computed as 4e/(1 + e)² with e = e^−2|x|: 1 − tanh² would lose every digit once
    /// tanh rounds to ±1.
    public static func tanhPrime(_ x: Double) -> Double {
        let e = Double.exp(-2 * abs(x))
        let d = 1 + e
        return 4 * e / (d * d)
    }

    /// log(1 + eˣ) as max(x, 0) + log1p(e^−|x|): no overflow for large x, and eˣ's own accuracy
    /// for very negative x.
    public static func softplus(_ x: Double) -> Double {
        max(x, 0) + .log(onePlus: .exp(-abs(x)))
    }

    /// σ(x).
    public static func softplusPrime(_ x: Double) -> Double { sigmoid(x) }

    /// x / (1 + |x|).
    public static func softsign(_ x: Double) -> Double { x / (1 + abs(x)) }

    /// 1 / (1 + |x|)².
    public static func softsignPrime(_ x: Double) -> Double {
        let d = 1 + abs(x)
        return 1 / (d * d)
    }

    /// PyTorch's hard sigmoid relu6(x + 3)/6: 0 up to −3, 1 from 3, linear between.
    /// (Keras once used a 0.2x + 0.5 variant; this library does not.)
    public static func hardSigmoid(_ x: Double) -> Double {
        min(max(x + 3, 0), 6) / 6
    }

    /// 1/6 on (−3, 3], 0 elsewhere: the left derivative at both kinks, like the rest of the library.
    public static func hardSigmoidPrime(_ x: Double) -> Double {
        x > -3 && x <= 3 ? 1.0 / 6 : 0
    }

    // MARK: Smooth gates

    /// x·Φ(x) with Φ the standard normal CDF, written x·½·erfc(−x/√2) so that very negative x
    /// keep their tiny value instead of cancelling in 1 + erf.
    public static func gelu(_ x: Double) -> Double {
        x * 0.5 * .erfc(-x * inverseSquareRootOfTwo)
    }

    /// Φ(x) + x·φ(x), with φ the standard normal density.
    public static func geluPrime(_ x: Double) -> Double {
        let cdf = 0.5 * Double.erfc(-x * inverseSquareRootOfTwo)
        let density = Double.exp(-0.5 * x * x) * inverseSquareRootOfTwoPi
        return cdf + x * density
    }

    /// ½x(1 + tanh u) with u = √(2/π)(x + 0.044715x³), computed as x·σ(2u): the two are equal and
    /// the second has no cancellation for negative x.
    public static func geluTanh(_ x: Double) -> Double {
        x * sigmoid(2 * geluTanhArgument(x))
    }

    /// σ(2u) + 2x·σ′(2u)·u′, the derivative of x·σ(2u).
    public static func geluTanhPrime(_ x: Double) -> Double {
        let u = geluTanhArgument(x)
        let slope = sigmoidPrime(2 * u)
        // In the far tails slope is 0 while u′ may be huge; skip the 0·∞ product.
        guard slope != 0 else { return sigmoid(2 * u) }
        let du = geluTanhFactor * (1 + 3 * geluTanhCubic * x * x)
        return sigmoid(2 * u) + 2 * x * slope * du
    }

    /// x·σ(x) (SiLU, also called swish).
    public static func silu(_ x: Double) -> Double { x * sigmoid(x) }

    /// σ(x)·(1 + x·σ(−x)).
    public static func siluPrime(_ x: Double) -> Double {
        sigmoid(x) * (1 + x * sigmoid(-x))
    }

    /// x·tanh(softplus(x)).
    public static func mish(_ x: Double) -> Double { x * .tanh(softplus(x)) }

    /// tanh(sp) + x·sech²(sp)·σ(x), where sp = softplus(x).
    public static func mishPrime(_ x: Double) -> Double {
        let sp = softplus(x)
        let product = x * tanhPrime(sp) * sigmoid(x)
        // Only x = ±∞ makes the product 0·∞; its limit there is 0.
        return .tanh(sp) + (product.isNaN ? 0 : product)
    }

    // MARK: Helpers

    private static let inverseSquareRootOfTwo = 0.70710678118654752440084436210485
    private static let inverseSquareRootOfTwoPi = 0.39894228040143267793994605993438

    private static func geluTanhArgument(_ x: Double) -> Double {
        geluTanhFactor * (x + geluTanhCubic * x * x * x)
    }
}
