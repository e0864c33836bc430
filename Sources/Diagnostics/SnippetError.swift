/// A mistake inside an embedded snippet (a formula, Calc source, an inline value), at a
/// Unicode scalar offset inside the snippet's own text.
///
/// TeXMath and Calc know nothing of the author's file; they report offsets into the text they
/// were given, and the caller places the error with the snippet's `SnippetMap`.
public struct SnippetError: Error, Hashable, Sendable {
    /// Offset of the offending token, in Unicode scalars from the start of the snippet.
    public var offset: Int
    /// How many scalars the offending token covers (at least 1).
    public var length: Int
    /// Stable code, e.g. `math.unbalanced-brace` or `calc.unknown-name`.
    public var code: String
    /// Lower-case fragment saying what is wrong and what to do.
    public var message: String
    /// Further hints (`did you mean '\frac'?`), shown after the message.
    public var notes: [String]

    /// An error at `offset` covering `length` scalars.
    public init(offset: Int, length: Int = 1, code: String, message: String, notes: [String] = []) {
        self.offset = offset
        self.length = length
        self.code = code
        self.message = message
        self.notes = notes
    }

    /// The diagnostic at the author's location, given where the snippet came from.
    public func diagnostic(in map: SnippetMap) -> Diagnostic {
        .error(code, message, at: map.range(atScalarOffset: offset, length: length),
               notes: notes.map { DiagnosticNote($0) })
    }
}
