import RealModule
import Testing
@testable import Activations

@Suite("Element-wise activations")
struct ElementwiseTests {
    // MARK: Values derived by hand

    @Test func reluOfAVector() throws {
        #expect(try entry("relu").evaluate([.vector([-1, 0, 2])]) == .vector([0, 0, 2]))
    }

    @Test func reluOfAMatrixKeepsItsShape() throws {
        let x = try #require(Matrix(rows: [[-3, 4], [0.5, -0.25]]))
        let expected = try #require(Matrix(rows: [[0, 4], [0.5, 0]]))
        #expect(try entry("relu").evaluate([.matrix(x)]) == .matrix(expected))
    }

    @Test func sigmoidAtZero() {
        #expect(Activation.sigmoid(0) == 0.5)
        #expect(Activation.sigmoidPrime(0) == 0.25)
    }

    @Test func tanhAtZero() {
        #expect(Activation.tanh(0) == 0)
        #expect(Activation.tanhPrime(0) == 1)
    }

    @Test func softplusAtZeroIsLogTwo() {
        #expect(isClose(Activation.softplus(0), 0.6931471805599453))
        #expect(Activation.softplusPrime(0) == 0.5)
    }

    @Test func softsignValues() {
        #expect(Activation.softsign(3) == 0.75)
        #expect(Activation.softsign(-1) == -0.5)
        #expect(Activation.softsignPrime(1) == 0.25)
    }

    @Test func leakyReluUsesItsSlope() throws {
        #expect(Activation.leakyRelu(-2) == -0.02)
        #expect(Activation.leakyRelu(-2, slope: 0.2) == -0.4)
        #expect(Activation.leakyRelu(3) == 3)
        let result = try entry("leaky_relu").evaluate([.vector([-10, 5]), .scalar(0.1)])
        #expect(result == .vector([-1, 5]))
        #expect(try entry("leaky_relu").evaluate([.scalar(-100)]) == .scalar(-1))
    }

    @Test func eluWithAlpha() throws {
        // α(e⁻¹ − 1) with e⁻¹ = 0.36787944117144233.
        #expect(isClose(Activation.elu(-1, alpha: 2), 2 * (0.36787944117144233 - 1)))
        #expect(try entry("elu").evaluate([.scalar(-1000), .scalar(0.5)]) == .scalar(-0.5))
    }

    @Test func seluIsScaledElu() {
        for x in [-3.0, -0.7, 0.4, 2.0] {
            #expect(isClose(Activation.selu(x), 1.0507009873554804934 * Activation.elu(x, alpha: 1.6732632423543772848)))
        }
        // Its lower limit is −λα.
        #expect(isClose(Activation.selu(-1000), -1.7580993408473766))
    }

    @Test func hardSigmoidFollowsRelu6Convention() {
        #expect(Activation.hardSigmoid(-3) == 0)
        #expect(Activation.hardSigmoid(0) == 0.5)
        #expect(Activation.hardSigmoid(3) == 1)
        #expect(Activation.hardSigmoid(1.5) == 0.75)
        #expect(Activation.hardSigmoid(-4) == 0)
        #expect(Activation.hardSigmoid(7) == 1)
    }

    @Test func geluAtSimplePoints() {
        #expect(Activation.gelu(0) == 0)
        // Φ(1) = 0.8413447460685429 (standard normal table, erf(1/√2)).
        #expect(isClose(Activation.gelu(1), 0.8413447460685429))
        #expect(isClose(Activation.gelu(-1), -(1 - 0.8413447460685429)))
        #expect(Activation.geluPrime(0) == 0.5)
    }

    // MARK: Kinks take the x ≤ 0 branch

    @Test func derivativesAtKinks() {
        #expect(Activation.reluPrime(0) == 0)
        #expect(Activation.leakyReluPrime(0) == 0.01)
        #expect(Activation.leakyReluPrime(0, slope: 0.3) == 0.3)
        #expect(Activation.eluPrime(0) == 1)
        #expect(Activation.eluPrime(0, alpha: 0.5) == 0.5)
        #expect(isClose(Activation.seluPrime(0), 1.0507009873554804934 * 1.6732632423543772848))
        #expect(Activation.hardSigmoidPrime(-3) == 0)
        #expect(Activation.hardSigmoidPrime(3) == 1.0 / 6)
    }

    @Test func derivativesAwayFromKinks() {
        #expect(Activation.reluPrime(-2) == 0)
        #expect(Activation.reluPrime(2) == 1)
        #expect(Activation.leakyReluPrime(-2) == 0.01)
        #expect(Activation.eluPrime(2) == 1)
        #expect(Activation.hardSigmoidPrime(0) == 1.0 / 6)
        #expect(Activation.hardSigmoidPrime(4) == 0)
    }

    // MARK: Identities

    static let samples: [Double] = [-30, -7.5, -2, -0.3, 0, 0.01, 1, 3.25, 12, 35]

    @Test(arguments: samples)
    func sigmoidIsSymmetric(x: Double) {
        #expect(isClose(Activation.sigmoid(x) + Activation.sigmoid(-x), 1))
    }

    @Test(arguments: samples.filter { abs($0) < 15 })
    func tanhIsAShiftedSigmoid(x: Double) {
        #expect(Activation.tanh(x).isApproximatelyEqual(to: 2 * Activation.sigmoid(2 * x) - 1, absoluteTolerance: 1e-15, relativeTolerance: 1e-12))
    }

    @Test(arguments: samples)
    func softplusDifferenceIsIdentity(x: Double) {
        let difference = Activation.softplus(x) - Activation.softplus(-x)
        #expect(difference.isApproximatelyEqual(to: x, absoluteTolerance: 1e-14, relativeTolerance: 1e-12))
    }

    @Test(arguments: samples)
    func siluIsXTimesSigmoid(x: Double) {
        #expect(isClose(Activation.silu(x), x / (1 + .exp(-x)), relative: 1e-12))
    }

    @Test(arguments: samples)
    func swishIsSilu(x: Double) throws {
        #expect(try scalarValue("swish", x) == Activation.silu(x))
    }

    @Test(arguments: samples)
    func sigmoidDerivativeIsProductOfSigmoids(x: Double) {
        #expect(isClose(Activation.sigmoidPrime(x), Activation.sigmoid(x) * Activation.sigmoid(-x)))
    }

    @Test(arguments: samples.filter { $0 <= 0 })
    func eluAndSeluAgreeBelowZero(x: Double) {
        #expect(isClose(Activation.selu(x) / 1.0507009873554804934, Activation.elu(x, alpha: 1.6732632423543772848)))
    }

    @Test(arguments: samples.filter { abs($0) < 5 })
    func geluTanhIsCloseToGelu(x: Double) {
        #expect(abs(Activation.geluTanh(x) - Activation.gelu(x)) < 1e-3)
    }

    // MARK: Derivatives against central differences

    static let derivativeCases: [(String, Double)] = {
        let points: [Double] = [-4.2, -1.1, -0.45, 0.2, 0.8, 1.7, 5.5]
        let names = ["relu", "leaky_relu", "elu", "selu", "sigmoid", "tanh", "softplus", "softsign",
                     "gelu", "gelu_tanh", "silu", "mish", "hard_sigmoid"]
        return names.flatMap { name in points.map { (name, $0) } }
    }()

    @Test(arguments: derivativeCases)
    func derivativeMatchesCentralDifference(name: String, x: Double) throws {
        let function = try entry(name)
        let f: (Double) -> Double = { value in
            guard case .scalar(let y) = try? function.evaluate([.scalar(value)]) else { return .nan }
            return y
        }
        let numeric = centralDifference(f, at: x)
        let analytic = try scalarDerivative(name, x)
        #expect(agreesWithDifference(analytic, numeric), "\(name)'(\(x)) = \(analytic), difference gives \(numeric)")
    }

    @Test(arguments: [-2.0, -0.5, 0.7, 3.0])
    func parameterisedDerivativesMatchCentralDifference(x: Double) {
        #expect(agreesWithDifference(Activation.leakyReluPrime(x, slope: 0.25), centralDifference({ Activation.leakyRelu($0, slope: 0.25) }, at: x)))
        #expect(agreesWithDifference(Activation.eluPrime(x, alpha: 0.4), centralDifference({ Activation.elu($0, alpha: 0.4) }, at: x)))
    }

    // MARK: Stability at the ends of the range

    @Test func sigmoidSaturatesWithoutOverflow() {
        #expect(Activation.sigmoid(1000) == 1)
        #expect(Activation.sigmoid(-1000) == 0)
        #expect(Activation.sigmoidPrime(1000) == 0)
        #expect(Activation.sigmoidPrime(-1000) == 0)
    }

    @Test func sigmoidKeepsTinyValues() {
        // e⁻⁵⁰ / (1 + e⁻⁵⁰): no cancellation, so the naive form is exact enough as a reference here.
        let e = Double.exp(-50)
        #expect(isClose(Activation.sigmoid(-50), e / (1 + e)))
        #expect(isClose(Activation.sigmoid(-50), 1.9287498479639178e-22))
        #expect(Activation.sigmoidPrime(-50) > 0)
    }

    @Test func softplusAtTheEnds() {
        #expect(Activation.softplus(1000) == 1000)
        #expect(Activation.softplus(-1000) >= 0)
        #expect(Activation.softplus(-1000) < 1e-300)
        // log(1 + e⁻⁴⁰) = e⁻⁴⁰ to within e⁻⁸⁰.
        #expect(isClose(Activation.softplus(-40), .exp(-40)))
    }

    @Test func tanhDerivativeKeepsRelativePrecision() {
        // sech²(20) = 4e⁻⁴⁰ / (1 + e⁻⁴⁰)², where 1 − tanh² would give exactly 0.
        let e = Double.exp(-40)
        #expect(isClose(Activation.tanhPrime(20), 4 * e / ((1 + e) * (1 + e))))
        #expect(Activation.tanh(1000) == 1)
        #expect(Activation.tanh(-1000) == -1)
    }

    @Test(arguments: [-1000.0, -745, -710, -100, -40, 40, 100, 710, 745, 1000])
    func everythingStaysFinite(x: Double) throws {
        for function in Registry.standard.functions where function.kind == .elementwise {
            let value = try scalarValue(function.name, x)
            let slope = try scalarDerivative(function.name, x)
            #expect(value.isFinite, "\(function.name)(\(x)) = \(value)")
            #expect(slope.isFinite, "\(function.name)'(\(x)) = \(slope)")
        }
    }

    @Test func smoothGatesVanishQuietlyForVeryNegativeInputs() {
        #expect(Activation.gelu(-1000) == 0)
        #expect(Activation.geluTanh(-1000) == 0)
        #expect(Activation.mish(-1000) == 0)
        #expect(Activation.silu(-1000) == 0)
        #expect(Activation.gelu(1000) == 1000)
        #expect(Activation.mish(1000) == 1000)
    }

    @Test func geluKeepsTinyTailValues() {
        // Φ(−10) = 7.619853024160526e-24 (mpmath); gelu(−10) = −10 Φ(−10).
        #expect(isClose(Activation.gelu(-10), -7.619853024160526e-23))
    }
}
