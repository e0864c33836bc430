import RealModule
import Testing
@testable import Activations

@Suite("Softmax and log-softmax")
struct SoftmaxTests {
    static let vectors: [[Double]] = [[1, 2, 3], [-1.5, 0.25, 4, -7], [0], [10, -10], [3, 3, 3, 3], [-30, 5, 29.5]]

    // MARK: Values (references from mpmath at 50 digits)

    @Test func softmaxOfOneTwoThree() {
        #expect(isClose(Activation.softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219]))
        #expect(isClose(Activation.logSoftmax([1, 2, 3]), [-2.40760596444438, -1.4076059644443804, -0.4076059644443803]))
    }

    @Test func softmaxOfFourScores() {
        let x = [-1.5, 0.25, 4, -7]
        #expect(isClose(Activation.softmax(x), [0.0039769239510836765, 0.022885617211177406, 0.9731212060585227, 1.6252779216232438e-05]))
        #expect(isClose(Activation.logSoftmax(x), [-5.52724663512104, -3.77724663512104, -0.027246635121039947, -11.02724663512104]))
    }

    @Test func equalLargeScoresShareEvenly() {
        #expect(isClose(Activation.softmax([1000, 1000, 1000]), [1.0 / 3, 1.0 / 3, 1.0 / 3]))
        #expect(isClose(Activation.softmax([-1000, -1000]), [0.5, 0.5]))
    }

    @Test func logSoftmaxOfExtremeScores() {
        // log Σ e^x = 1000 + log(1 + e⁻¹⁰⁰⁰ + e⁻²⁰⁰⁰) = 1000 to double precision.
        #expect(isClose(Activation.logSoftmax([-1000, 0, 1000]), [-2000, -1000, 0]))
        let s = Activation.softmax([-1000, 0, 1000])
        #expect(s == [0, 0, 1])
    }

    @Test func singleElementIsCertain() throws {
        #expect(Activation.softmax([42]) == [1])
        #expect(Activation.logSoftmax([42]) == [0])
        #expect(try entry("softmax").evaluate([.scalar(-3)]) == .scalar(1))
        #expect(try entry("softmax").derivative([.scalar(-3)]) == .scalar(0))
    }

    @Test func emptyVectorGivesEmptyVector() {
        #expect(Activation.softmax([]).isEmpty)
        #expect(Activation.logSoftmax([]).isEmpty)
    }

    // MARK: Identities

    @Test(arguments: vectors)
    func softmaxSumsToOne(x: [Double]) {
        let s = Activation.softmax(x)
        #expect(isClose(s.reduce(0, +), 1, relative: 1e-14))
        #expect(s.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test(arguments: vectors, [-500.0, -3.5, 0.125, 700])
    func softmaxIsShiftInvariant(x: [Double], shift: Double) {
        let shifted = x.map { $0 + shift }
        #expect(isClose(Activation.softmax(shifted), Activation.softmax(x), relative: 1e-11))
    }

    @Test(arguments: vectors)
    func logSoftmaxIsLogOfSoftmax(x: [Double]) {
        // log(s) near s = 1 only has absolute accuracy (about 1e-16), hence the absolute floor.
        let viaLog = Activation.softmax(x).map { Double.log($0) }
        for (direct, reference) in zip(Activation.logSoftmax(x), viaLog) {
            #expect(direct.isApproximatelyEqual(to: reference, absoluteTolerance: 1e-15, relativeTolerance: 1e-12))
        }
    }

    @Test func logSoftmaxKeepsRelativePrecisionNearZero() {
        // log(s) would round s = 1 − 2.06e−9 first and lose about nine digits; mpmath gives these.
        #expect(isClose(Activation.logSoftmax([10, -10]), [-2.061153620314381e-09, -20.000000002061153]))
    }

    @Test func logSoftmaxStaysFiniteWhereSoftmaxUnderflows() {
        let l = Activation.logSoftmax([0, 800])
        #expect(l == [-800, 0])
        #expect(l.allSatisfy { $0.isFinite })
    }

    // MARK: Jacobians

    @Test func jacobiansAtEqualScores() {
        #expect(Activation.softmaxJacobian([0, 0]) == [[0.25, -0.25], [-0.25, 0.25]])
        #expect(Activation.logSoftmaxJacobian([0, 0]) == [[0.5, -0.5], [-0.5, 0.5]])
    }

    @Test func jacobiansOfAConfidentSoftmaxKeepTheirDigits() {
        // s = (σ(20), σ(−20)); references from mpmath. 1 − s₀ formed by subtraction would keep
        // only about seven of these digits.
        let j = Activation.softmaxJacobian([10, -10])
        #expect(isClose(j.flatMap { $0 }, [2.061153613941849e-09, -2.061153613941849e-09, -2.061153613941849e-09, 2.061153613941849e-09]))
        let l = Activation.logSoftmaxJacobian([10, -10])
        #expect(isClose(l.flatMap { $0 }, [2.0611536181902037e-09, -2.0611536181902037e-09, -0.9999999979388464, 0.9999999979388464]))
    }

    @Test(arguments: vectors)
    func softmaxJacobianMatchesCentralDifferences(x: [Double]) {
        let numeric = numericJacobian(Activation.softmax, at: x)
        let analytic = Activation.softmaxJacobian(x)
        for (a, n) in zip(analytic.flatMap { $0 }, numeric.flatMap { $0 }) {
            #expect(agreesWithDifference(a, n), "\(a) vs \(n)")
        }
    }

    @Test(arguments: vectors)
    func logSoftmaxJacobianMatchesCentralDifferences(x: [Double]) {
        let numeric = numericJacobian(Activation.logSoftmax, at: x)
        let analytic = Activation.logSoftmaxJacobian(x)
        for (a, n) in zip(analytic.flatMap { $0 }, numeric.flatMap { $0 }) {
            #expect(agreesWithDifference(a, n), "\(a) vs \(n)")
        }
    }

    @Test(arguments: vectors)
    func softmaxJacobianColumnsSumToZero(x: [Double]) {
        // Σᵢ sᵢ = 1 for every x, so each column of ∂s/∂x sums to 0; the matrix is symmetric.
        let j = Activation.softmaxJacobian(x)
        for column in x.indices {
            #expect(abs(j.map { $0[column] }.reduce(0, +)) < 1e-15)
        }
    }

    // MARK: Through the registry

    @Test func registryAppliesRowWiseToMatrices() throws {
        let x = try #require(Matrix(rows: [[1, 2, 3], [1000, 1000, 1000]]))
        guard case .matrix(let result) = try entry("softmax").evaluate([.matrix(x)]) else {
            Issue.record("softmax of a matrix is not a matrix")
            return
        }
        #expect(result.rows == 2 && result.columns == 3)
        #expect(isClose(result.row(0), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219]))
        #expect(isClose(result.row(1), [1.0 / 3, 1.0 / 3, 1.0 / 3]))
    }

    @Test func registryDerivativeOfVectorIsJacobianMatrix() throws {
        let j = try entry("log_softmax").derivative([.vector([0, 0])])
        #expect(j == .matrix(Matrix(rows: 2, columns: 2, elements: [0.5, -0.5, -0.5, 0.5])))
    }

    @Test func registryDerivativeOfMatrixIsAnError() throws {
        let x = try #require(Matrix(rows: [[1, 2], [3, 4]]))
        #expect(throws: ActivationError.self) { try entry("softmax").derivative([.matrix(x)]) }
    }
}
