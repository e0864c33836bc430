import Testing
@testable import Activations

@Suite("Standard registry")
struct RegistryTests {
    static let expectedNames = [
        "relu", "leaky_relu", "elu", "selu", "sigmoid", "tanh", "softplus", "softsign", "gelu", "gelu_tanh",
        "silu", "mish", "hard_sigmoid", "softmax", "log_softmax", "mse", "mae", "binary_cross_entropy",
        "binary_cross_entropy_with_logits", "categorical_cross_entropy", "categorical_cross_entropy_with_logits",
        "dense",
    ]

    @Test func listsEveryFunctionInPageOrder() {
        #expect(Registry.standard.functions.map(\.name) == Self.expectedNames)
    }

    @Test func everyEntryIsDocumented() {
        for function in Registry.standard.functions {
            #expect(!function.doc.isEmpty, "\(function.name) has no doc")
            #expect(function.doc.hasSuffix("."), "\(function.name)'s doc is not a sentence")
            #expect(!function.doc.contains("\n"), "\(function.name)'s doc is not one line")
            #expect(!function.formula.isEmpty, "\(function.name) has no formula")
            #expect(!function.derivativeFormula.isEmpty, "\(function.name) has no derivative formula")
            #expect(function.anchor == function.name)
        }
    }

    @Test func formulasHaveBalancedBraces() {
        for function in Registry.standard.functions {
            for formula in [function.formula, function.derivativeFormula] {
                var depth = 0
                for character in formula {
                    if character == "{" { depth += 1 }
                    if character == "}" { depth -= 1 }
                    #expect(depth >= 0, "\(function.name): \(formula)")
                }
                #expect(depth == 0, "\(function.name): \(formula)")
                #expect(formula.ranges(of: #"\left"#).count == formula.ranges(of: #"\right"#).count)
                #expect(formula.ranges(of: #"\begin{cases}"#).count == formula.ranges(of: #"\end{cases}"#).count)
            }
        }
    }

    @Test func namesAliasesAndDerivativeNamesAreUnique() {
        let functions = Registry.standard.functions
        let callable = functions.flatMap { [$0.name] + $0.aliases }
        #expect(Set(callable).count == callable.count)
        let derivatives = functions.map(\.derivativeName)
        #expect(Set(derivatives).count == derivatives.count)
        #expect(Set(callable).isDisjoint(with: derivatives))
    }

    @Test(arguments: [
        ("swish", "silu"), ("bce", "binary_cross_entropy"), ("bce_logits", "binary_cross_entropy_with_logits"),
        ("cce", "categorical_cross_entropy"), ("cce_logits", "categorical_cross_entropy_with_logits"),
        ("sigmoid", "sigmoid"),
    ])
    func lookupByAlias(alias: String, name: String) {
        #expect(Registry.standard.function(named: alias)?.name == name)
    }

    @Test(arguments: [
        ("sigmoid_prime", "sigmoid"), ("swish_prime", "silu"), ("softmax_prime", "softmax"),
        ("mse_grad", "mse"), ("bce_grad", "binary_cross_entropy"), ("cce_logits_grad", "categorical_cross_entropy_with_logits"),
        ("dense_prime", "dense"),
    ])
    func lookupByDerivativeName(derivative: String, name: String) {
        #expect(Registry.standard.function(withDerivativeNamed: derivative)?.name == name)
    }

    @Test func unknownNamesAreNotFound() {
        #expect(Registry.standard.function(named: "sigmoid_prime") == nil)
        #expect(Registry.standard.function(named: "softmaxx") == nil)
        #expect(Registry.standard.function(withDerivativeNamed: "mse_prime") == nil)
    }

    @Test(arguments: [
        ("relu", "relu(x)", 1...1), ("leaky_relu", "leaky_relu(x, slope=0.01)", 1...2), ("elu", "elu(x, alpha=1)", 1...2),
        ("softmax", "softmax(x)", 1...1), ("mse", "mse(prediction, target)", 2...2),
        ("bce_logits", "binary_cross_entropy_with_logits(logits, target)", 2...2), ("dense", "dense(x, W, b=0)", 2...3),
    ])
    func signatureAndArity(name: String, signature: String, arity: ClosedRange<Int>) throws {
        let function = try entry(name)
        #expect(function.signature == signature)
        #expect(function.arity == arity)
    }

    @Test func kindsMatchTheFunctions() throws {
        #expect(try entry("tanh").kind == .elementwise)
        #expect(try entry("log_softmax").kind == .vector)
        #expect(try entry("cce").kind == .loss)
        #expect(try entry("dense").kind == .layer)
    }

    @Test func elementwiseFunctionsKeepShapes() throws {
        let m = Matrix(rows: 2, columns: 3, elements: [-2, -1, 0, 1, 2, 3])
        for function in Registry.standard.functions where function.kind == .elementwise {
            for x in [Tensor.scalar(0.5), .vector([1, -2, 3]), .matrix(m)] {
                #expect(try function.evaluate([x]).shape == x.shape, "\(function.name)")
                #expect(try function.derivative([x]).shape == x.shape, "\(function.name)_prime")
            }
        }
    }

    @Test func tooManyArgumentsIsAnError() throws {
        #expect(throws: ActivationError("expected at most 1 arguments but got 2")) {
            try entry("sigmoid").evaluate([.scalar(1), .scalar(2)])
        }
        #expect(throws: ActivationError.self) { try entry("relu").evaluate([]) }
    }

    @Test func optionalParameterMustBeANumber() throws {
        #expect(throws: ActivationError("slope must be a number but has shape [2]")) {
            try entry("leaky_relu").evaluate([.scalar(-1), .vector([0.1, 0.2])])
        }
    }
}
