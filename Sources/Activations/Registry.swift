/// A problem with the arguments given to a library function (wrong shape, bad value).
///
/// Calc turns it into a diagnostic that names the function's signature.
public struct ActivationError: Error, Hashable, Sendable {
    /// What is wrong, as a lower-case fragment (`prediction has shape [3] but target has shape [2]`).
    public var message: String

    /// An error with the given message.
    public init(_ message: String) {
        self.message = message
    }
}

/// What kind of function an entry is; decides how Calc applies it and how the library page
/// groups it.
public enum FunctionKind: String, Hashable, Sendable, CaseIterable {
    /// ℝ → ℝ, applied to every element of a vector or matrix.
    case elementwise
    /// Vector → vector (softmax); applied to each row of a matrix.
    case vector
    /// (prediction, target) → scalar mean loss; its derivative is the gradient.
    case loss
    /// A layer: `dense(x, W, b)`.
    case layer
}

/// A named argument of a library function, with its default when it is optional.
public struct FunctionParameter: Hashable, Sendable {
    /// The name shown in signatures and accepted as a keyword (`slope`).
    public var name: String
    /// The value used when the argument is left out; nil for a required argument.
    public var defaultValue: Double?

    /// A parameter, optional when it has a default.
    public init(_ name: String, default defaultValue: Double? = nil) {
        self.name = name
        self.defaultValue = defaultValue
    }
}

/// Everything known about one library function: how to call it and how to document it.
public struct RegisteredFunction: Sendable {
    /// Canonical name, as Calc binds it (`leaky_relu`).
    public var name: String
    /// Other names Calc accepts (`swish` for `silu`).
    public var aliases: [String]
    /// How the function applies to its arguments (element-wise, per vector, loss, layer).
    public var kind: FunctionKind
    /// Arguments in order; optional ones (with defaults) come last.
    public var parameters: [FunctionParameter]
    /// One sentence for the library page and `:help`.
    public var doc: String
    /// LaTeX of the function, e.g. `\sigma(x) = \frac{1}{1 + e^{-x}}`.
    public var formula: String
    /// LaTeX of the derivative (or gradient, for losses).
    public var derivativeFormula: String
    /// The id of the function's entry on `library.html` (`sigmoid`).
    public var anchor: String
    /// Name Calc binds the derivative to: `<name>_prime`, or `<name>_grad` for losses.
    public var derivativeName: String
    /// Computes the function; arguments already have defaults filled in.
    public var evaluate: @Sendable ([Tensor]) throws(ActivationError) -> Tensor
    /// Computes the derivative (elementwise, Jacobian for vector functions, gradient with
    /// respect to the prediction for losses).
    public var derivative: @Sendable ([Tensor]) throws(ActivationError) -> Tensor

    /// `name(x, slope=0.01)`: how errors and the library page show the call.
    public var signature: String {
        let arguments = parameters.map { parameter in
            parameter.defaultValue.map { "\(parameter.name)=\(formatDefault($0))" } ?? parameter.name
        }
        return "\(name)(\(arguments.joined(separator: ", ")))"
    }

    /// How many arguments a call may pass.
    public var arity: ClosedRange<Int> {
        let required = parameters.count { $0.defaultValue == nil }
        return required...parameters.count
    }

    /// An entry; `anchor` defaults to the name and `derivativeName` to `<name>_prime`
    /// (`<name>_grad` for a loss).
    public init(
        name: String,
        aliases: [String] = [],
        kind: FunctionKind,
        parameters: [FunctionParameter],
        doc: String,
        formula: String,
        derivativeFormula: String,
        anchor: String? = nil,
        derivativeName: String? = nil,
        evaluate: @escaping @Sendable ([Tensor]) throws(ActivationError) -> Tensor,
        derivative: @escaping @Sendable ([Tensor]) throws(ActivationError) -> Tensor
    ) {
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.parameters = parameters
        self.doc = doc
        self.formula = formula
        self.derivativeFormula = derivativeFormula
        self.anchor = anchor ?? name
        self.derivativeName = derivativeName ?? (kind == .loss ? "\(name)_grad" : "\(name)_prime")
        self.evaluate = evaluate
        self.derivative = derivative
    }
}

private func formatDefault(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}

/// The catalogue of library functions, looked up by name or alias.
public struct Registry: Sendable {
    /// Every function, in the order the library page lists them.
    public let functions: [RegisteredFunction]
    private let byName: [String: Int]
    private let byDerivativeName: [String: Int]

    /// A registry over `functions`; when two entries claim a name, the first wins.
    public init(functions: [RegisteredFunction]) {
        self.functions = functions
        var byName: [String: Int] = [:]
        var byDerivativeName: [String: Int] = [:]
        for (index, function) in functions.enumerated() {
            for name in [function.name] + function.aliases {
                byName[name] = byName[name] ?? index
                let suffix = function.derivativeName.hasPrefix(function.name)
                    ? String(function.derivativeName.dropFirst(function.name.count))
                    : "_prime"
                let derivativeName = name == function.name ? function.derivativeName : name + suffix
                byDerivativeName[derivativeName] = byDerivativeName[derivativeName] ?? index
            }
        }
        self.byName = byName
        self.byDerivativeName = byDerivativeName
    }

    /// The function called `name` or aliased so.
    public func function(named name: String) -> RegisteredFunction? {
        byName[name].map { functions[$0] }
    }

    /// The function whose derivative is bound as `name` (`sigmoid_prime`, `mse_grad`,
    /// `swish_prime`).
    public func function(withDerivativeNamed name: String) -> RegisteredFunction? {
        byDerivativeName[name].map { functions[$0] }
    }

    /// Every name Calc binds: names, aliases and derivative names, sorted.
    public var allNames: [String] {
        (Array(byName.keys) + Array(byDerivativeName.keys)).sorted()
    }

    /// The library every course uses.
    public static let standard = Registry(functions: StandardLibrary.functions)
}
