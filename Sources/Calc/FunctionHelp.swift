extension Interpreter {
    /// One or two lines about the function called `name` (signature and what it does), for the
    /// REPL's `:help name`; nil when no function has that name.
    public func help(for name: String) -> String? {
        switch functions.callee(named: name) {
        case .builtin(let builtin):
            return "\(builtin.signature)\n    \(builtin.summary)"
        case .library(let index, let derivative):
            guard functions.library.indices.contains(index) else { return nil }
            let function = functions.library[index].function
            let signature = Evaluator.signature(of: function, calledAs: name)
            let what = derivative
                ? (function.kind == .loss ? "the gradient of \(function.name) with respect to the prediction"
                                          : "the derivative of \(function.name)")
                : function.doc
            return "\(signature)\n    \(what)\n    see library.html#\(function.anchor)"
        case .unknown:
            return nil
        }
    }
}
