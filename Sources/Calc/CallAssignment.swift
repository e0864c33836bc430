/// One statement of the form `name = function(arguments)`, as written, for hosts that give such
/// statements a meaning of their own (a quiz's `params: w = choice([0.5, 1, 2])`).
///
/// Calc does not run the statement: the host decides what the function means and evaluates each
/// argument's text itself. Offsets are Unicode scalar offsets into the source the statement was
/// parsed from, so errors can be placed in the author's file.
public struct CallAssignment: Sendable, Hashable {
    /// One argument: where its text is and which names it reads.
    public struct Argument: Sendable, Hashable {
        /// Offset of the argument's first scalar.
        public var offset: Int
        /// Length of the argument's text in scalars.
        public var length: Int
        /// Every name the argument reads (not function names).
        public var names: Set<String>
    }

    /// The assigned name; nil when the statement is not an assignment.
    public var name: String?
    /// Offset and length of the name, or of the whole statement when there is no name.
    public var nameOffset: Int
    /// Length of the name in scalars.
    public var nameLength: Int
    /// The called function's name; nil when the value is not a call.
    public var function: String?
    /// Offset and length of the value (the whole call).
    public var valueOffset: Int
    /// Length of the value in scalars.
    public var valueLength: Int
    /// The positional arguments, in order.
    public var arguments: [Argument]
    /// Whether the call has `name=value` arguments (hosts with positional meanings refuse them).
    public var hasKeywordArguments: Bool
}

extension Interpreter {
    /// Parses `source` (statements separated by newlines or `;`) into call assignments without
    /// running anything; a statement that is not `name = f(…)` comes back with `name` or
    /// `function` nil, so the host can say what it expected.
    public func callAssignments(_ source: String) -> Result<[CallAssignment], CalcError> {
        parse(source).map { program in
            program.statements.map { statement in
                switch statement {
                case .expression(let node):
                    return CallAssignment(name: nil, nameOffset: node.offset, nameLength: node.length, function: nil,
                                          valueOffset: node.offset, valueLength: node.length, arguments: [],
                                          hasKeywordArguments: false)
                case .assign(let name, let nameOffset, let nameLength, let node):
                    var assignment = CallAssignment(name: name, nameOffset: nameOffset, nameLength: nameLength,
                                                    function: nil, valueOffset: node.offset, valueLength: node.length,
                                                    arguments: [], hasKeywordArguments: false)
                    if case .call(_, let function, let arguments, let keywords) = node.kind {
                        assignment.function = function
                        assignment.arguments = arguments.map {
                            CallAssignment.Argument(offset: $0.offset, length: $0.length, names: Self.names(in: $0))
                        }
                        assignment.hasKeywordArguments = !keywords.isEmpty
                    }
                    return assignment
                }
            }
        }
    }

    /// The variable names an expression reads.
    private static func names(in node: Node) -> Set<String> {
        switch node.kind {
        case .number, .boolean, .string: []
        case .name(let name): [name]
        case .list(let items): items.reduce(into: []) { $0.formUnion(names(in: $1)) }
        case .negate(let inner), .plus(let inner), .not(let inner): names(in: inner)
        case .binary(_, let left, let right, _, _), .logical(_, let left, let right): names(in: left).union(names(in: right))
        case .index(let base, let indexes): indexes.reduce(names(in: base)) { $0.union(names(in: $1)) }
        case .slice(let start, let stop, let step):
            [start, stop, step].compactMap { $0 }.reduce(into: []) { $0.formUnion(names(in: $1)) }
        case .call(_, _, let arguments, let keywords):
            (arguments + keywords.map(\.value)).reduce(into: []) { $0.formUnion(names(in: $1)) }
        }
    }
}
