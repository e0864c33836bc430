import Testing
@testable import Activations

@Suite("Dense layer")
struct DenseTests {
    let weights = Matrix(rows: 2, columns: 2, elements: [0.5, -1, 1, 1])

    @Test func designExample() throws {
        // [0.5·1 − 1·2 + 0, 1·1 + 1·2 + 0.5] = [−1.5, 3.5].
        #expect(try Dense.apply([1, 2], weights: weights, bias: [0, 0.5]) == [-1.5, 3.5])
        let result = try entry("dense").evaluate([.vector([1, 2]), .matrix(weights), .vector([0, 0.5])])
        #expect(result == .vector([-1.5, 3.5]))
    }

    @Test func rectangularWeights() throws {
        // Three inputs, one output: 2·1 + 0·(−1) + (−1)·4 + 10 = 8.
        let w = Matrix(rows: 1, columns: 3, elements: [2, 0, -1])
        #expect(try Dense.apply([1, -1, 4], weights: w, bias: [10]) == [8])
    }

    @Test func biasDefaultsToZeroAndMayBeANumber() throws {
        let dense = try entry("dense")
        #expect(try dense.evaluate([.vector([1, 2]), .matrix(weights)]) == .vector([-1.5, 3]))
        #expect(try dense.evaluate([.vector([1, 2]), .matrix(weights), .scalar(1)]) == .vector([-0.5, 4]))
    }

    @Test func matrixInputHoldsOneSamplePerRow() throws {
        let samples = Matrix(rows: 2, columns: 2, elements: [1, 2, 0, -1])
        let expected = Matrix(rows: 2, columns: 2, elements: [-1.5, 3.5, 1, -0.5])
        #expect(try Dense.apply(samples: samples, weights: weights, bias: [0, 0.5]) == expected)
        #expect(try entry("dense").evaluate([.matrix(samples), .matrix(weights), .vector([0, 0.5])]) == .matrix(expected))
    }

    @Test func composingTwoLayersIsOneLayer() throws {
        // The quiz in DESIGN.md: W2(W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2).
        let w1 = Matrix(rows: 2, columns: 2, elements: [1, 2, 0, 1])
        let w2 = Matrix(rows: 2, columns: 2, elements: [2, 0, 1, 1])
        let product = Matrix(rows: 2, columns: 2, elements: [2, 4, 1, 3])
        let x = [3.0, -1]
        let twice = try Dense.apply(try Dense.apply(x, weights: w1, bias: [1, 1]), weights: w2, bias: [0, 2])
        let once = try Dense.apply(x, weights: product, bias: [2, 4])
        #expect(twice == once)
    }

    @Test func jacobianIsTheWeights() throws {
        #expect(try Dense.jacobian([7, -3], weights: weights, bias: [0, 0]) == weights)
        #expect(try entry("dense").derivative([.vector([7, -3]), .matrix(weights), .vector([1, 1])]) == .matrix(weights))
        // Finite differences of each output along each input reproduce W.
        let numeric = numericJacobian({ x in (try? Dense.apply(x, weights: weights, bias: [0.2, -0.7])) ?? [] }, at: [0.3, 1.9])
        for (a, n) in zip(weights.elements, numeric.flatMap { $0 }) {
            #expect(agreesWithDifference(a, n))
        }
    }

    @Test func wrongInputLengthNamesTheShapes() {
        #expect(throws: ActivationError("W has shape [2, 2] but x has shape [3]; W needs one column per input (3)")) {
            try Dense.apply([1, 2, 3], weights: weights, bias: [0, 0])
        }
    }

    @Test func wrongBiasLengthNamesTheShapes() throws {
        #expect(throws: ActivationError("b has shape [3] but W has shape [2, 2]; b needs one entry per row of W (2)")) {
            try entry("dense").evaluate([.vector([1, 2]), .matrix(weights), .vector([0, 0, 0])])
        }
    }

    @Test func weightsMustBeAMatrix() throws {
        #expect(throws: ActivationError.self) { try entry("dense").evaluate([.vector([1, 2]), .vector([1, 2])]) }
        #expect(throws: ActivationError.self) { try entry("dense").evaluate([.scalar(1), .matrix(weights)]) }
    }
}
