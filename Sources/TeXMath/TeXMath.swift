import Diagnostics

/// The outcome of converting one formula.
public struct MathResult: Hashable, Sendable {
    /// The `<math>` element, or nil when the formula has errors.
    public var mathML: String?
    /// What is wrong with the formula, in source order; empty on success.
    public var errors: [MathError]

    /// A result; exactly one of `mathML` and `errors` is meaningful.
    public init(mathML: String?, errors: [MathError]) {
        self.mathML = mathML
        self.errors = errors
    }
}

/// LaTeX math to MathML Core.
public enum TeXMath {
    /// Converts `tex` to a `<math>` element (`display="block"` when `display`), carrying the
    /// source in `<annotation encoding="application/x-tex">`.
    ///
    /// On a mistake the result has no MathML and at least one error, at the Unicode scalar
    /// offset of the token to fix.
    public static func convert(_ tex: String, display: Bool) -> MathResult {
        // One block per formula holds the tokens and the tree (every token but the last takes
        // at least one byte, so `bytes + 1` tokens always fit).
        let bytes = tex.utf8.count
        let tree = NodeArena(tokens: bytes + 1, bytes: bytes, tokenSlots: bytes + 1)
        let count = Lexer.tokenize(tex, into: tree.tokenStorage)
        var parser = Parser(tokens: UnsafeBufferPointer(start: tree.tokenStorage, count: count), source: tex, tree: tree)
        defer { parser.tree.deallocate() }
        let root: NodeRef
        do {
            root = try parser.parseFormula()
        } catch {
            var errors = parser.errors.filter { $0.offset < error.offset }
            errors.append(error)
            return MathResult(mathML: nil, errors: errors)
        }
        if !parser.errors.isEmpty {
            return MathResult(mathML: nil, errors: parser.errors)
        }
        return MathResult(mathML: Emitter.document(root, in: parser.tree, tex: tex, display: display), errors: [])
    }
}
