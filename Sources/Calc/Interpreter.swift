import Activations

/// Runs Calc statements with bindings that persist from one `run` to the next (one lesson).
///
/// A value type: copy it to try statements without changing the original's bindings.
public struct Interpreter: Sendable {
    public private(set) var bindings: [String: Value] = [:]
    public let registry: Registry

    public init(registry: Registry = .standard) {
        self.registry = registry
    }

    /// Runs `source` (statements separated by newlines or `;`) and returns the value of the
    /// last statement, or nil when it is an assignment.
    public mutating func run(_ source: String) -> Result<Value?, CalcError> {
        .failure(CalcError(offset: 0, code: "calc.unimplemented", message: "calc is not implemented yet"))
    }
}
