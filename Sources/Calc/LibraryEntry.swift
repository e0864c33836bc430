import Activations

/// A library function with what calls need precomputed.
final class LibraryEntry: Sendable {
    let function: RegisteredFunction
    let parameterNames: [String]
    let required: Int

    init(_ function: RegisteredFunction) {
        self.function = function
        parameterNames = function.parameters.map(\.name)
        required = function.arity.lowerBound
    }
}
