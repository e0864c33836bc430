import Diagnostics

/// A mistake in Calc source, at a Unicode scalar offset inside the source text it was given.
public struct CalcError: Error, Hashable, Sendable {
    /// Offset of the offending token, in Unicode scalars from the start of the source.
    public var offset: Int
    /// How many scalars the offending token covers (at least 1).
    public var length: Int
    /// Stable code, e.g. `calc.unknown-name`.
    public var code: String
    /// Lower-case fragment saying what is wrong and what to do.
    public var message: String
    /// Further hints (`did you mean …?`), shown after the message.
    public var notes: [String]

    /// An error at `offset` covering `length` scalars.
    public init(offset: Int, length: Int = 1, code: String, message: String, notes: [String] = []) {
        self.offset = offset
        self.length = length
        self.code = code
        self.message = message
        self.notes = notes
    }

    /// The diagnostic at the author's location, given where the source came from.
    public func diagnostic(in map: SnippetMap) -> Diagnostic {
        .error(code, message, at: map.range(atScalarOffset: offset, length: length),
               notes: notes.map { DiagnosticNote($0) })
    }
}
