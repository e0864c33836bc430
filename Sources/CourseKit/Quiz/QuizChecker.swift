import Calc
import Diagnostics

/// Proves a quiz's key by running its `check:` with the lesson's bindings, as DESIGN.md's rules say.
///
/// Numbers are compared as swift-numerics' `isApproximatelyEqual(to:absoluteTolerance:)` with a
/// relative tolerance of zero: |a − b| ≤ tolerance, plus four ulps of the larger magnitude so that a
/// key written exactly half a unit away (`0.245` for `0.25` with ±0.005) is not lost to binary rounding.
///
/// Options: a marked option must agree with the check within its own implied tolerance (the author
/// claims it correct to the digits written); an unmarked option is "accidentally right" when it
/// agrees within the quiz's resolution, the smallest implied tolerance among its value options, so
/// that a distractor `0` is not taken for `0.5` just because `0` is written without decimals.
/// An explicit `tolerance:` replaces both.
package struct QuizChecker: Sendable {
    /// When true a quiz without `check:` is an error (`lectern check --strict`).
    package var strict: Bool
    /// The variant being proven, for a parameterised quiz: disagreements then name its values
    /// and carry the `quiz.variant-…` codes.
    package var variant: QuizVariantBindings?

    /// Creates a checker; `strict` makes quizzes without `check:` errors.
    package init(strict: Bool = false, variant: QuizVariantBindings? = nil) {
        self.strict = strict
        self.variant = variant
    }

    /// `message` and `code` as reported for this checker's variant: the plain ones for a plain quiz.
    private func disagreement(_ code: String, _ message: String) -> (code: String, message: String) {
        guard let variant else { return (code, message) }
        let variantCode = switch code {
        case Codes.quizCorrectDistractor: Codes.quizVariantCorrectDistractor
        case Codes.quizDuplicateOption: Codes.quizVariantDuplicateOption
        default: Codes.quizVariantWrongKey
        }
        return (variantCode, message + " for " + variant.label)
    }

    /// Proves the key of `quiz` against a copy of `interpreter`; the check's own bindings do
    /// not leak out, its work is charged to `interpreter`'s budget. The quiz's texts are checked
    /// where they stand in the lesson tree.
    package func check(_ quiz: Quiz, interpreter: inout Interpreter) -> (QuizStatus, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var copy = interpreter
        let status = checkKey(quiz, lesson: interpreter, check: &copy, diagnostics: &diagnostics)
        interpreter.budget = copy.budget
        return (status, diagnostics)
    }

    /// `lesson` holds the lesson's bindings (option values read them); `copy` runs the check.
    private func checkKey(_ quiz: Quiz, lesson interpreter: Interpreter, check copy: inout Interpreter, diagnostics: inout [Diagnostic]) -> QuizStatus {
        var duplicates = duplicateOptions(quiz, interpreter: interpreter)
        // A distractor equal to the key is already reported as right; saying it is also a duplicate adds nothing.
        defer {
            let flagged = Set(diagnostics.filter { [Codes.quizCorrectDistractor, Codes.quizVariantCorrectDistractor].contains($0.code) }
                .compactMap { $0.range.map { "\($0.start.line):\($0.start.column)" } })
            duplicates.removeAll { $0.range.map { flagged.contains("\($0.start.line):\($0.start.column)") } ?? false }
            diagnostics += duplicates
        }
        guard let check = quiz.check else {
            if strict {
                diagnostics.append(.error(
                    Codes.quizUnverified,
                    "the quiz has no 'check:', so its key is unverified; add a check or drop --strict",
                    at: SourceRange(start: quiz.range.start, length: 3)
                ))
            }
            return duplicates.isEmpty ? .unverified : .failed
        }
        let program: Program
        switch copy.parse(check.source) {
        case .success(let parsed):
            program = parsed
        case .failure(let error):
            diagnostics.append(.error(
                Codes.quizCheckSyntax,
                "'check:' does not parse: \(error.message)",
                at: check.map.range(atScalarOffset: error.offset, length: error.length),
                notes: error.notes.map { DiagnosticNote($0) }
            ))
            return .failed
        }
        let value: Value
        switch copy.run(program) {
        case .failure(let error):
            var diagnostic = error.diagnostic(in: check.map)
            diagnostic.notes.append(DiagnosticNote("while running the quiz's 'check:'", range: check.range))
            diagnostics.append(diagnostic)
            return .failed
        case .success(nil):
            diagnostics.append(.error(
                Codes.quizCheckNoValue,
                "'check:' ends in an assignment; end it with the expression the key is checked against",
                at: check.range
            ))
            return .failed
        case .success(let result?):
            value = result
        }

        let before = diagnostics.count
        let origin = DiagnosticNote("check value computed by the last statement of 'check:'", range: check.range)
        switch quiz.kind {
        case .numeric:
            checkNumeric(quiz, value: value, origin: origin, diagnostics: &diagnostics)
        case .trueFalse:
            checkTrueFalse(quiz, value: value, origin: origin, diagnostics: &diagnostics)
        case .singleChoice, .multipleAnswer:
            checkChoice(quiz, value: value, check: check, origin: origin, interpreter: interpreter, diagnostics: &diagnostics)
        }
        // Warnings (a loose tolerance) leave the key proven; `--strict` makes them fail the run.
        if diagnostics[before...].contains(where: { $0.severity == .error }) || !duplicates.isEmpty { return .failed }
        let isChoice = quiz.kind == .singleChoice || quiz.kind == .multipleAnswer
        // A true claim proves the claim, not which option is marked.
        return isChoice && value.truth != nil ? .claimed : .verified
    }

    private func checkNumeric(_ quiz: Quiz, value: Value, origin: DiagnosticNote, diagnostics: inout [Diagnostic]) {
        guard case .number(let answer)? = quiz.answer?.value, let answerRange = quiz.answer?.range,
              let tolerance = quiz.effectiveTolerance else { return }
        guard case .number(let computed) = value else {
            diagnostics.append(.error(
                Codes.quizCheckType,
                "the check of a numeric quiz must end in a number, not \(value.kindDescription) (\(value))",
                at: origin.range, notes: []
            ))
            return
        }
        if !Self.agree(answer.value, computed, tolerance: tolerance) {
            let source = quiz.tolerance == nil ? "implied by the answer's last digit" : "from 'tolerance:'"
            // A variant's message names its values; the tolerance moves to the note.
            let (code, message) = variant == nil
                ? (Codes.quizWrongKey, "answer \(answer.text) differs from check value \(Value.number(computed)) (tolerance \(tolerance))")
                : disagreement(Codes.quizWrongKey, "answer \(answer.text) differs from check value \(Value.number(computed))")
            diagnostics.append(.error(
                code, message,
                at: answerRange,
                notes: [origin, DiagnosticNote("the tolerance is \(tolerance), \(source)", range: quiz.tolerance?.range)]
            ))
        } else if quiz.tolerance == nil, let written = WrittenNumber(answer.text), written.isTooLoose(for: computed) {
            // `answer: 1` for sigmoid(1) would pass within ±0.5 and prove nothing.
            diagnostics.append(.warning(
                Codes.quizLooseTolerance, "answer " + written.looseToleranceMessage(for: computed),
                at: answerRange, notes: [origin, DiagnosticNote("or add 'tolerance:' to choose the tolerance")]))
        }
    }

    private func checkTrueFalse(_ quiz: Quiz, value: Value, origin: DiagnosticNote, diagnostics: inout [Diagnostic]) {
        guard case .boolean(let answer)? = quiz.answer?.value, let answerRange = quiz.answer?.range else { return }
        guard let truth = value.truth else {
            diagnostics.append(.error(
                Codes.quizCheckType,
                "the check of a true/false quiz must end in a boolean, not \(value.kindDescription) (\(value))",
                at: origin.range
            ))
            return
        }
        if truth != answer {
            let (code, message) = disagreement(Codes.quizWrongKey, "answer \(answer) disagrees with the check, which is \(truth)")
            diagnostics.append(.error(
                code, message,
                at: answerRange,
                notes: [origin]
            ))
        }
    }

    private func checkChoice(_ quiz: Quiz, value: Value, check: QuizCheck, origin: DiagnosticNote, interpreter: Interpreter, diagnostics: inout [Diagnostic]) {
        if let truth = value.truth {
            if !truth {
                let (code, message) = disagreement(Codes.quizFalseClaim, "the check is false, so the claim behind the marked answer does not hold")
                diagnostics.append(.error(
                    code, message,
                    at: check.range,
                    notes: [DiagnosticNote("the last statement of 'check:' evaluates to False")]
                ))
            }
            return
        }
        let targets: [Double]
        switch value {
        case .number(let x): targets = [x]
        case .vector(let v) where quiz.kind == .multipleAnswer: targets = v
        default:
            diagnostics.append(.error(
                Codes.quizCheckType,
                "the check of a choice quiz must end in a boolean claim or a number, not \(value.kindDescription) (\(value))",
                at: check.range
            ))
            return
        }
        let shown = targets.count == 1 ? "\(Value.number(targets[0]))" : "\(value)"
        let numbers = quiz.options.map { optionNumber($0, interpreter: interpreter, diagnostics: &diagnostics) }
        let resolution = numbers.compactMap { $0?.impliedTolerance }.min() ?? 0
        for (option, number) in zip(quiz.options, numbers) {
            guard let number else {
                if option.isMarked, option.value == nil {
                    diagnostics.append(.error(
                        Codes.quizCheckType,
                        "marked option '\(option.text.plainText)' is not a number, so a numeric check cannot prove it; end the check in a boolean claim instead",
                        at: option.textRange, notes: [origin]
                    ))
                }
                continue
            }
            let tolerance = quiz.tolerance?.value ?? (option.isMarked ? number.impliedTolerance : resolution)
            let matches = targets.contains { Self.agree(number.value, $0, tolerance: tolerance) }
            if option.isMarked, !matches {
                let (code, message) = disagreement(Codes.quizWrongOption, "marked option \(number.text) differs from check value \(shown) (tolerance \(tolerance))")
                diagnostics.append(.error(
                    code, message,
                    at: option.textRange, notes: [origin]
                ))
            } else if !option.isMarked, matches {
                let (code, message) = disagreement(Codes.quizCorrectDistractor, "unmarked option \(number.text) equals check value \(shown) (tolerance \(tolerance))")
                diagnostics.append(.error(
                    code, message + "; a distractor must be wrong, or mark it '[x]'",
                    at: option.textRange, notes: [origin]
                ))
            }
        }
    }

    /// Options showing the same number: a reader could not tell them apart, and one of them
    /// would be both right and wrong. Compared exactly, as the reader sees them.
    private func duplicateOptions(_ quiz: Quiz, interpreter: Interpreter) -> [Diagnostic] {
        var scratch: [Diagnostic] = []
        let numbers = quiz.options.map { optionNumber($0, interpreter: interpreter, diagnostics: &scratch) }
        var diagnostics: [Diagnostic] = []
        for later in numbers.indices {
            guard let number = numbers[later],
                  let earlier = numbers[..<later].firstIndex(where: { $0.map { Self.agree($0.value, number.value, tolerance: 0) } ?? false }) else { continue }
            let (code, message) = disagreement(Codes.quizDuplicateOption, "options \(earlier + 1) and \(later + 1) both show \(number.text)")
            diagnostics.append(.error(code, message + "; every option must differ from the others",
                                      at: quiz.options[later].textRange,
                                      notes: [DiagnosticNote("option \(earlier + 1) is here", range: quiz.options[earlier].textRange)]))
        }
        return diagnostics
    }

    /// The number an option shows the reader: written, or computed and formatted (then read back,
    /// so its tolerance is implied by the digits the reader sees).
    private func optionNumber(_ option: QuizOption, interpreter: Interpreter, diagnostics: inout [Diagnostic]) -> QuizNumber? {
        switch option.value {
        case nil:
            return nil
        case .written(let number)?:
            return number
        case .computed(let source)?:
            switch InlineValueEvaluator.evaluate(inner: source.inner, map: source.map, interpreter: interpreter) {
            case .failure:
                // Reported where the option's text was checked.
                return nil
            case .success(let result):
                guard case .number = result.value, let number = QuizNumber(result.text) else {
                    diagnostics.append(.error(
                        Codes.quizCheckType,
                        "option value must be a number, not \(result.value.kindDescription) (\(result.text))",
                        at: source.range
                    ))
                    return nil
                }
                return number
            }
        }
    }

    /// |a − b| ≤ tolerance, with four ulps of slack for values written exactly on the boundary.
    static func agree(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        guard a.isFinite, b.isFinite else { return a == b }
        let slack = 4 * max(a.magnitude, b.magnitude).ulp
        return (a - b).magnitude <= tolerance + slack
    }
}
