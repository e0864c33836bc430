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
    /// The work the lesson and the build may still do; `run` and `evaluateAndCharge` spend from
    /// it, `evaluate` is held to what remains without spending. Copy it out after a lesson to
    /// carry the build's share on (see `WorkBudget`).
    public var budget: WorkBudget
    /// Elements held by all bindings together, as `Limits.maxBoundElements` counts them (a name
    /// bound to another name's value counts as a copy).
    public private(set) var boundElements = 0
    /// Names whose assignment failed and that no later statement has bound since.
    public private(set) var unsettledNames: Set<String> = []
    let functions: FunctionTable

    /// A session with no bindings yet.
    public init(registry: Registry = .standard, limits: Limits = .standard, budget: WorkBudget = .standard) {
        self.registry = registry
        self.limits = limits
        self.budget = budget
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
        case .failure(let error):
            unsettledNames.formUnion(FailedAssignments.names(in: source))
            return .failure(error)
        case .success(let program): return run(program)
        }
    }

    /// Whether `error`, from running `source`, is only the echo of an earlier failure: a name
    /// unknown because the statement that should have bound it failed. Reporting it again at
    /// every later use buries the one mistake to fix.
    public func isEcho(_ error: CalcError, in source: String) -> Bool {
        guard error.code == CalcCodes.unknownName, !unsettledNames.isEmpty else { return false }
        let scalars = source.unicodeScalars
        guard error.offset >= 0, error.offset + error.length <= scalars.count else { return false }
        let start = scalars.index(scalars.startIndex, offsetBy: error.offset)
        let name = String(scalars[start..<scalars.index(start, offsetBy: error.length)])
        return unsettledNames.contains(name)
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
        for (index, statement) in program.statements.enumerated() {
            // The names this statement and the ones after it would have bound, should it fail.
            func failing(_ error: CalcError) -> Result<Value?, CalcError> {
                for case .assign(let name, _, _, _) in program.statements[index...] { unsettledNames.insert(name) }
                return .failure(error)
            }
            switch statement {
            case .expression(let node):
                switch evaluate(node, steps: &steps, work: &work, spending: &budget) {
                case .success(let value): last = value
                case .failure(let error): return failing(error)
                }
            case .assign(let name, let nameOffset, let nameLength, let node):
                switch evaluate(node, steps: &steps, work: &work, spending: &budget) {
                case .success(let value):
                    let total = boundElements - (bindings[name].map(Cost.elements) ?? 0) + Cost.elements(of: value)
                    guard total <= limits.maxBoundElements else {
                        return failing(CalcError(
                            offset: nameOffset, length: nameLength, code: CalcCodes.memoryLimit,
                            message: "binding '\(name)' would make the names bound so far hold \(total) elements, more than the limit of \(limits.maxBoundElements)",
                            notes: ["reuse a name whose value is no longer needed, or work with smaller vectors and matrices"]))
                    }
                    bindings[name] = value
                    boundElements = total
                    unsettledNames.remove(name)
                    last = nil
                case .failure(let error): return failing(error)
                }
            }
        }
        return .success(last)
    }

    /// Evaluates a single expression without changing any binding (inline values, checks).
    ///
    /// Its work is held to what the budget has left but not recorded; `evaluateAndCharge`
    /// records it.
    public func evaluate(_ expression: String) -> Result<Value, CalcError> {
        var scratch = budget
        return evaluate(expression, spending: &scratch)
    }

    /// Like `evaluate(_:)`, spending the work from `budget`: inline values, plot points and
    /// quiz keys of a lesson share the lesson's budget this way.
    public mutating func evaluateAndCharge(_ expression: String) -> Result<Value, CalcError> {
        var spent = budget
        defer { budget = spent }
        return evaluate(expression, spending: &spent)
    }

    private func evaluate(_ expression: String, spending budget: inout WorkBudget) -> Result<Value, CalcError> {
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
                return .failure(CalcError(offset: offset, code: CalcCodes.notAnExpression,
                                          message: program.statements.isEmpty
                                              ? "expected an expression"
                                              : "expected a single expression, not statements or an assignment"))
            }
            var steps = 0
            var work = 0
            return evaluate(node, steps: &steps, work: &work, spending: &budget)
        }
    }

    /// Binds `name` to `value`, as an assignment would, without the memory check: the host
    /// decides what it binds.
    public mutating func bind(_ name: String, to value: Value) {
        boundElements += Cost.elements(of: value) - (bindings[name].map(Cost.elements) ?? 0)
        bindings[name] = value
    }

    /// Every function name a call may use (built-ins, library names, aliases, derivatives), sorted.
    public var functionNames: [String] { functions.names }

    private func evaluate(_ node: Node, steps: inout Int, work: inout Int, spending budget: inout WorkBudget) -> Result<Value, CalcError> {
        // A spent budget stops everything, even a name looked up, so that nothing after it
        // (formatting, printing) runs for free.
        if let scope = budget.exhausted {
            return .failure(budget.error(scope, offset: node.offset, length: node.length))
        }
        // The evaluator only borrows the bindings; it ends before the caller assigns, so the
        // dictionary is never copied.
        var evaluator = Evaluator(bindings: bindings, functions: functions,
                                  limits: limits, steps: steps, work: work, budget: budget)
        defer {
            // Each node evaluated is a unit too; steps are bounded by the source's size, so
            // they are recorded afterwards and stop the next evaluation if they overspend.
            evaluator.budget.record(evaluator.steps - steps)
            steps = evaluator.steps
            work = evaluator.work
            budget = evaluator.budget
        }
        do {
            return .success(try evaluator.evaluate(node))
        } catch {
            return .failure(error)
        }
    }
}
