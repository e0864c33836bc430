import RealModule
import Testing
@testable import Activations

@Suite("Losses and their gradients")
struct LossesTests {
    // MARK: Values derived by hand (or with mpmath at 50 digits where a logarithm is involved)

    @Test func meanSquaredError() throws {
        #expect(try Loss.mse([1, 2], [1, 4]) == 2)
        #expect(try Loss.mseGrad([1, 2], [1, 4]) == [0, -2])
        #expect(try entry("mse").evaluate([.scalar(3), .scalar(1)]) == .scalar(4))
    }

    @Test func meanAbsoluteError() throws {
        #expect(try Loss.mae([1, 2, 3], [2, 2, 1]) == 1)
        #expect(try Loss.maeGrad([1, 2, 3], [2, 2, 1]) == [-1.0 / 3, 0, 1.0 / 3])
    }

    @Test func binaryCrossEntropyOnProbabilities() throws {
        #expect(isClose(try Loss.binaryCrossEntropy([0.5], [1]), 0.6931471805599453))
        #expect(isClose(try Loss.binaryCrossEntropy([0.9, 0.2, 0.6], [1, 0, 1]), 0.2797765635793423))
        // (p − y)/(p(1 − p))/n at p = 0.5: ±2/n.
        #expect(try Loss.binaryCrossEntropyGrad([0.5, 0.5], [1, 0]) == [-1, 1])
    }

    @Test func binaryCrossEntropyClipsProbabilities() throws {
        // −log(1e−7) and −log(1 − 1e−7): the clip keeps a certain wrong answer finite.
        #expect(isClose(try Loss.binaryCrossEntropy([0], [1]), 16.11809565095832))
        #expect(isClose(try Loss.binaryCrossEntropy([1], [0]), 16.11809565095832))
        #expect(isClose(try Loss.binaryCrossEntropy([1], [1]), 1.0000000500000033e-07))
        let gradient = try Loss.binaryCrossEntropyGrad([0, 1], [1, 0])
        #expect(gradient.allSatisfy { $0.isFinite })
        #expect(gradient[0] < 0 && gradient[1] > 0)
    }

    @Test(arguments: [0.0, 1, 0.3])
    func logitsAtZeroCostLogTwo(y: Double) throws {
        #expect(isClose(try Loss.binaryCrossEntropyWithLogits([0], [y]), 0.6931471805599453))
        #expect(isClose(try Loss.binaryCrossEntropyWithLogitsGrad([0], [y]), [0.5 - y]))
    }

    @Test func logitsAtTheEnds() throws {
        #expect(try Loss.binaryCrossEntropyWithLogits([1000], [1]) == 0)
        #expect(try Loss.binaryCrossEntropyWithLogits([-1000], [0]) == 0)
        #expect(try Loss.binaryCrossEntropyWithLogits([1000], [0]) == 1000)
        #expect(try Loss.binaryCrossEntropyWithLogits([-1000], [1]) == 1000)
        #expect(try Loss.binaryCrossEntropyWithLogitsGrad([1000, -1000], [0, 0]) == [0.5, 0])
        // y log(1 + e⁻ᶻ) for z = 40, y = 1: e⁻⁴⁰ to within e⁻⁸⁰.
        #expect(isClose(try Loss.binaryCrossEntropyWithLogits([40], [1]), .exp(-40)))
    }

    @Test func gradientsFromLogitsKeepTheirDigitsWhenConfident() throws {
        // σ(30) − 1 = −σ(−30) and softmax(10, −10) − (1, 0) = (−σ(−20), σ(−20)); mpmath references.
        #expect(isClose(try Loss.binaryCrossEntropyWithLogitsGrad([30], [1]), [-9.357622968839299e-14]))
        #expect(isClose(try Loss.categoricalCrossEntropyWithLogitsGrad([10, -10], [1, 0]), [-2.0611536181902037e-09, 2.0611536181902037e-09]))
    }

    @Test func logitsVector() throws {
        #expect(isClose(try Loss.binaryCrossEntropyWithLogits([2.5, -1, 0.3], [1, 0, 0.25]), 0.39050222209309987))
    }

    @Test(arguments: [-6.0, -0.8, 0.4, 3.1])
    func logitsAgreeWithProbabilities(z: Double) throws {
        for y in [0.0, 0.4, 1] {
            let fromLogits = try Loss.binaryCrossEntropyWithLogits([z], [y])
            let fromProbability = try Loss.binaryCrossEntropy([Activation.sigmoid(z)], [y])
            #expect(isClose(fromLogits, fromProbability, relative: 1e-10))
        }
    }

    @Test func categoricalCrossEntropyOnProbabilities() throws {
        #expect(isClose(try Loss.categoricalCrossEntropy([0.7, 0.2, 0.1], [1, 0, 0]), 0.35667494393873245))
        let mean = try Loss.categoricalCrossEntropy(rows: [[0.7, 0.2, 0.1], [0.25, 0.25, 0.5]], [[1, 0, 0], [0, 0, 1]])
        #expect(isClose(mean, 0.5249110622493389))
        #expect(isClose(try Loss.categoricalCrossEntropy([0, 1], [1, 0]), 16.11809565095832))
        #expect(try Loss.categoricalCrossEntropyGrad([0.5, 0.25], [1, 0]) == [-2, 0])
    }

    @Test func categoricalCrossEntropyFromLogits() throws {
        #expect(isClose(try Loss.categoricalCrossEntropyWithLogits([0, 0, 0], [1, 0, 0]), 1.0986122886681098))
        #expect(try Loss.categoricalCrossEntropyWithLogits([1000, 0], [0, 1]) == 1000)
        #expect(try Loss.categoricalCrossEntropyWithLogits([1000, 0], [1, 0]) == 0)
        let mean = try Loss.categoricalCrossEntropyWithLogits(rows: [[2, 1, 0.5], [-1, 3, 0]], [[0, 1, 0], [0.2, 0.8, 0]])
        #expect(isClose(mean, 1.165126343932687))
        // softmax(0, 0) − y.
        #expect(try Loss.categoricalCrossEntropyWithLogitsGrad([0, 0], [1, 0]) == [-0.5, 0.5])
    }

    // MARK: Gradients against central differences

    static let gradientCases: [(String, [Double], [Double])] = [
        ("mse", [0.3, -1.2, 2.5], [1, 0, 2]),
        ("mae", [0.3, -1.2, 2.5], [1, 0, 2]),
        ("binary_cross_entropy", [0.15, 0.6, 0.93], [0, 1, 0.3]),
        ("binary_cross_entropy_with_logits", [-2.2, 0.1, 4.5], [0, 1, 0.7]),
        ("categorical_cross_entropy", [0.2, 0.5, 0.3], [0, 1, 0]),
        ("categorical_cross_entropy_with_logits", [1.5, -0.3, 0.8], [0.1, 0.6, 0.3]),
    ]

    @Test(arguments: gradientCases)
    func gradientMatchesCentralDifferences(name: String, prediction: [Double], target: [Double]) throws {
        let function = try entry(name)
        let numeric = numericGradient({ p in
            guard case .scalar(let value) = try? function.evaluate([.vector(p), .vector(target)]) else { return .nan }
            return value
        }, at: prediction)
        guard case .vector(let analytic) = try function.derivative([.vector(prediction), .vector(target)]) else {
            Issue.record("\(name)_grad of a vector is not a vector")
            return
        }
        #expect(analytic.count == numeric.count)
        for (a, n) in zip(analytic, numeric) {
            #expect(agreesWithDifference(a, n), "\(name): \(a) vs \(n)")
        }
    }

    @Test(arguments: gradientCases)
    func matrixGradientMatchesCentralDifferences(name: String, prediction: [Double], target: [Double]) throws {
        // Two samples: the first row as given, the second reversed.
        let p = try #require(Matrix(rows: [prediction, prediction.reversed()]))
        let y = try #require(Matrix(rows: [target, target.reversed()]))
        let function = try entry(name)
        let numeric = numericGradient({ elements in
            let m = Matrix(rows: p.rows, columns: p.columns, elements: elements)
            guard case .scalar(let value) = try? function.evaluate([.matrix(m), .matrix(y)]) else { return .nan }
            return value
        }, at: p.elements)
        guard case .matrix(let analytic) = try function.derivative([.matrix(p), .matrix(y)]) else {
            Issue.record("\(name)_grad of a matrix is not a matrix")
            return
        }
        #expect(analytic.rows == 2 && analytic.columns == prediction.count)
        for (a, n) in zip(analytic.elements, numeric) {
            #expect(agreesWithDifference(a, n), "\(name): \(a) vs \(n)")
        }
    }

    @Test func categoricalLossIsAMeanOverRowsNotElements() throws {
        let p = try #require(Matrix(rows: [[0.5, 0.5], [0.5, 0.5]]))
        let y = try #require(Matrix(rows: [[1, 0], [0, 1]]))
        // Each row costs log 2; the mean over the two rows is log 2.
        #expect(isClose(try entry("cce").evaluate([.matrix(p), .matrix(y)]).elements[0], 0.6931471805599453))
    }

    // MARK: Errors

    @Test func mismatchedShapesNameBothShapes() throws {
        #expect(throws: ActivationError("prediction has shape [3] but target has shape [2]")) {
            try entry("mse").evaluate([.vector([1, 2, 3]), .vector([1, 2])])
        }
        #expect(throws: ActivationError("logits has shape [] but target has shape [2]")) {
            try entry("bce_logits").derivative([.scalar(1), .vector([1, 2])])
        }
    }

    @Test func emptyInputIsAnError() throws {
        #expect(throws: ActivationError.self) { try entry("mae").evaluate([.vector([]), .vector([])]) }
        #expect(throws: ActivationError.self) { try Loss.categoricalCrossEntropyWithLogits([], []) }
    }

    @Test func missingTargetIsAnError() throws {
        #expect(throws: ActivationError.self) { try entry("mse").evaluate([.vector([1])]) }
    }
}
