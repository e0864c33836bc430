import Activations

/// A Calc value.
///
/// Numbers are float64, as in NumPy. Comparisons of vectors and matrices are elementwise and
/// give boolean vectors and matrices, which `all` and `any` reduce.
public enum Value: Hashable, Sendable {
    case number(Double)
    case boolean(Bool)
    case vector([Double])
    case matrix(Matrix)
    case string(String)
    /// The result of an elementwise comparison of vectors.
    case booleanVector([Bool])
    /// The result of an elementwise comparison of matrices.
    case booleanMatrix(BooleanMatrix)

    /// The shape as NumPy writes it: `[]` for scalars, `[n]`, `[rows, columns]`.
    public var shape: [Int] {
        switch self {
        case .number, .boolean, .string: []
        case .vector(let v): [v.count]
        case .booleanVector(let v): [v.count]
        case .matrix(let m): [m.rows, m.columns]
        case .booleanMatrix(let m): [m.rows, m.columns]
        }
    }

    /// The truth of a check's final value: a boolean is itself; a boolean vector or matrix is
    /// true when every element is (what `all` gives); anything else has no truth value (nil).
    ///
    /// A quiz `check:` ending in `dense(x, W, b) == [1, 2]` is thus true when the vectors agree.
    public var truth: Bool? {
        switch self {
        case .boolean(let b): b
        case .booleanVector(let v): v.allSatisfy { $0 }
        case .booleanMatrix(let m): m.elements.allSatisfy { $0 }
        default: nil
        }
    }

    /// Every element as a number, row-major (booleans as 0 and 1); nil for strings.
    public var numericElements: [Double]? {
        switch self {
        case .number(let x): [x]
        case .boolean(let b): [b ? 1 : 0]
        case .vector(let v): v
        case .matrix(let m): m.elements
        case .booleanVector(let v): v.map { $0 ? 1 : 0 }
        case .booleanMatrix(let m): m.elements.map { $0 ? 1 : 0 }
        case .string: nil
        }
    }

    /// The value as the library's tensor type; nil for booleans and strings.
    public var tensor: Tensor? {
        switch self {
        case .number(let x): .scalar(x)
        case .vector(let v): .vector(v)
        case .matrix(let m): .matrix(m)
        default: nil
        }
    }

    /// The value of a library result.
    public init(_ tensor: Tensor) {
        switch tensor {
        case .scalar(let x): self = .number(x)
        case .vector(let v): self = .vector(v)
        case .matrix(let m): self = .matrix(m)
        }
    }

    /// "a number", "a vector of length 3": how messages name a value's type.
    public var kindDescription: String {
        switch self {
        case .number: "a number"
        case .boolean: "a boolean"
        case .string: "a string"
        case .vector(let v): "a vector of length \(v.count)"
        case .booleanVector(let v): "a boolean vector of length \(v.count)"
        case .matrix(let m): "a \(m.rows)×\(m.columns) matrix"
        case .booleanMatrix(let m): "a \(m.rows)×\(m.columns) boolean matrix"
        }
    }
}
