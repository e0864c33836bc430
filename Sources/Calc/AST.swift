/// A node of a parsed Calc expression, with the span of source it came from.
///
/// Calls are resolved while parsing (`Callee`), so evaluation never looks a function up by name.
struct Node: Sendable {
    indirect enum Kind: Sendable {
        case number(Double)
        case boolean(Bool)
        case string(String)
        case name(String)
        /// `[a, b, …]`: a vector, or a matrix when the elements are rows.
        case list([Node])
        case negate(Node)
        case plus(Node)
        case not(Node)
        case binary(BinaryOperator, Node, Node, operatorOffset: Int, operatorLength: Int)
        /// `and` / `or`, short-circuiting as in Python.
        case logical(isAnd: Bool, Node, Node)
        /// `base[i]` or `base[i, j]`; an index may be a `.slice`.
        case index(Node, [Node])
        /// `start:stop:step` inside an index, each part optional (Python's slice).
        case slice(start: Node?, stop: Node?, step: Node?)
        case call(Callee, name: String, [Node], [KeywordArgument])
    }

    var kind: Kind
    /// Unicode scalar offset of the first scalar of the expression.
    var offset: Int
    var length: Int
    /// Longest path to a leaf; bounded so that evaluation cannot exhaust the stack.
    var height: Int
}

/// `name=value` in a call.
struct KeywordArgument: Sendable {
    var name: String
    var nameOffset: Int
    var value: Node
}

/// Binary operators, by the arithmetic they do.
enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", remainder = "%"
    case power = "**", matmul = "@"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// The verb in "cannot add shapes [2] and [3]".
    var verb: String {
        switch self {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply, .matmul: "multiply"
        case .divide, .floorDivide: "divide"
        case .remainder: "take the remainder of"
        case .power: "raise to a power"
        default: "compare"
        }
    }
}

/// What a call refers to, decided when the call is parsed.
enum Callee: Sendable, Equatable {
    case builtin(Builtin)
    /// `Registry.functions[index]`; `derivative` for `<name>_prime` / `<loss>_grad`.
    case library(index: Int, derivative: Bool)
    /// A name that is not a function; evaluation reports it (it may be a variable).
    case unknown
}

/// One statement: an assignment or an expression whose value is the statement's value.
enum Statement: Sendable {
    case assign(name: String, nameOffset: Int, nameLength: Int, value: Node)
    case expression(Node)
}

/// A parsed sequence of statements, ready to run any number of times.
public struct Program: Sendable {
    let statements: [Statement]
}
