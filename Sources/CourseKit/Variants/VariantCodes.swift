/// The codes of parameterised quizzes (`params:`, `constraint:`, `variants:`) and their proofs.
extension Codes {
    /// `params:` that does not parse or is not a list of `name = draw(…)` statements.
    package static let quizParamSyntax = "quiz.param-syntax"
    /// A draw function other than choice, randint and uniform.
    package static let quizParamUnknownDraw = "quiz.param-unknown-draw"
    /// A draw with no values (`choice([])`, `randint(3, 1)`, a step ≤ 0) or unusable arguments.
    package static let quizParamBadRange = "quiz.param-bad-range"
    /// A draw whose arguments use an earlier parameter.
    package static let quizParamDepends = "quiz.param-depends"
    /// A constraint that excludes every combination.
    package static let quizConstraintNeverTrue = "quiz.constraint-never-true"
    /// A constraint whose value is not true or false.
    package static let quizConstraintNotBoolean = "quiz.constraint-not-boolean"
    /// A `variants:` that is not a whole number from 1 to 1,000.
    package static let quizBadVariants = "quiz.bad-variants"
    /// A variant whose key (answer, marked option or claim) disagrees with its check.
    package static let quizVariantWrongKey = "quiz.variant-wrong-key"
    /// A variant in which a distractor equals the check's value.
    package static let quizVariantCorrectDistractor = "quiz.variant-correct-distractor"
    /// Two options that show the same number.
    package static let quizDuplicateOption = "quiz.duplicate-option"
    /// A variant in which two options show the same number.
    package static let quizVariantDuplicateOption = "quiz.variant-duplicate-option"

    /// The codes above, for `Codes.all`.
    package static let variantCodes = [
        quizParamSyntax, quizParamUnknownDraw, quizParamBadRange, quizParamDepends, quizConstraintNeverTrue,
        quizConstraintNotBoolean, quizBadVariants, quizVariantWrongKey, quizVariantCorrectDistractor,
        quizDuplicateOption, quizVariantDuplicateOption,
    ]
}
