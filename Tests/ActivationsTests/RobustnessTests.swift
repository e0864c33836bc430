import Testing
@testable import Activations

/// Every registry entry, called with awkward values and shapes, either returns a result of its
/// documented shape or throws an `ActivationError`; nothing traps.
@Suite("Registry robustness")
struct RobustnessTests {
    static let scalars: [Tensor] = [.scalar(.nan), .scalar(.infinity), .scalar(-.infinity), .scalar(0), .scalar(1.5)]

    static let vectors: [Tensor] = [
        .vector([]), .vector([.nan]), .vector([.nan, 1]), .vector([1, .nan]), .vector([.infinity, 1]),
        .vector([-.infinity, 1]), .vector([.infinity, -.infinity]), .vector([-.infinity, -.infinity]),
        .vector([1, 2, 3]),
    ]

    static let matrices: [Tensor] = [
        .matrix(Matrix(rows: 0, columns: 0, elements: [])),
        .matrix(Matrix(rows: 1, columns: 0, elements: [])),
        .matrix(Matrix(rows: 0, columns: 2, elements: [])),
        .matrix(Matrix(rows: 2, columns: 2, elements: [.nan, 1, .infinity, -.infinity])),
        .matrix(Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 0, -1, 0.5])),
        .matrix(Matrix(rows: 3, columns: 1, elements: [1, .nan, -2])),
    ]

    static let pool: [Tensor] = scalars + vectors + matrices

    /// Argument lists of every length from none to one more than the function takes, drawn
    /// from the pool (all combinations, so mismatched shapes are among them).
    static func argumentLists(upTo count: Int) -> [[Tensor]] {
        var lists: [[Tensor]] = [[]]
        var current: [[Tensor]] = [[]]
        for _ in 0..<count {
            current = current.flatMap { prefix in pool.map { prefix + [$0] } }
            lists += current
        }
        return lists
    }

    static let names = Registry.standard.functions.map(\.name)

    @Test(arguments: names)
    func evaluateNeverTraps(name: String) throws {
        let function = try #require(Registry.standard.function(named: name))
        for arguments in Self.argumentLists(upTo: function.parameters.count + 1) {
            do {
                let result = try function.evaluate(arguments)
                let expected = Self.expectedShape(of: function, arguments, derivative: false)
                #expect(expected == nil || result.shape == expected, "\(name)\(Self.describe(arguments)) gave \(result.shape)")
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test(arguments: names)
    func derivativeNeverTraps(name: String) throws {
        let function = try #require(Registry.standard.function(named: name))
        for arguments in Self.argumentLists(upTo: function.parameters.count + 1) {
            do {
                let result = try function.derivative(arguments)
                let expected = Self.expectedShape(of: function, arguments, derivative: true)
                #expect(expected == nil || result.shape == expected, "\(function.derivativeName)\(Self.describe(arguments)) gave \(result.shape)")
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func logSoftmaxPropagatesNaN() throws {
        let nanAnywhere: [[Double]] = [[.nan], [.nan, 1], [1, .nan], [2, .nan, -1]]
        for x in nanAnywhere {
            let y = Activation.logSoftmax(x)
            let allNaN = y.allSatisfy { $0.isNaN }
            #expect(y.count == x.count && allNaN)
        }
        let scalar = try #require(Registry.standard.function(named: "log_softmax")).evaluate([.scalar(.nan)])
        guard case .scalar(let value) = scalar else {
            Issue.record("log_softmax of a number gave \(scalar)")
            return
        }
        #expect(value.isNaN)
    }

    @Test func softmaxOfNaNIsNaNEverywhere() {
        for x: [Double] in [[.nan], [.nan, 1], [1, .nan]] {
            let y = Activation.softmax(x)
            let allNaN = y.allSatisfy { $0.isNaN }
            #expect(y.count == x.count && allNaN)
        }
    }

    @Test func crossEntropyFromNaNLogitsIsNaN() throws {
        // Before log_softmax kept its length, a NaN logit made the sum empty and the loss 0.
        let loss = try Loss.categoricalCrossEntropyWithLogits([.nan, 1], [0, 1])
        #expect(loss.isNaN)
    }

    /// The shape the function documents for these arguments; nil when the arguments cannot be
    /// valid (then only "no trap" is checked).
    static func expectedShape(of function: RegisteredFunction, _ arguments: [Tensor], derivative: Bool) -> [Int]? {
        guard let x = arguments.first, function.arity.contains(arguments.count) else { return nil }
        switch function.kind {
        case .elementwise:
            return x.shape
        case .vector:
            guard derivative else { return x.shape }
            switch x {
            case .scalar: return []
            case .vector(let v): return [v.count, v.count]
            case .matrix: return nil
            }
        case .loss:
            return derivative ? x.shape : []
        case .layer:
            guard arguments.count >= 2, case .matrix(let weights) = arguments[1] else { return nil }
            if derivative { return [weights.rows, weights.columns] }
            if case .matrix(let samples) = x { return [samples.rows, weights.rows] }
            return [weights.rows]
        }
    }

    static func describe(_ arguments: [Tensor]) -> String {
        "(" + arguments.map { "\($0.elements) \($0.shape)" }.joined(separator: ", ") + ")"
    }
}
