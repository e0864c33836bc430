import Activations
import Foundation

extension Evaluator {
    mutating func callBuiltin(_ builtin: Builtin, _ slots: [Argument?], at site: Node) throws(CalcError) -> Value {
        // `bind` guarantees the required slots are filled.
        guard let first = slots.first ?? nil else {
            throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.arity,
                            message: "\(builtin.signature) is missing an argument")
        }
        let second = slots.count > 1 ? slots[1] : nil
        let callSite = Broadcasting.Site(offset: site.offset, length: site.length)
        switch builtin {
        case .sum, .mean:
            return try reduceSum(first, axis: second, mean: builtin == .mean, builtin: builtin)
        case .max, .min:
            let isMax = builtin == .max
            if let second {
                return try Broadcasting.combineNumbers(first.value, second.value, at: callSite, verb: "compare",
                                                       maxElements: limits.maxElements) { x, y in
                    if x.isNaN || y.isNaN { return .nan }
                    return isMax ? Swift.max(x, y) : Swift.min(x, y)
                }
            }
            let elements = try numbers(first, builtin)
            guard let index = Self.extremeIndex(elements, largest: isMax) else {
                throw emptyError(first, builtin)
            }
            return .number(elements[index])
        case .argmax, .argmin:
            let elements = try numbers(first, builtin)
            guard let index = Self.extremeIndex(elements, largest: builtin == .argmax) else {
                throw emptyError(first, builtin)
            }
            return .number(Double(index))
        case .abs: return try numericMap(first.value, at: first.node, what: "take abs of") { Swift.abs($0) }
        case .exp: return try numericMap(first.value, at: first.node, what: "take exp of") { Foundation.exp($0) }
        case .log: return try numericMap(first.value, at: first.node, what: "take log of") { Foundation.log($0) }
        case .sqrt: return try numericMap(first.value, at: first.node, what: "take sqrt of") { $0.squareRoot() }
        case .len:
            switch first.value {
            case .vector(let v): return .number(Double(v.count))
            case .booleanVector(let v): return .number(Double(v.count))
            case .matrix(let m): return .number(Double(m.rows))
            case .booleanMatrix(let m): return .number(Double(m.rows))
            case .string(let s): return .number(Double(s.count))
            default:
                throw typeError(first, builtin, "has no length")
            }
        case .shape:
            return .vector(first.value.shape.map(Double.init))
        case .transpose:
            switch first.value {
            case .matrix(let m):
                var out = [Double](repeating: 0, count: m.elements.count)
                for r in 0..<m.rows { for c in 0..<m.columns { out[c * m.rows + r] = m.elements[r * m.columns + c] } }
                return .matrix(Matrix(rows: m.columns, columns: m.rows, elements: out))
            case .booleanMatrix(let m):
                var out = [Bool](repeating: false, count: m.elements.count)
                for r in 0..<m.rows { for c in 0..<m.columns { out[c * m.rows + r] = m.elements[r * m.columns + c] } }
                return BooleanMatrix(rows: m.columns, columns: m.rows, elements: out).map { .booleanMatrix($0) } ?? first.value
            case .string: throw typeError(first, builtin, "cannot be transposed")
            default: return first.value
            }
        case .dot:
            guard let second else { return first.value }
            return try Broadcasting.matmul(first.value, second.value, at: callSite, maxWork: limits.maxWork) { units throws(CalcError) in
                try charge(units, at: site)
            }
        case .norm:
            let elements = try numbers(first, builtin)
            return .number(elements.reduce(0) { $0 + $1 * $1 }.squareRoot())
        case .zeros, .ones:
            let fill: Double = builtin == .ones ? 1 : 0
            var dimensions: [(Double, Node)] = []
            if case .vector(let shape) = first.value, second == nil {
                guard (1...2).contains(shape.count) else {
                    throw CalcError(offset: first.node.offset, length: first.node.length, code: CalcCodes.unsupportedRank,
                                    message: "a shape has 1 or 2 dimensions, got \(shape.count)")
                }
                dimensions = shape.map { ($0, first.node) }
            } else {
                dimensions.append((try number(first, builtin, "rows"), first.node))
                if let second { dimensions.append((try number(second, builtin, "columns"), second.node)) }
            }
            var sizes: [Int] = []
            for (size, node) in dimensions { sizes.append(try count(size, at: node, builtin)) }
            let total = try checkedSize(sizes, at: site)
            if sizes.count == 1 { return .vector([Double](repeating: fill, count: total)) }
            return .matrix(Matrix(rows: sizes[0], columns: sizes[1], elements: [Double](repeating: fill, count: total)))
        case .linspace:
            guard let stopArgument = second else { throw typeError(first, builtin, "needs a stop") }
            let start = try number(first, builtin, "start")
            let stop = try number(stopArgument, builtin, "stop")
            var num = 50
            if slots.count > 2, let numArgument = slots[2] {
                num = try count(try number(numArgument, builtin, "num"), at: numArgument.node, builtin)
            }
            _ = try checkedSize([num], at: site)
            if num == 1 { return .vector([start]) }
            let step = (stop - start) / Double(Swift.max(num - 1, 1))
            var out = (0..<num).map { start + Double($0) * step }
            if num > 1 { out[num - 1] = stop }
            return .vector(out)
        case .round:
            var digits = 0
            if let second {
                let value = try number(second, builtin, "ndigits")
                guard let whole = Self.wholeNumber(value), Swift.abs(whole) <= 308 else {
                    throw CalcError(offset: second.node.offset, length: second.node.length, code: CalcCodes.badArgument,
                                    message: "ndigits of \(builtin.signature) must be a whole number from -308 to 308")
                }
                digits = whole
            }
            let scale = pow(10.0, Double(digits))
            // NumPy's method: scale, round half to even, scale back.
            return try numericMap(first.value, at: first.node, what: "round") { x in
                guard x.isFinite else { return x }
                if digits == 0 { return x.rounded(.toNearestOrEven) }
                let scaled = x * scale
                return scaled.isFinite ? scaled.rounded(.toNearestOrEven) / scale : x
            }
        case .all, .any:
            let elements = try numbers(first, builtin)
            return .boolean(builtin == .all ? elements.allSatisfy { $0 != 0 } : elements.contains { $0 != 0 })
        case .isclose, .allclose:
            guard let second else { throw typeError(first, builtin, "needs two values") }
            var rtol = 1e-05
            var atol = 1e-08
            if slots.count > 2, let given = slots[2] { rtol = try number(given, builtin, "rtol") }
            if slots.count > 3, let given = slots[3] { atol = try number(given, builtin, "atol") }
            let result = try Broadcasting.combineBooleans(first.value, second.value, at: callSite, verb: "compare",
                                                          maxElements: limits.maxElements) { a, b in
                Self.isClose(a, b, rtol: rtol, atol: atol)
            }
            if builtin == .isclose { return result }
            return .boolean(result.truth ?? false)
        }
    }

    /// NumPy's `isclose`: |a − b| ≤ atol + rtol·|b|, infinities equal only to themselves, NaN to nothing.
    static func isClose(_ a: Double, _ b: Double, rtol: Double, atol: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return Swift.abs(a - b) <= atol + rtol * Swift.abs(b)
    }

    /// The first index of the largest (or smallest) element; NaN wins, as in NumPy.
    static func extremeIndex(_ elements: [Double], largest: Bool) -> Int? {
        guard !elements.isEmpty else { return nil }
        var best = 0
        for i in elements.indices {
            let x = elements[i]
            if x.isNaN { return i }
            if largest ? x > elements[best] : x < elements[best] { best = i }
        }
        return best
    }

    private func reduceSum(_ argument: Argument, axis: Argument?, mean: Bool, builtin: Builtin) throws(CalcError) -> Value {
        let elements = try numbers(argument, builtin)
        guard let axis else {
            let total = elements.reduce(0, +)
            return .number(mean ? total / Double(elements.count) : total)
        }
        let value = try number(axis, builtin, "axis")
        let rank = argument.value.shape.count
        guard let whole = Self.wholeNumber(value), rank > 0, (-rank..<rank).contains(whole) else {
            throw CalcError(offset: axis.node.offset, length: axis.node.length, code: CalcCodes.badArgument,
                            message: "axis \(ValuePrinter.repr(value)) does not exist for \(argument.value.kindDescription)")
        }
        let resolved = whole < 0 ? whole + rank : whole
        guard rank == 2, let grid = Grid(argument.value) else {
            let total = elements.reduce(0, +)
            return .number(mean ? total / Double(elements.count) : total)
        }
        if resolved == 0 {
            var out = [Double](repeating: 0, count: grid.columns)
            for r in 0..<grid.rows { for c in 0..<grid.columns { out[c] += grid.elements[r * grid.columns + c] } }
            return .vector(mean ? out.map { $0 / Double(grid.rows) } : out)
        }
        var out = [Double](repeating: 0, count: grid.rows)
        for r in 0..<grid.rows { for c in 0..<grid.columns { out[r] += grid.elements[r * grid.columns + c] } }
        return .vector(mean ? out.map { $0 / Double(grid.columns) } : out)
    }

    private func numbers(_ argument: Argument, _ builtin: Builtin) throws(CalcError) -> [Double] {
        guard let elements = argument.value.numericElements else {
            throw typeError(argument, builtin, "is not numeric")
        }
        return elements
    }

    private func number(_ argument: Argument, _ builtin: Builtin, _ name: String) throws(CalcError) -> Double {
        switch argument.value {
        case .number(let x): return x
        case .boolean(let b): return b ? 1 : 0
        default:
            throw CalcError(offset: argument.node.offset, length: argument.node.length, code: CalcCodes.typeError,
                            message: "'\(name)' of \(builtin.signature) must be a number, not \(argument.value.kindDescription)")
        }
    }

    /// A size argument as an `Int`, refusing fractions, negatives and sizes past the limit.
    private func count(_ size: Double, at node: Node, _ builtin: Builtin) throws(CalcError) -> Int {
        guard size.isFinite, size == size.rounded(), size >= 0 else {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.badArgument,
                            message: "\(builtin.signature) needs a whole, non-negative size, got \(ValuePrinter.repr(size))")
        }
        guard size <= Double(limits.maxElements) else {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.tooLarge,
                            message: "\(ValuePrinter.repr(size)) elements is more than the limit of \(limits.maxElements)")
        }
        return Int(size)
    }

    private func checkedSize(_ sizes: [Int], at site: Node) throws(CalcError) -> Int {
        var total = 1
        for size in sizes {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= limits.maxElements else {
                throw CalcError(offset: site.offset, length: site.length, code: CalcCodes.tooLarge,
                                message: "the result would have more than \(limits.maxElements) elements")
            }
            total = product
        }
        return total
    }

    private func typeError(_ argument: Argument, _ builtin: Builtin, _ problem: String) -> CalcError {
        CalcError(offset: argument.node.offset, length: argument.node.length, code: CalcCodes.typeError,
                  message: "\(builtin.signature): \(argument.value.kindDescription) \(problem)")
    }

    private func emptyError(_ argument: Argument, _ builtin: Builtin) -> CalcError {
        CalcError(offset: argument.node.offset, length: argument.node.length, code: CalcCodes.badArgument,
                  message: "\(builtin.rawValue)() of an empty value has no result")
    }
}
