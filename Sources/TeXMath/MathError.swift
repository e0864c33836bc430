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

/// The stable codes TeXMath reports, one per kind of mistake.
public enum MathErrorCode {
    /// A `}` with no open `{`, or a `{` never closed.
    public static let unbalancedBrace = "math.unbalanced-brace"
    /// A `[` optional argument never closed by `]`.
    public static let unclosedBracket = "math.unclosed-bracket"
    public static let unknownCommand = "math.unknown-command"
    /// A command, `^` or `_` with nothing after it.
    public static let missingArgument = "math.missing-argument"
    public static let doubleSuperscript = "math.double-superscript"
    public static let doubleSubscript = "math.double-subscript"
    public static let leftWithoutRight = "math.left-without-right"
    public static let rightWithoutLeft = "math.right-without-left"
    public static let middleWithoutLeft = "math.middle-without-left"
    /// `\left`, `\right`, `\middle` or `\big` with nothing after it.
    public static let missingDelimiter = "math.missing-delimiter"
    public static let invalidDelimiter = "math.invalid-delimiter"
    public static let missingEnd = "math.missing-end"
    public static let mismatchedEnd = "math.mismatched-end"
    public static let endWithoutBegin = "math.end-without-begin"
    public static let unknownEnvironment = "math.unknown-environment"
    public static let unknownColumnSpec = "math.unknown-column-spec"
    /// `&` outside an environment.
    public static let misplacedAlignment = "math.misplaced-alignment"
    /// Two of `\over`, `\choose`, `\atop` in one group.
    public static let multipleInfix = "math.multiple-infix"
    /// `\limits` or `\nolimits` not right after an operator.
    public static let misplacedLimits = "math.misplaced-limits"
    /// `$` inside a formula.
    public static let misplacedDollar = "math.misplaced-dollar"
    /// `#` outside a macro definition.
    public static let misplacedParameter = "math.misplaced-parameter"
    /// Groups nested deeper than the converter allows.
    public static let tooDeep = "math.too-deep"

    /// Every code, for documentation and tests.
    public static let all = [
        unbalancedBrace, unclosedBracket, unknownCommand, missingArgument, doubleSuperscript,
        doubleSubscript, leftWithoutRight, rightWithoutLeft, middleWithoutLeft, missingDelimiter,
        invalidDelimiter, missingEnd, mismatchedEnd, endWithoutBegin, unknownEnvironment,
        unknownColumnSpec, misplacedAlignment, multipleInfix, misplacedLimits, misplacedDollar,
        misplacedParameter, tooDeep,
    ]
}
