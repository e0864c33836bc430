/// The arguments one registry closure received, checked against the function's parameters.
///
/// Registry closures are called by Calc with defaults already filled in, but they are public
/// values: anyone may call them with too few or too many tensors, so they check again and fill
/// any missing defaults themselves.
struct Arguments {
    private let values: [Tensor]

    init(_ values: [Tensor], parameters: [FunctionParameter]) throws(ActivationError) {
        guard values.count <= parameters.count else {
            throw ActivationError("expected at most \(parameters.count) arguments but got \(values.count)")
        }
        var filled = values
        for parameter in parameters.dropFirst(values.count) {
            guard let value = parameter.defaultValue else {
                let required = parameters.count { $0.defaultValue == nil }
                throw ActivationError("expected at least \(required) arguments but got \(values.count)")
            }
            filled.append(.scalar(value))
        }
        self.values = filled
    }

    /// The argument at `index`, whatever its shape.
    subscript(index: Int) -> Tensor { values[index] }

    /// The argument at `index`, which must be a number (an optional parameter like `slope`).
    func number(_ index: Int, named name: String) throws(ActivationError) -> Double {
        guard case .scalar(let value) = values[index] else {
            throw ActivationError("\(name) must be a number but has shape \(values[index].shapeDescription)")
        }
        return value
    }
}

extension Tensor {
    /// The shape written as in messages: `[]`, `[3]`, `[2, 3]`.
    var shapeDescription: String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// A tensor of this tensor's shape holding `elements` (row-major, same count).
    func withElements(_ elements: [Double]) -> Tensor {
        switch self {
        case .scalar: .scalar(elements.first ?? .nan)
        case .vector: .vector(elements)
        case .matrix(let m): .matrix(Matrix(rows: m.rows, columns: m.columns, elements: elements))
        }
    }

    /// The tensor as rows of samples: a scalar is one row of one, a vector is one row.
    var rows: [[Double]] {
        switch self {
        case .scalar(let x): [[x]]
        case .vector(let v): [v]
        case .matrix(let m): m.nested
        }
    }

    /// A tensor of this tensor's shape built from `rows` (the inverse of `rows`).
    func withRows(_ rows: [[Double]]) -> Tensor {
        withElements(rows.flatMap { $0 })
    }
}
