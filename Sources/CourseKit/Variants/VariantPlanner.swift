import Calc
import Diagnostics

/// Decides which variants of a parameterised quiz are proven and shown.
///
/// The combinations are the cartesian product of the draws in declaration order (the last
/// parameter changes fastest). When the product has at most `QuizParameters.maxListed`
/// combinations, each is tried against the constraint; if at most `maxEnumerated` are kept, all
/// are the variants, otherwise a sample of `sampleCount` of them. A larger product is never
/// listed: combinations are drawn at random, kept when the constraint holds, until the sample is
/// full or `attemptsPerVariant` times its size have been tried. The randomness is SplitMix64
/// seeded from the lesson path and quiz position, so every build picks the same variants; samples
/// come back in product order.
package enum VariantPlanner {
    /// Draws tried per wanted variant before a sample settles for fewer.
    package static let attemptsPerVariant = 20

    /// The variants of a quiz with `draws`, or none and a diagnostic when the constraint fails.
    /// The constraint's work is charged to `interpreter`.
    package static func plan(_ parameters: QuizParameters, draws: [ParameterDraw], seed: UInt64,
                             interpreter: inout Interpreter) -> ([QuizVariantBindings], [Diagnostic]) {
        var filter = ConstraintFilter(constraint: parameters.constraint, draws: draws)
        let counts = draws.map(\.domain.count)
        let product = counts.reduce(1.0) { $0 * Double($1) }
        var generator = SplitMix64(seed: seed)
        var kept: [[Int]] = []
        if product <= Double(QuizParameters.maxListed) {
            var indices = [Int](repeating: 0, count: draws.count)
            for _ in 0..<Int(product) {
                switch filter.keeps(indices, interpreter: &interpreter) {
                case .failure(let failure): return ([], [failure.diagnostic])
                case .success(true): kept.append(indices)
                case .success(false): break
                }
                advance(&indices, counts: counts)
            }
            if kept.count > QuizParameters.maxEnumerated {
                kept = choose(parameters.sampleCount, from: kept, using: &generator)
            }
        } else {
            var seen: Set<[Int]> = []
            let wanted = parameters.sampleCount
            var attempts = 0
            while kept.count < wanted, attempts < wanted * attemptsPerVariant {
                attempts += 1
                let indices = counts.map { Int(generator.next() % UInt64($0)) }
                guard seen.insert(indices).inserted else { continue }
                switch filter.keeps(indices, interpreter: &interpreter) {
                case .failure(let failure): return ([], [failure.diagnostic])
                case .success(true): kept.append(indices)
                case .success(false): break
                }
            }
            kept.sort { $0.lexicographicallyPrecedes($1) }
        }
        guard !kept.isEmpty else {
            let tried = product <= Double(QuizParameters.maxListed) ? "any of the \(Int(product)) combinations" : "any of \(filter.tried) sampled combinations"
            return ([], [.error(Codes.quizConstraintNeverTrue,
                                "the constraint excludes every variant: it is false for \(tried); loosen it or widen the draws",
                                at: filter.range)])
        }
        let variants = kept.map { indices in
            QuizVariantBindings(values: zip(draws, indices).map { ParameterValue(name: $0.name, value: $0.domain.value(at: $1)) })
        }
        return (variants, [])
    }

    /// The next combination in product order (the last index changes fastest).
    private static func advance(_ indices: inout [Int], counts: [Int]) {
        var position = indices.count - 1
        while position >= 0 {
            indices[position] += 1
            if indices[position] < counts[position] { return }
            indices[position] = 0
            position -= 1
        }
    }

    /// `count` of `items` chosen by a partial Fisher–Yates shuffle, back in their original order.
    private static func choose(_ count: Int, from items: [[Int]], using generator: inout SplitMix64) -> [[Int]] {
        var order = Array(items.indices)
        for slot in 0..<min(count, order.count) {
            let pick = slot + Int(generator.next() % UInt64(order.count - slot))
            order.swapAt(slot, pick)
        }
        return order.prefix(count).sorted().map { items[$0] }
    }
}

/// A constraint that cannot decide a combination: the diagnostic that ends planning.
private struct PlanFailure: Error {
    var diagnostic: Diagnostic
}

/// Runs a quiz's `constraint:` for one combination of parameter values.
private struct ConstraintFilter {
    let constraint: QuizCheck?
    let draws: [ParameterDraw]
    /// The constraint, parsed once; nil when there is none.
    let program: Program?
    /// Combinations tried so far.
    var tried = 0

    init(constraint: QuizCheck?, draws: [ParameterDraw]) {
        self.constraint = constraint
        self.draws = draws
        // The parser already checked the syntax; a failure here leaves the quiz without a constraint.
        program = constraint.flatMap { try? Interpreter().parse($0.source).get() }
    }

    /// The constraint's text, where its problems are reported.
    var range: SourceRange? {
        guard let constraint else { return nil }
        return constraint.map.range(atScalarOffset: 0, length: max(constraint.source.unicodeScalars.count, 1))
    }

    /// Whether the combination `indices` is kept; a failure is the diagnostic that ends planning.
    mutating func keeps(_ indices: [Int], interpreter: inout Interpreter) -> Result<Bool, PlanFailure> {
        tried += 1
        guard let program, let constraint else { return .success(true) }
        var copy = interpreter
        for (draw, index) in zip(draws, indices) { copy.bind(draw.name, to: draw.domain.value(at: index)) }
        let result = copy.run(program)
        interpreter.budget = copy.budget
        switch result {
        case .failure(let error):
            var diagnostic = error.diagnostic(in: constraint.map)
            diagnostic.notes.append(DiagnosticNote("while running 'constraint:' for " + QuizVariantBindings(values: zip(draws, indices).map {
                ParameterValue(name: $0.name, value: $0.domain.value(at: $1))
            }).label, range: constraint.range))
            return .failure(PlanFailure(diagnostic: diagnostic))
        case .success(let value?):
            guard let truth = value.truth, value.shape.isEmpty else {
                return .failure(PlanFailure(diagnostic: .error(Codes.quizConstraintNotBoolean,
                                       "the constraint must be true or false for each variant, not \(value.kindDescription) (\(value)); compare, as in 'x != 0'",
                                       at: range)))
            }
            return .success(truth)
        case .success(nil):
            return .failure(PlanFailure(diagnostic: .error(Codes.quizConstraintNotBoolean, "'constraint:' ends in an assignment; end it with a condition such as 'x != 0'", at: range)))
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose output depends only on its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
