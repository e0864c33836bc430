import Activations

/// What an operation costs in work units, worked out from its operands' shapes before it runs.
///
/// A unit is about one element produced by a simple operation (`+`, a comparison, a copy), a
/// few nanoseconds; costlier per-element work is weighted so that a unit takes roughly the same
/// time whatever computes it. The weights come from timing each library function on 10⁶
/// elements in a release build: `exp` and `sigmoid` cost about 4 additions, `gelu`, `mish`,
/// `softmax`, the losses and `**` (a `pow`) 10 to 20.
enum Cost {
    /// Units per element of an elementwise library function (`sigmoid`, `gelu`, their derivatives).
    static let elementwiseWeight = 20
    /// Units per element of a vector function (`softmax` reads its input three times and
    /// takes an exp of each element).
    static let vectorWeight = 12
    /// Units per element of a loss (a log or a division per element, then a sum).
    static let lossWeight = 12

    /// Units per element of a binary operator's result.
    static func weight(of op: BinaryOperator) -> Int {
        switch op {
        case .power: 20
        case .remainder, .floorDivide: 4
        default: 1
        }
    }

    /// Units per character of formatted output: `String(format:)` takes about half a
    /// microsecond per character, a hundred times an addition.
    static let formattingWeight = 100

    /// The cost of having formatted `text`.
    static func formatting(_ text: String) -> Int {
        product(text.utf8.count, formattingWeight)
    }

    /// Elements of a value; 1 for a number, a boolean or a string.
    static func elements(of value: Value) -> Int {
        switch value {
        case .vector(let v): Swift.max(v.count, 1)
        case .matrix(let m): Swift.max(m.elements.count, 1)
        case .booleanVector(let v): Swift.max(v.count, 1)
        case .booleanMatrix(let m): Swift.max(m.elements.count, 1)
        case .number, .boolean, .string: 1
        }
    }

    /// Elements of a tensor.
    static func elements(of tensor: Tensor) -> Int {
        switch tensor {
        case .scalar: 1
        case .vector(let v): Swift.max(v.count, 1)
        case .matrix(let m): Swift.max(m.elements.count, 1)
        }
    }

    /// `a · b · c` saturating at `Int.max`, so that an absurd shape is refused, not wrapped.
    static func product(_ factors: Int...) -> Int {
        var total = 1
        for factor in factors {
            let (next, overflow) = total.multipliedReportingOverflow(by: Swift.max(factor, 1))
            if overflow { return .max }
            total = next
        }
        return total
    }

    /// The cost of one library call on `arguments` (defaults filled in), before it runs.
    static func library(_ kind: FunctionKind, derivative: Bool, _ arguments: [Tensor]) -> Int {
        guard let first = arguments.first else { return 1 }
        switch kind {
        case .elementwise:
            return product(elements(of: first), elementwiseWeight)
        case .vector:
            // The Jacobian of an n-vector has n² entries, each a multiply.
            if derivative, case .vector(let v) = first { return product(v.count, v.count, vectorWeight) }
            return product(elements(of: first), vectorWeight)
        case .loss:
            return product(elements(of: first), lossWeight)
        case .layer:
            // dense(x, W, b): one multiply-add per sample, output and input.
            guard arguments.count > 1, case .matrix(let weights) = arguments[1] else { return elements(of: first) }
            let samples = if case .matrix(let m) = first { m.rows } else { 1 }
            return product(samples, weights.rows, weights.columns)
        }
    }

    /// The number of elements a library call gives, when it can be known before it runs and
    /// could be large: the Jacobian of a vector function (n²) and a dense layer (samples × outputs).
    static func libraryResultSize(_ kind: FunctionKind, derivative: Bool, _ arguments: [Tensor]) -> Int? {
        guard let first = arguments.first else { return nil }
        switch kind {
        case .vector where derivative:
            guard case .vector(let v) = first else { return nil }
            return product(v.count, v.count)
        case .layer:
            guard arguments.count > 1, case .matrix(let weights) = arguments[1] else { return nil }
            if derivative { return nil }
            let samples = if case .matrix(let m) = first { m.rows } else { 1 }
            return product(samples, weights.rows)
        default:
            return nil
        }
    }
}
