import Activations
import Diagnostics
import Foundation

/// Evaluates one expression tree against the bindings of a run, counting steps and work.
///
/// It never changes bindings: the interpreter assigns after an expression has a value. Work is
/// charged before an operation runs wherever its cost is known from its operands' shapes, so a
/// refused operation costs nothing.
struct Evaluator {
    let bindings: [String: Value]
    let functions: FunctionTable
    let limits: Limits
    var steps = 0
    var work = 0
    /// What the lesson and the build may still spend; every charge is recorded here too.
    var budget = WorkBudget.unlimited
    /// Elements of intermediate values kept alive while others are computed (a left operand,
    /// earlier arguments and list elements): bounded by `Limits.maxHeldElements`, so that a
    /// deeply nested expression cannot pile up gigabytes of temporaries.
    var held = 0

    /// Constants that a binding of the same name shadows.
    static let constants: [String: Double] = ["e": M_E, "pi": Double.pi, "inf": .infinity, "nan": .nan]

    mutating func evaluate(_ node: Node) throws(CalcError) -> Value {
        steps += 1
        if steps > limits.maxSteps {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.stepLimit,
                            message: "evaluation took more than \(limits.maxSteps) steps")
        }
        switch node.kind {
        case .number(let x):
            return .number(x)
        case .boolean(let b):
            return .boolean(b)
        case .string(let s):
            return .string(s)
        case .name(let name):
            return try lookup(name, at: node)
        case .list(let elements):
            // Putting rows together copies every element.
            let result = try list(elements, at: node)
            if result.shape.count == 2 { try count(result, at: node) }
            return result
        case .negate(let operand):
            let value = try evaluate(operand)
            if case .number(let x) = value { return .number(-x) }
            try charge(Cost.elements(of: value), at: node)
            return try numericMap(value, at: node, what: "negate") { -$0 }
        case .plus(let operand):
            let value = try evaluate(operand)
            try charge(Cost.elements(of: value), at: node)
            return try numericMap(value, at: node, what: "apply unary '+' to") { $0 }
        case .not(let operand):
            let value = try evaluate(operand)
            return .boolean(!(try truth(of: value, at: operand)))
        case .binary(let op, let lhs, let rhs, let operatorOffset, let operatorLength):
            let a = try evaluate(lhs)
            let heldForRight = try hold(a, at: lhs)
            defer { held -= heldForRight }
            let b = try evaluate(rhs)
            let site = Broadcasting.Site(offset: operatorOffset, length: operatorLength)
            if op == .matmul {
                return try Broadcasting.matmul(a, b, at: site, maxWork: limits.maxWork) { units throws(CalcError) in
                    try charge(units, at: node)
                }
            }
            let result = try Broadcasting.apply(op, a, b, at: site, maxElements: limits.maxElements)
            try charge(Cost.product(Cost.elements(of: result), Cost.weight(of: op)), at: node)
            return result
        case .logical(let isAnd, let lhs, let rhs):
            // Python's `and`/`or` give back an operand, deciding by its truth.
            let a = try evaluate(lhs)
            let isTrue = try truth(of: a, at: lhs)
            if isAnd != isTrue { return a }
            return try evaluate(rhs)
        case .index(let base, let indices):
            // A slice copies what it picks.
            let result = try index(base, indices)
            try count(result, at: node)
            return result
        case .slice:
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.badIndex,
                            message: "a slice 'start:stop' only works inside an index, as in v[1:3]")
        case .call(let callee, let name, let arguments, let keywords):
            return try call(callee, name: name, arguments, keywords, at: node)
        }
    }

    /// Counts `value` as held until the caller gives back the returned number of elements
    /// (`held -= …`); `calc.memory-limit` past `Limits.maxHeldElements`.
    mutating func hold(_ value: Value, at node: Node) throws(CalcError) -> Int {
        let size = Cost.elements(of: value)
        held += size
        guard held <= limits.maxHeldElements else {
            held -= size
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.memoryLimit,
                            message: "this statement keeps more than \(limits.maxHeldElements) elements of intermediate values alive",
                            notes: ["split it into smaller steps with assignments, or work with smaller vectors and matrices"])
        }
        return size
    }

    /// Charges a result's size, failing past the run's limit or the budget.
    mutating func count(_ value: Value, at node: Node) throws(CalcError) {
        try charge(Cost.elements(of: value), at: node)
    }

    /// Charges `units` of work for the operation at `node`: past the run's limit it is
    /// `calc.step-limit` and nothing is spent; past the lesson's or build's budget it is
    /// `calc.lesson-budget` / `calc.build-budget`, and the budget stays spent so that later
    /// evaluations stop at once.
    mutating func charge(_ units: Int, at node: Node) throws(CalcError) {
        let (total, overflow) = work.addingReportingOverflow(units)
        guard !overflow, total <= limits.maxWork else {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.stepLimit,
                            message: "evaluation needs more than \(limits.maxWork) operations",
                            notes: ["operations count elements computed; a matrix product or dense layer costs rows × columns × inner size"])
        }
        work = total
        if let scope = budget.spend(units) {
            throw budget.error(scope, offset: node.offset, length: node.length)
        }
    }

    // MARK: Names

    private func lookup(_ name: String, at node: Node) throws(CalcError) -> Value {
        if let value = bindings[name] { return value }
        if let constant = Self.constants[name] { return .number(constant) }
        if functions.callee(named: name) != .unknown {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.notAValue,
                            message: "'\(name)' is a function; call it, as in \(name)(x)")
        }
        throw unknownName(name, at: node, lookingForFunction: false)
    }

    func unknownName(_ name: String, at node: Node, lookingForFunction: Bool) -> CalcError {
        var notes: [String] = []
        let candidates = lookingForFunction
            ? functions.names
            : Array(bindings.keys) + Array(Self.constants.keys) + functions.names
        if let suggestion = Suggestion.closest(to: name, among: candidates.filter { $0 != name }) {
            var note = Suggestion.note(suggestion)
            if case .library(let index, _) = functions.callee(named: suggestion), functions.library.indices.contains(index) {
                note += " (see library.html#\(functions.library[index].function.anchor))"
            }
            notes.append(note)
        }
        return CalcError(offset: node.offset, length: name.unicodeScalars.count, code: CalcCodes.unknownName,
                         message: "unknown name '\(name)'", notes: notes)
    }

    // MARK: Truth

    /// Python's truth of a value; a vector of more than one element is ambiguous, as in NumPy.
    func truth(of value: Value, at node: Node) throws(CalcError) -> Bool {
        switch value {
        case .boolean(let b): return b
        case .number(let x): return x != 0
        case .string(let s): return !s.isEmpty
        case .vector(let v) where v.count == 1: return v[0] != 0
        case .booleanVector(let v) where v.count == 1: return v[0]
        default:
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.ambiguousTruth,
                            message: "the truth of \(value.kindDescription) is ambiguous; use all(…) or any(…)")
        }
    }

    // MARK: Lists

    private mutating func list(_ elements: [Node], at node: Node) throws(CalcError) -> Value {
        guard !elements.isEmpty else { return .vector([]) }
        guard elements.count <= limits.maxElements else {
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.tooLarge,
                            message: "a list may hold at most \(limits.maxElements) elements")
        }
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        // Checked as the elements arrive, so that a list of large vectors stops at the limit
        // instead of being built first.
        var total = 0
        defer { held -= total }
        for element in elements {
            let value = try evaluate(element)
            values.append(value)
            total += try hold(value, at: element)
            guard total <= limits.maxElements else {
                throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.tooLarge,
                                message: "the matrix would have more than \(limits.maxElements) elements")
            }
        }
        switch values[0] {
        case .number, .boolean:
            var numbers: [Double] = []
            numbers.reserveCapacity(values.count)
            var allBooleans = true
            for (position, value) in values.enumerated() {
                switch value {
                case .number(let x):
                    numbers.append(x)
                    allBooleans = false
                case .boolean(let b):
                    numbers.append(b ? 1 : 0)
                default:
                    throw CalcError(offset: elements[position].offset, length: elements[position].length,
                                    code: CalcCodes.raggedMatrix,
                                    message: "element \(position + 1) is \(value.kindDescription), but element 1 is a number; a list holds numbers or rows of equal length")
                }
            }
            return allBooleans ? .booleanVector(numbers.map { $0 != 0 }) : .vector(numbers)
        case .vector, .booleanVector:
            var rows: [Double] = []
            var columns = 0
            var allBooleans = true
            for (position, value) in values.enumerated() {
                let row: [Double]
                switch value {
                case .vector(let v):
                    row = v
                    allBooleans = false
                case .booleanVector(let v):
                    row = v.map { $0 ? 1 : 0 }
                default:
                    throw CalcError(offset: elements[position].offset, length: elements[position].length,
                                    code: CalcCodes.raggedMatrix,
                                    message: "row \(position + 1) is \(value.kindDescription), but row 1 is a vector; every row of a matrix is a vector")
                }
                if position == 0 {
                    columns = row.count
                    let (total, overflow) = columns.multipliedReportingOverflow(by: values.count)
                    guard !overflow, total <= limits.maxElements else {
                        throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.tooLarge,
                                        message: "the matrix would have more than \(limits.maxElements) elements")
                    }
                    rows.reserveCapacity(total)
                } else if row.count != columns {
                    throw CalcError(offset: elements[position].offset, length: elements[position].length,
                                    code: CalcCodes.raggedMatrix,
                                    message: "row \(position + 1) has \(row.count) element\(row.count == 1 ? "" : "s"), but row 1 has \(columns); the rows of a matrix must have the same length")
                }
                rows.append(contentsOf: row)
            }
            let matrix = Matrix(rows: values.count, columns: columns, elements: rows)
            if allBooleans, let booleans = BooleanMatrix(rows: values.count, columns: columns,
                                                         elements: rows.map { $0 != 0 }) {
                return .booleanMatrix(booleans)
            }
            return .matrix(matrix)
        case .matrix, .booleanMatrix:
            throw CalcError(offset: elements[0].offset, length: elements[0].length, code: CalcCodes.unsupportedRank,
                            message: "a list of matrices would have 3 dimensions; values have at most 2")
        case .string:
            throw CalcError(offset: elements[0].offset, length: elements[0].length, code: CalcCodes.typeError,
                            message: "a list holds numbers or rows, not strings")
        }
    }

    // MARK: Indexing

    /// `x` as an `Int` when it is a whole number small enough to convert without trapping.
    static func wholeNumber(_ x: Double) -> Int? {
        guard x.isFinite, x == x.rounded(), Swift.abs(x) <= 9_007_199_254_740_992 else { return nil }
        return Int(x)
    }

    // MARK: Elementwise helpers

    /// `transform` applied to every element of a number, vector or matrix (booleans count as 0 and 1).
    func numericMap(_ value: Value, at node: Node, what: String, _ transform: (Double) -> Double) throws(CalcError) -> Value {
        switch value {
        case .number(let x): return .number(transform(x))
        case .boolean(let b): return .number(transform(b ? 1 : 0))
        case .vector(let v): return .vector(v.map(transform))
        case .booleanVector(let v): return .vector(v.map { transform($0 ? 1 : 0) })
        case .matrix(let m):
            return .matrix(Matrix(rows: m.rows, columns: m.columns, elements: m.elements.map(transform)))
        case .booleanMatrix(let m):
            return .matrix(Matrix(rows: m.rows, columns: m.columns, elements: m.elements.map { transform($0 ? 1 : 0) }))
        case .string:
            throw CalcError(offset: node.offset, length: node.length, code: CalcCodes.typeError,
                            message: "cannot \(what) a string")
        }
    }
}
