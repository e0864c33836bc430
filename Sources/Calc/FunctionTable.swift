import Activations

/// Every callable name (built-ins, library functions, aliases, derivatives) resolved once,
/// so that the parser turns a call into a `Callee` without string lookups at run time.
struct FunctionTable: Sendable {
    private var callees: [String: Callee] = [:]
    /// Each library function behind one reference, by registry index, so that a call does not
    /// copy the function's description.
    private(set) var library: [LibraryEntry] = []

    init(registry: Registry) {
        for builtin in Builtin.allCases {
            callees[builtin.rawValue] = .builtin(builtin)
        }
        library = registry.functions.map(LibraryEntry.init)
        var indexByName: [String: Int] = [:]
        for (index, function) in registry.functions.enumerated() {
            indexByName[function.name] = indexByName[function.name] ?? index
            for name in [function.name] + function.aliases where callees[name] == nil {
                callees[name] = .library(index: index, derivative: false)
            }
        }
        for name in registry.allNames where callees[name] == nil {
            if let function = registry.function(withDerivativeNamed: name),
               let index = indexByName[function.name] {
                callees[name] = .library(index: index, derivative: true)
            }
        }
    }

    /// The function called `name`, or `.unknown`.
    func callee(named name: String) -> Callee {
        callees[name] ?? .unknown
    }

    /// Every callable name, sorted (for "did you mean" and `:help`).
    var names: [String] { callees.keys.sorted() }

    /// The table of the standard registry, built once.
    static let standard = FunctionTable(registry: .standard)
}
