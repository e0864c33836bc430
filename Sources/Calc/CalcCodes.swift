/// The stable codes of the diagnostics Calc reports: expression errors and limits (`calc.…`) and
/// worked-example checks (`example.…`).
package enum CalcCodes {
    /// A vector or matrix used where one truth value is needed.
    package static let ambiguousTruth = "calc.ambiguous-truth"
    /// A call with too few, too many or repeated arguments.
    package static let arity = "calc.arity"
    /// An argument of the right type whose value a function cannot take.
    package static let badArgument = "calc.bad-argument"
    /// An assignment to something other than a name.
    package static let badAssignment = "calc.bad-assignment"
    /// A format specification that cannot be applied.
    package static let badFormat = "calc.bad-format"
    /// An index or slice of the wrong form.
    package static let badIndex = "calc.bad-index"
    /// A malformed number literal.
    package static let badNumber = "calc.bad-number"
    /// A statement that stops where an expression must follow.
    package static let expectedExpression = "calc.expected-expression"
    /// An index past the end of a vector or matrix.
    package static let indexOutOfRange = "calc.index-out-of-range"
    /// More elements held at once than a lesson or a statement may keep.
    package static let memoryLimit = "calc.memory-limit"
    /// A function named where a value is needed.
    package static let notAValue = "calc.not-a-value"
    /// Inline text that is not an expression.
    package static let notAnExpression = "calc.not-an-expression"
    /// A call of a value that is not a function.
    package static let notCallable = "calc.not-callable"
    /// A printed or formatted value longer than the output bound.
    package static let outputTooLarge = "calc.output-too-large"
    /// `x.shape`, `W.T` and other attributes of a value.
    package static let pythonAttribute = "calc.python-attribute"
    /// A list comprehension.
    package static let pythonComprehension = "calc.python-comprehension"
    /// A function definition with `def`.
    package static let pythonDef = "calc.python-def"
    /// An `import` statement.
    package static let pythonImport = "calc.python-import"
    /// A `lambda` expression.
    package static let pythonLambda = "calc.python-lambda"
    /// A `for` or `while` loop.
    package static let pythonLoop = "calc.python-loop"
    /// A module prefix such as `np.` or `math.`.
    package static let pythonModule = "calc.python-module"
    /// A call of `print`.
    package static let pythonPrint = "calc.python-print"
    /// A matrix literal whose rows differ in length or mix numbers and rows.
    package static let raggedMatrix = "calc.ragged-matrix"
    /// Operands whose shapes do not fit together.
    package static let shapeMismatch = "calc.shape-mismatch"
    /// More evaluation steps or work in one run than allowed.
    package static let stepLimit = "calc.step-limit"
    /// Nesting deeper than the parser and evaluator allow.
    package static let tooDeep = "calc.too-deep"
    /// A value with more elements than allowed, refused before allocating.
    package static let tooLarge = "calc.too-large"
    /// An operand or argument of the wrong type.
    package static let typeError = "calc.type-error"
    /// A bracket that is never closed.
    package static let unclosedBracket = "calc.unclosed-bracket"
    /// A character that starts no token.
    package static let unexpectedCharacter = "calc.unexpected-character"
    /// A token where the grammar expects another.
    package static let unexpectedToken = "calc.unexpected-token"
    /// A keyword argument the function does not have.
    package static let unknownKeyword = "calc.unknown-keyword"
    /// A name that is neither bound nor a library function.
    package static let unknownName = "calc.unknown-name"
    /// A closing bracket with no opening one.
    package static let unmatchedBracket = "calc.unmatched-bracket"
    /// A shape with other than one or two dimensions.
    package static let unsupportedRank = "calc.unsupported-rank"
    /// A string literal that is never closed.
    package static let unterminatedString = "calc.unterminated-string"
    /// The work of one lesson ran past its budget.
    package static let lessonBudget = "calc.lesson-budget"
    /// The work of the whole build ran past its budget.
    package static let buildBudget = "calc.build-budget"
    /// A `# tol=` that is not a non-negative number.
    package static let exampleBadTolerance = "example.bad-tolerance"
    /// A tolerance so wide that the expected output proves little.
    package static let exampleLooseTolerance = "example.loose-tolerance"
    /// A worked example whose computed value differs from the written output.
    package static let exampleMismatch = "example.mismatch"
    /// An output line with no `>>>` statement before it.
    package static let exampleStrayOutput = "example.stray-output"

    /// Every code, for the README's table check.
    package static let all = [
        ambiguousTruth, arity, badArgument, badAssignment, badFormat, badIndex, badNumber, expectedExpression,
        indexOutOfRange, memoryLimit, notAValue, notAnExpression, notCallable, outputTooLarge, pythonAttribute,
        pythonComprehension, pythonDef, pythonImport, pythonLambda, pythonLoop, pythonModule, pythonPrint,
        raggedMatrix, shapeMismatch, stepLimit, tooDeep, tooLarge, typeError, unclosedBracket, unexpectedCharacter,
        unexpectedToken, unknownKeyword, unknownName, unmatchedBracket, unsupportedRank, unterminatedString,
        lessonBudget, buildBudget, exampleBadTolerance, exampleLooseTolerance, exampleMismatch, exampleStrayOutput,
    ]
}
