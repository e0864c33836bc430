import Activations

/// Indexing as NumPy does it for one and two dimensions: `v[i]`, `v[a:b:c]`, `m[i]` (a row),
/// `m[i, j]`, `m[:, j]` (a column), `m[a:b, c:d]`; negative indices count from the end.
extension Evaluator {
    /// What one index picks along one dimension.
    enum Selection {
        case one(Int)
        case many([Int])
    }

    mutating func index(_ baseNode: Node, _ items: [Node]) throws(CalcError) -> Value {
        let value = try evaluate(baseNode)
        // The indexed value stays alive while the indices are computed.
        let heldForIndices = try hold(value, at: baseNode)
        defer { held -= heldForIndices }
        switch value {
        case .vector(let v):
            try requireOneIndex(items, of: value)
            return pick(v, selection: try select(items[0], count: v.count, noun: "a vector of length \(v.count)"),
                        one: Value.number, many: Value.vector)
        case .booleanVector(let v):
            try requireOneIndex(items, of: value)
            return pick(v, selection: try select(items[0], count: v.count, noun: "a vector of length \(v.count)"),
                        one: Value.boolean, many: Value.booleanVector)
        case .matrix(let m):
            return try pick(rows: m.rows, columns: m.columns, elements: m.elements, items: items,
                            one: Value.number, vector: Value.vector) { rows, columns, elements in
                .matrix(Matrix(rows: rows, columns: columns, elements: elements))
            }
        case .booleanMatrix(let m):
            return try pick(rows: m.rows, columns: m.columns, elements: m.elements, items: items,
                            one: Value.boolean, vector: Value.booleanVector) { rows, columns, elements in
                BooleanMatrix(rows: rows, columns: columns, elements: elements).map { .booleanMatrix($0) } ?? .booleanVector(elements)
            }
        default:
            let first = items.first ?? baseNode
            throw CalcError(offset: first.offset, length: first.length, code: CalcCodes.typeError,
                            message: "\(value.kindDescription) cannot be indexed")
        }
    }

    private func requireOneIndex(_ items: [Node], of value: Value) throws(CalcError) {
        guard items.count == 1 else {
            let extra = items[min(1, items.count - 1)]
            throw CalcError(offset: extra.offset, length: extra.length, code: CalcCodes.badIndex,
                            message: "\(value.kindDescription) takes one index")
        }
    }

    private func pick<T>(_ elements: [T], selection: Selection, one: (T) -> Value, many: ([T]) -> Value) -> Value {
        switch selection {
        case .one(let i): one(elements[i])
        case .many(let indices): many(indices.map { elements[$0] })
        }
    }

    private mutating func pick<T>(rows: Int, columns: Int, elements: [T], items: [Node], one: (T) -> Value,
                                  vector: ([T]) -> Value, matrix: (Int, Int, [T]) -> Value) throws(CalcError) -> Value {
        let rowNoun = "a matrix with \(rows) row\(rows == 1 ? "" : "s")"
        let rowSelection = try select(items[0], count: rows, noun: rowNoun)
        guard items.count == 2 else {
            switch rowSelection {
            case .one(let r): return vector(Array(elements[(r * columns)..<((r + 1) * columns)]))
            case .many(let rs):
                return matrix(rs.count, columns, rs.flatMap { elements[($0 * columns)..<(($0 + 1) * columns)] })
            }
        }
        let columnNoun = "a matrix with \(columns) column\(columns == 1 ? "" : "s")"
        let columnSelection = try select(items[1], count: columns, noun: columnNoun)
        switch (rowSelection, columnSelection) {
        case (.one(let r), .one(let c)): return one(elements[r * columns + c])
        case (.one(let r), .many(let cs)): return vector(cs.map { elements[r * columns + $0] })
        case (.many(let rs), .one(let c)): return vector(rs.map { elements[$0 * columns + c] })
        case (.many(let rs), .many(let cs)):
            return matrix(rs.count, cs.count, rs.flatMap { r in cs.map { elements[r * columns + $0] } })
        }
    }

    /// The positions `item` picks from a dimension of `count` elements.
    mutating func select(_ item: Node, count: Int, noun: String) throws(CalcError) -> Selection {
        if case .slice(let startNode, let stopNode, let stepNode) = item.kind {
            let step = try sliceBound(stepNode) ?? 1
            guard step != 0 else {
                throw CalcError(offset: item.offset, length: item.length, code: CalcCodes.badIndex,
                                message: "a slice step cannot be zero")
            }
            // Python's slice.indices: clamp into range, counting negatives from the end.
            func clamp(_ bound: Int?, default value: Int) -> Int {
                guard let bound else { return value }
                let resolved = bound < 0 ? bound + count : bound
                return step > 0 ? Swift.min(Swift.max(resolved, 0), count) : Swift.min(Swift.max(resolved, -1), count - 1)
            }
            let start = clamp(try sliceBound(startNode), default: step > 0 ? 0 : count - 1)
            let stop = clamp(try sliceBound(stopNode), default: step > 0 ? count : -1)
            return .many(Array(stride(from: start, to: stop, by: step)))
        }
        let position = try evaluate(item)
        guard case .number(let x) = position else {
            throw CalcError(offset: item.offset, length: item.length, code: CalcCodes.badIndex,
                            message: "an index must be a whole number, not \(position.kindDescription)")
        }
        guard x.isFinite, x == x.rounded() else {
            throw CalcError(offset: item.offset, length: item.length, code: CalcCodes.badIndex,
                            message: "an index must be a whole number, not \(ValuePrinter.repr(x))")
        }
        guard let whole = Self.wholeNumber(x), (-count..<count).contains(whole) else {
            throw CalcError(offset: item.offset, length: item.length, code: CalcCodes.indexOutOfRange,
                            message: "index \(ValuePrinter.repr(x)) is out of range for \(noun)",
                            notes: count == 0 ? [] : ["valid indices are 0 to \(count - 1), or -\(count) to -1 from the end"])
        }
        return .one(whole < 0 ? whole + count : whole)
    }

    /// A slice bound as a whole number, clamped far outside any real size; nil when absent.
    private mutating func sliceBound(_ node: Node?) throws(CalcError) -> Int? {
        guard let node else { return nil }
        let value = try evaluate(node)
        guard case .number(let x) = value, x.isFinite, x == x.rounded() else {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.badIndex,
                            message: "a slice bound must be a whole number, not \(value.kindDescription == "a number" ? ValuePrinter.repr(value.numericElements?.first ?? 0) : value.kindDescription)")
        }
        return Int(Swift.max(Swift.min(x, 1e15), -1e15))
    }
}
