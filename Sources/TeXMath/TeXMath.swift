import Diagnostics

/// A mistake in a formula, at a Unicode scalar offset inside the formula's own text.
public struct MathError: Error, Hashable, Sendable {
    /// Offset of the offending token, in Unicode scalars from the start of the formula.
    public var offset: Int
    /// How many scalars the offending token covers (at least 1).
    public var length: Int
    /// Stable code, e.g. `math.unbalanced-brace`.
    public var code: String
    /// Lower-case fragment saying what is wrong and what to do.
    public var message: String
    /// Extra hints, e.g. `did you mean '\frac'?`.
    public var notes: [String]

    public init(offset: Int, length: Int = 1, code: String, message: String, notes: [String] = []) {
        self.offset = offset
        self.length = length
        self.code = code
        self.message = message
        self.notes = notes
    }

    /// The diagnostic at the author's location, given where the formula came from.
    public func diagnostic(in map: SnippetMap) -> Diagnostic {
        .error(code, message, at: map.range(atScalarOffset: offset, length: length),
               notes: notes.map { DiagnosticNote($0) })
    }
}

/// The outcome of converting one formula.
public struct MathResult: Hashable, Sendable {
    /// The `<math>` element, or nil when the formula has errors.
    public var mathML: String?
    public var errors: [MathError]

    public init(mathML: String?, errors: [MathError]) {
        self.mathML = mathML
        self.errors = errors
    }
}

/// LaTeX math to MathML Core.
public enum TeXMath {
    /// Converts `tex` to a `<math>` element (`display="block"` when `display`), carrying the
    /// source in `<annotation encoding="application/x-tex">`.
    public static func convert(_ tex: String, display: Bool) -> MathResult {
        // Placeholder until the converter lands: escape the source so pipelines can be wired.
        let escaped = tex.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        let block = display ? " display=\"block\"" : ""
        return MathResult(
            mathML: "<math\(block)><semantics><mtext>\(escaped)</mtext><annotation encoding=\"application/x-tex\">\(escaped)</annotation></semantics></math>",
            errors: []
        )
    }
}
