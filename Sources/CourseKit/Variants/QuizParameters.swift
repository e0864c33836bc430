import Calc
import Diagnostics

/// The `params:`, `constraint:` and `variants:` fields of a parameterised quiz, as written.
///
/// The draws are Calc statements (`w = choice([0.5, 1, 2]); x = randint(-3, 3)`); they are read
/// into `ParameterDraw`s when the quiz is checked, since their arguments are Calc values.
package struct QuizParameters: Sendable {
    /// At most this many variants (after the constraint) are all proven; more are sampled.
    package static let maxEnumerated = 1_000
    /// The largest `variants:` an author may ask for.
    package static let maxSample = 1_000
    /// How many variants are sampled when there are too many to prove and `variants:` is absent.
    package static let defaultSample = 200
    /// At most this many combinations are tried against the constraint one by one; a larger
    /// product is sampled without being listed.
    package static let maxListed = 20_000

    /// The `params:` statements.
    package var statements: QuizCheck
    /// The `constraint:` a kept combination satisfies, if any.
    package var constraint: QuizCheck?
    /// The author's `variants:`, if any.
    package var sampleSize: QuizField<Int>?

    /// How many variants are sampled when there are too many to prove all.
    package var sampleCount: Int { sampleSize?.value ?? Self.defaultSample }
}

/// One parameter's value in one variant.
package struct ParameterValue: Sendable, Hashable {
    /// The parameter's name.
    package var name: String
    /// Its value in the variant.
    package var value: Value
}

/// One variant of a parameterised quiz: a value for every parameter, in declaration order.
package struct QuizVariantBindings: Sendable, Hashable {
    /// The parameters' values.
    package var values: [ParameterValue]

    /// `w = 0.5, x = -3`, as diagnostics name a variant.
    package var label: String {
        values.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
    }
}
