/// A dense row-major matrix of `Double`.
public struct Matrix: Hashable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Row-major elements; `elements.count == rows * columns`.
    public var elements: [Double]

    /// A matrix over row-major `elements`; their count must be `rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns, "matrix storage does not match its shape")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from nested rows; nil when the rows differ in length.
    public init?(rows nested: [[Double]]) {
        let width = nested.first?.count ?? 0
        guard nested.allSatisfy({ $0.count == width }) else { return nil }
        self.init(rows: nested.count, columns: width, elements: nested.flatMap { $0 })
    }

    /// The element at (`row`, `column`), both 0-based.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// Row `index` as a vector.
    public func row(_ index: Int) -> [Double] {
        Array(elements[(index * columns)..<((index + 1) * columns)])
    }

    /// The rows as nested arrays.
    public var nested: [[Double]] { (0..<rows).map(row) }
}

/// A numeric value the library works on: a scalar, a vector or a matrix.
public enum Tensor: Hashable, Sendable {
    /// A single number; shape `[]`.
    case scalar(Double)
    /// A list of numbers; shape `[n]`.
    case vector([Double])
    /// Rows of equal length; shape `[rows, columns]`.
    case matrix(Matrix)

    /// Every element, row-major.
    public var elements: [Double] {
        switch self {
        case .scalar(let x): [x]
        case .vector(let v): v
        case .matrix(let m): m.elements
        }
    }

    /// The shape as NumPy writes it: `[]`, `[n]` or `[rows, columns]`.
    public var shape: [Int] {
        switch self {
        case .scalar: []
        case .vector(let v): [v.count]
        case .matrix(let m): [m.rows, m.columns]
        }
    }

    /// The same shape with each element replaced by `transform(element)`.
    public func map(_ transform: (Double) -> Double) -> Tensor {
        switch self {
        case .scalar(let x): .scalar(transform(x))
        case .vector(let v): .vector(v.map(transform))
        case .matrix(let m): .matrix(Matrix(rows: m.rows, columns: m.columns, elements: m.elements.map(transform)))
        }
    }
}
