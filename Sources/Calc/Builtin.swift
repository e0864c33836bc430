/// The functions Calc itself provides, next to the Activations library.
///
/// Their signatures follow NumPy where a NumPy user would reach for them.
enum Builtin: String, Sendable, CaseIterable {
    case sum, mean, max, min, argmax, argmin
    case abs, exp, log, sqrt
    case len, shape, transpose, dot, norm
    case zeros, ones, linspace
    case round
    case all, any, isclose, allclose

    /// Parameter names in order, with the default shown in the signature when optional.
    var parameters: [(name: String, defaultText: String?)] {
        switch self {
        case .sum, .mean: [("x", nil), ("axis", "None")]
        case .max, .min: [("x", nil), ("y", "None")]
        case .argmax, .argmin, .abs, .exp, .log, .sqrt, .len, .shape, .transpose, .norm, .all, .any:
            [("x", nil)]
        case .dot: [("a", nil), ("b", nil)]
        case .zeros, .ones: [("rows", nil), ("columns", "None")]
        case .linspace: [("start", nil), ("stop", nil), ("num", "50")]
        case .round: [("x", nil), ("ndigits", "0")]
        case .isclose, .allclose: [("a", nil), ("b", nil), ("rtol", "1e-05"), ("atol", "1e-08")]
        }
    }

    /// Parameter names and the number required, computed once per built-in.
    var shape: (names: [String], required: Int) {
        Self.shapes[self] ?? ([], 0)
    }

    private static let shapes: [Builtin: (names: [String], required: Int)] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, ($0.parameters.map(\.name), $0.arity.lowerBound)) }
    )

    /// `round(x, ndigits=0)`: how arity errors show the call.
    var signature: String {
        let arguments = parameters.map { parameter in
            parameter.defaultText.map { "\(parameter.name)=\($0)" } ?? parameter.name
        }
        return "\(rawValue)(\(arguments.joined(separator: ", ")))"
    }

    /// Whether a call reads all of its arguments' elements, so that its cost is their size
    /// (charged before the call; the result's size is charged after). `len` and `shape` look at
    /// the shape only; `dot` is charged m·n·k; `zeros`, `ones`, `linspace` take numbers.
    var readsEveryElement: Bool {
        switch self {
        case .len, .shape, .dot, .zeros, .ones, .linspace: false
        default: true
        }
    }

    var arity: ClosedRange<Int> {
        let required = parameters.count { $0.defaultText == nil }
        return required...parameters.count
    }

    /// One line for the REPL's `:help`.
    var summary: String {
        switch self {
        case .sum: "sum of all elements, or along axis 0 / 1 of a matrix"
        case .mean: "mean of all elements, or along axis 0 / 1 of a matrix"
        case .max: "largest element; with two arguments the elementwise maximum"
        case .min: "smallest element; with two arguments the elementwise minimum"
        case .argmax: "index of the largest element (row-major for matrices)"
        case .argmin: "index of the smallest element (row-major for matrices)"
        case .abs: "absolute value, elementwise"
        case .exp: "e to the power x, elementwise"
        case .log: "natural logarithm, elementwise"
        case .sqrt: "square root, elementwise"
        case .len: "number of elements of a vector, rows of a matrix"
        case .shape: "the shape as a vector: [n] or [rows, columns]"
        case .transpose: "the transposed matrix (a vector stays as it is)"
        case .dot: "the same as a @ b"
        case .norm: "Euclidean length of all elements"
        case .zeros: "a vector or matrix of zeros"
        case .ones: "a vector or matrix of ones"
        case .linspace: "num evenly spaced numbers from start to stop, both included"
        case .round: "round half to even, to ndigits decimals, elementwise"
        case .all: "True when every element is true (non-zero)"
        case .any: "True when some element is true (non-zero)"
        case .isclose: "elementwise |a - b| <= atol + rtol * |b|, as NumPy"
        case .allclose: "all(isclose(a, b, rtol, atol))"
        }
    }
}
