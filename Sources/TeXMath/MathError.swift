import Diagnostics

/// A mistake in a formula, at a Unicode scalar offset inside the formula's own text.
public typealias MathError = SnippetError

/// The stable codes TeXMath reports, one per kind of mistake.
public enum MathErrorCode {
    /// A `}` with no open `{`, or a `{` never closed.
    public static let unbalancedBrace = "math.unbalanced-brace"
    /// A `[` optional argument never closed by `]`.
    public static let unclosedBracket = "math.unclosed-bracket"
    /// A command TeXMath does not know (with a "did you mean" note when one is close).
    public static let unknownCommand = "math.unknown-command"
    /// A command, `^` or `_` with nothing after it.
    public static let missingArgument = "math.missing-argument"
    /// A second `^` (or a prime after `^`) on one base.
    public static let doubleSuperscript = "math.double-superscript"
    /// A second `_` on one base.
    public static let doubleSubscript = "math.double-subscript"
    /// A `\left` whose group ends before its `\right`.
    public static let leftWithoutRight = "math.left-without-right"
    /// A `\right` with no open `\left`.
    public static let rightWithoutLeft = "math.right-without-left"
    /// `\middle` outside `\left … \right`.
    public static let middleWithoutLeft = "math.middle-without-left"
    /// `\left`, `\right`, `\middle` or `\big` with nothing after it.
    public static let missingDelimiter = "math.missing-delimiter"
    /// A token that cannot follow `\left`, `\right`, `\middle` or `\big`.
    public static let invalidDelimiter = "math.invalid-delimiter"
    /// A `\begin{…}` never closed.
    public static let missingEnd = "math.missing-end"
    /// An `\end{…}` naming another environment than the open one.
    public static let mismatchedEnd = "math.mismatched-end"
    /// An `\end{…}` with no open environment.
    public static let endWithoutBegin = "math.end-without-begin"
    /// `\begin{…}` of an environment TeXMath does not know.
    public static let unknownEnvironment = "math.unknown-environment"
    /// A column letter other than `l`, `c`, `r` in an `array` specification.
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
    /// `\hspace`, `\kern`… without a length they can use (`\hspace{big}`).
    public static let invalidLength = "math.invalid-length"

    /// Every code, for documentation and tests.
    public static let all = [
        unbalancedBrace, unclosedBracket, unknownCommand, missingArgument, doubleSuperscript,
        doubleSubscript, leftWithoutRight, rightWithoutLeft, middleWithoutLeft, missingDelimiter,
        invalidDelimiter, missingEnd, mismatchedEnd, endWithoutBegin, unknownEnvironment,
        unknownColumnSpec, misplacedAlignment, multipleInfix, misplacedLimits, misplacedDollar,
        misplacedParameter, tooDeep, invalidLength,
    ]
}
