import Activations

/// A Calc value.
public enum Value: Hashable, Sendable {
    case number(Double)
    case boolean(Bool)
    case vector([Double])
    case matrix(Matrix)
    case string(String)
}
