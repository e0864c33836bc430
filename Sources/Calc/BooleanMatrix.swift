/// A row-major matrix of booleans, from an elementwise comparison of matrices.
public struct BooleanMatrix: Hashable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Row-major; `elements.count == rows * columns`.
    public let elements: [Bool]

    /// Nil when `elements` does not fill the shape.
    public init?(rows: Int, columns: Int, elements: [Bool]) {
        guard rows >= 0, columns >= 0, rows * columns == elements.count else { return nil }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Row `index`.
    public func row(_ index: Int) -> [Bool] {
        Array(elements[(index * columns)..<((index + 1) * columns)])
    }
}
