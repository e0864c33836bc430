import Activations

/// Runs Calc statements with bindings that persist from one `run` to the next (one lesson).
///
/// A value type: copy it to try statements without changing the original's bindings.
public struct Interpreter: Sendable {
    /// Names bound by assignments so far.
    public private(set) var bindings: [String: Value] = [:]
    /// The library functions calls resolve to.
    public let registry: Registry
    /// The sandbox bounds applied to each `run`.
    public var limits: Limits
    let functions: FunctionTable

    /// A session with no bindings yet.
    public init(registry: Registry = .standard, limits: Limits = .standard) {
        self.registry = registry
        self.limits = limits
        // The standard table is built once; other registries get their own.
        let standard = FunctionTable.standard
        self.functions = registry.functions.count == standard.library.count
            && registry.functions.indices.allSatisfy({ registry.functions[$0].name == standard.library[$0].function.name })
            ? standard : FunctionTable(registry: registry)
    }

    /// Runs `source` (statements separated by newlines or `;`) and returns the value of the
    /// last statement, or nil when it is an assignment.
    ///
    /// Assignments before a failing statement stay bound, as in a Python session.
    public mutating func run(_ source: String) -> Result<Value?, CalcError> {
        switch parse(source) {
        case .failure(let error): return .failure(error)
        case .success(let program): return run(program)
        }
    }

    /// Parses `source` once, resolving calls, so that it can be run repeatedly.
    public func parse(_ source: String) -> Result<Program, CalcError> {
        Parser.parse(source, functions: functions, limits: limits)
    }

    /// Runs a parsed program; see `run(_:)`.
    public mutating func run(_ program: Program) -> Result<Value?, CalcError> {
        var steps = 0
        var work = 0
        var last: Value?
        for statement in program.statements {
            switch statement {
            case .expression(let node):
                switch evaluate(node, steps: &steps, work: &work) {
                case .success(let value): last = value
                case .failure(let error): return .failure(error)
                }
            case .assign(let name, _, _, let node):
                switch evaluate(node, steps: &steps, work: &work) {
                case .success(let value):
                    bindings[name] = value
                    last = nil
                case .failure(let error): return .failure(error)
                }
            }
        }
        return .success(last)
    }

    /// Evaluates a single expression without changing any binding (inline values, checks).
    public func evaluate(_ expression: String) -> Result<Value, CalcError> {
        switch parse(expression) {
        case .failure(let error):
            return .failure(error)
        case .success(let program):
            guard program.statements.count == 1, case .expression(let node) = program.statements[0] else {
                let offset: Int
                switch program.statements.first {
                case .assign(_, let nameOffset, _, _): offset = nameOffset
                default: offset = 0
                }
                return .failure(CalcError(offset: offset, code: "calc.not-an-expression",
                                          message: program.statements.isEmpty
                                              ? "expected an expression"
                                              : "expected a single expression, not statements or an assignment"))
            }
            var steps = 0
            var work = 0
            return evaluate(node, steps: &steps, work: &work)
        }
    }

    /// Binds `name` to `value`, as an assignment would.
    public mutating func bind(_ name: String, to value: Value) {
        bindings[name] = value
    }

    /// Every function name a call may use (built-ins, library names, aliases, derivatives), sorted.
    public var functionNames: [String] { functions.names }

    private func evaluate(_ node: Node, steps: inout Int, work: inout Int) -> Result<Value, CalcError> {
        // The evaluator only borrows the bindings; it ends before the caller assigns, so the
        // dictionary is never copied.
        var evaluator = Evaluator(bindings: bindings, functions: functions,
                                  limits: limits, steps: steps, work: work)
        defer {
            steps = evaluator.steps
            work = evaluator.work
        }
        do {
            return .success(try evaluator.evaluate(node))
        } catch {
            return .failure(error)
        }
    }
}
