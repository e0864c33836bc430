import Diagnostics

/// A mistake in Calc source, at a Unicode scalar offset inside the source text it was given.
public typealias CalcError = SnippetError
