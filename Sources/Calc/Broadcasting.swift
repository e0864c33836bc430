import Activations
import Foundation

/// A number, vector or matrix seen uniformly as a grid for NumPy broadcasting.
///
/// Scalars are 1×1 of rank 0 and vectors 1×n of rank 1, so NumPy's rule — align shapes on the
/// right; each dimension must be equal or 1 — covers scalar·vector, vector·vector,
/// matrix·row-vector and matrix·matrix.
struct Grid {
    var rank: Int
    var rows: Int
    var columns: Int
    var elements: [Double]

    init(rank: Int, rows: Int, columns: Int, elements: [Double]) {
        self.rank = rank
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Nil for strings.
    init?(_ value: Value) {
        switch value {
        case .number(let x): self.init(rank: 0, rows: 1, columns: 1, elements: [x])
        case .boolean(let b): self.init(rank: 0, rows: 1, columns: 1, elements: [b ? 1 : 0])
        case .vector(let v): self.init(rank: 1, rows: 1, columns: v.count, elements: v)
        case .booleanVector(let v): self.init(rank: 1, rows: 1, columns: v.count, elements: v.map { $0 ? 1 : 0 })
        case .matrix(let m): self.init(rank: 2, rows: m.rows, columns: m.columns, elements: m.elements)
        case .booleanMatrix(let m):
            self.init(rank: 2, rows: m.rows, columns: m.columns, elements: m.elements.map { $0 ? 1 : 0 })
        case .string: return nil
        }
    }

    var shape: [Int] {
        switch rank {
        case 0: []
        case 1: [columns]
        default: [rows, columns]
        }
    }

    /// The value of a numeric grid of this rank.
    static func value(rank: Int, rows: Int, columns: Int, _ elements: [Double]) -> Value {
        switch rank {
        case 0: .number(elements.first ?? .nan)
        case 1: .vector(elements)
        default: .matrix(Matrix(rows: rows, columns: columns, elements: elements))
        }
    }

    /// The value of a boolean grid of this rank.
    static func value(rank: Int, rows: Int, columns: Int, _ elements: [Bool]) -> Value {
        switch rank {
        case 0: return .boolean(elements.first ?? false)
        case 1: return .booleanVector(elements)
        default:
            guard let matrix = BooleanMatrix(rows: rows, columns: columns, elements: elements) else {
                return .booleanVector(elements)
            }
            return .booleanMatrix(matrix)
        }
    }
}

/// Elementwise arithmetic and comparison with broadcasting, and the matrix product.
enum Broadcasting {
    /// Where an error is reported: the operator (or call) in the source.
    struct Site {
        var offset: Int
        var length: Int
    }

    @inline(__always)
    static func arithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply, .matmul: return x * y
        case .divide: return x / y
        case .floorDivide: return (x / y).rounded(.down)
        case .remainder:
            // Python's and NumPy's remainder takes the sign of the divisor.
            var r = fmod(x, y)
            if r != 0, (r < 0) != (y < 0) { r += y }
            return r
        case .power: return pow(x, y)
        default: return .nan
        }
    }

    @inline(__always)
    static func compare(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Bool {
        switch op {
        case .equal: x == y
        case .notEqual: x != y
        case .less: x < y
        case .lessEqual: x <= y
        case .greater: x > y
        case .greaterEqual: x >= y
        default: false
        }
    }

    /// `a op b` for every operator but `@`.
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, at site: Site, maxElements: Int) throws(CalcError) -> Value {
        // The common scalar cases skip the grid machinery.
        if case .number(let x) = a, case .number(let y) = b {
            return op.isComparison ? .boolean(compare(op, x, y)) : .number(arithmetic(op, x, y))
        }
        if case .string(let s) = a, case .string(let t) = b, op == .equal || op == .notEqual {
            return .boolean((s == t) == (op == .equal))
        }
        if case .string = a, op == .equal || op == .notEqual { return .boolean(op == .notEqual) }
        if case .string = b, op == .equal || op == .notEqual { return .boolean(op == .notEqual) }
        if op.isComparison {
            return try combineBooleans(a, b, at: site, verb: op.verb, maxElements: maxElements) { compare(op, $0, $1) }
        }
        return try combineNumbers(a, b, at: site, verb: op.verb, maxElements: maxElements) { arithmetic(op, $0, $1) }
    }

    /// The broadcast shape of two operands, or the error naming both shapes.
    private static func prepare(_ a: Value, _ b: Value, at site: Site, verb: String, maxElements: Int)
        throws(CalcError) -> (Grid, Grid, rank: Int, rows: Int, columns: Int) {
        guard let left = Grid(a), let right = Grid(b) else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.typeError,
                            message: "cannot \(verb) \(a.kindDescription) and \(b.kindDescription)")
        }
        guard let rows = dimension(left.rows, right.rows), let columns = dimension(left.columns, right.columns) else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.shapeMismatch,
                            message: "cannot \(verb) shapes \(left.shape) and \(right.shape)",
                            notes: ["shapes broadcast as in NumPy: aligned on the right, each dimension equal or 1"])
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count <= maxElements else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.tooLarge,
                            message: "the result would have more than \(maxElements) elements")
        }
        return (left, right, Swift.max(left.rank, right.rank), rows, columns)
    }

    /// `f` over broadcast pairs of elements, giving numbers.
    static func combineNumbers(_ a: Value, _ b: Value, at site: Site, verb: String, maxElements: Int,
                               _ f: (Double, Double) -> Double) throws(CalcError) -> Value {
        let (left, right, rank, rows, columns) = try prepare(a, b, at: site, verb: verb, maxElements: maxElements)
        var out = [Double]()
        out.reserveCapacity(rows * columns)
        forEachPair(left, right, rows: rows, columns: columns) { out.append(f($0, $1)) }
        return Grid.value(rank: rank, rows: rows, columns: columns, out)
    }

    /// `f` over broadcast pairs of elements, giving booleans.
    static func combineBooleans(_ a: Value, _ b: Value, at site: Site, verb: String, maxElements: Int,
                                _ f: (Double, Double) -> Bool) throws(CalcError) -> Value {
        let (left, right, rank, rows, columns) = try prepare(a, b, at: site, verb: verb, maxElements: maxElements)
        var out = [Bool]()
        out.reserveCapacity(rows * columns)
        forEachPair(left, right, rows: rows, columns: columns) { out.append(f($0, $1)) }
        return Grid.value(rank: rank, rows: rows, columns: columns, out)
    }

    private static func dimension(_ a: Int, _ b: Int) -> Int? {
        if a == b { return a }
        if a == 1 { return b }
        if b == 1 { return a }
        return nil
    }

    @inline(__always)
    private static func forEachPair(_ a: Grid, _ b: Grid, rows: Int, columns: Int, _ body: (Double, Double) -> Void) {
        let x = a.elements
        let y = b.elements
        if x.count == y.count, a.rows == b.rows {
            for i in 0..<x.count { body(x[i], y[i]) }
        } else if y.count == 1 {
            let s = y[0]
            for value in x { body(value, s) }
        } else if x.count == 1 {
            let s = x[0]
            for value in y { body(s, value) }
        } else {
            for row in 0..<rows {
                let ra = a.rows == 1 ? 0 : row * a.columns
                let rb = b.rows == 1 ? 0 : row * b.columns
                for column in 0..<columns {
                    body(x[ra + (a.columns == 1 ? 0 : column)], y[rb + (b.columns == 1 ? 0 : column)])
                }
            }
        }
    }

    /// `a @ b`: vector·vector (dot product), matrix·vector, vector·matrix, matrix·matrix.
    ///
    /// `charge` is given the m·n·k multiply-adds before any is done, so that the caller can
    /// refuse them.
    static func matmul(_ a: Value, _ b: Value, at site: Site, maxWork: Int,
                       charge: (Int) throws(CalcError) -> Void) throws(CalcError) -> Value {
        guard let left = Grid(a), let right = Grid(b) else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.typeError,
                            message: "cannot multiply \(a.kindDescription) and \(b.kindDescription) with '@'")
        }
        guard left.rank > 0, right.rank > 0 else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.typeError,
                            message: "'@' needs vectors or matrices on both sides; use '*' to multiply by a number")
        }
        // A vector is a row on the left and a column on the right, as in NumPy.
        let (m, k) = left.rank == 1 ? (1, left.columns) : (left.rows, left.columns)
        let (k2, n) = right.rank == 1 ? (right.columns, 1) : (right.rows, right.columns)
        guard k == k2 else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.shapeMismatch,
                            message: "cannot multiply shapes \(left.shape) and \(right.shape)",
                            notes: ["'@' needs the left operand's last dimension (\(k)) to equal the right operand's first (\(k2))"])
        }
        let (mn, overflow1) = m.multipliedReportingOverflow(by: n)
        let (work, overflow2) = mn.multipliedReportingOverflow(by: Swift.max(k, 1))
        guard !overflow1, !overflow2, work <= maxWork else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.tooLarge,
                            message: "this product needs too much work (\(m)×\(k) by \(k)×\(n))")
        }
        try charge(work)
        let x = left.elements
        let y = right.elements
        var out = [Double](repeating: 0, count: mn)
        for i in 0..<m {
            for p in 0..<k {
                let xip = x[i * k + p]
                let base = p * n
                for j in 0..<n { out[i * n + j] += xip * y[base + j] }
            }
        }
        switch (left.rank, right.rank) {
        case (1, 1): return .number(out.first ?? 0)
        case (1, _), (_, 1): return .vector(out)
        default: return .matrix(Matrix(rows: m, columns: n, elements: out))
        }
    }
}
