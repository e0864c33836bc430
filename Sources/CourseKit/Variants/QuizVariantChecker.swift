import Calc
import Diagnostics
import LecternMarkdown

/// Proves a quiz once per variant: its texts are checked (values and math filled in with the
/// variant's parameters), a computed `answer:` is evaluated and read back as the reader sees it,
/// and `QuizChecker` proves every rule, as for a plain quiz, which is one variant with no parameters.
///
/// Only the first `reportedVariants` failing variants are reported, so a wrong formula does not
/// print a thousand lines; the last report says how many more failed.
package struct QuizVariantChecker: Sendable {
    /// Failing variants reported per quiz.
    package static let reportedVariants = 3

    /// The glossary the texts' links resolve against.
    package var glossary: Glossary
    /// Whether quizzes without `check:` are errors.
    package var strict: Bool
    /// The Check pass's conversions so far, shared with the texts' checkers.
    package var mathMemo: MathMemo? = nil

    /// What checking one quiz gave.
    package struct Outcome: Sendable {
        /// The quiz with its status, texts and variants.
        package var quiz: CheckedQuiz
        /// Its problems.
        package var diagnostics: [Diagnostic]
        /// The glossary entries its texts link.
        package var termsUsed: Set<String>
    }

    /// Creates a checker.
    package init(glossary: Glossary, strict: Bool) {
        self.glossary = glossary
        self.strict = strict
    }

    /// Checks `node`, the `position`-th quiz (0-based) of its lesson, with the lesson's bindings
    /// in `interpreter`, whose budget pays for every variant.
    package func check(_ node: QuizNode, position: Int, interpreter: inout Interpreter) -> Outcome {
        guard let parameters = node.quiz.parameters else {
            let one = prove(node, bindings: nil, interpreter: &interpreter)
            return Outcome(quiz: CheckedQuiz(quiz: one.variant.quiz, status: one.variant.status, texts: one.variant.texts),
                           diagnostics: one.diagnostics, termsUsed: one.termsUsed)
        }
        let (draws, drawProblems) = ParameterDraw.read(parameters.statements, interpreter: &interpreter)
        var diagnostics = drawProblems
        var plan: [QuizVariantBindings] = []
        if let draws {
            // The lesson's path and the quiz's place: stable across builds and machines, never the time.
            let seed = StableHash.fnv1a("\(node.quiz.range.start.file)#quiz-\(position)", as: UInt64.self)
            let (variants, problems) = VariantPlanner.plan(parameters, draws: draws, seed: seed, interpreter: &interpreter)
            plan = variants
            diagnostics += problems
        }
        guard !plan.isEmpty else {
            // The page still needs the texts; their problems would only repeat that the parameters are missing.
            var scratch = interpreter
            let texts = prove(node, bindings: nil, interpreter: &scratch).variant.texts
            return Outcome(quiz: CheckedQuiz(quiz: node.quiz, status: .failed, texts: texts), diagnostics: diagnostics, termsUsed: [])
        }
        var variants: [CheckedQuizVariant] = []
        var termsUsed: Set<String> = []
        var seen: Set<String> = []
        var failing = 0
        var lastReported: Int?
        for bindings in plan {
            let one = prove(node, bindings: bindings, interpreter: &interpreter)
            variants.append(one.variant)
            termsUsed.formUnion(one.termsUsed)
            let failed = one.variant.status == .failed
            if failed { failing += 1 }
            guard !failed || failing <= Self.reportedVariants else { continue }
            for diagnostic in one.diagnostics {
                // The same problem in every variant (a warning, a check that ends in an assignment) is reported once.
                let key = "\(diagnostic.code)|\(diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "")|\(diagnostic.message)"
                guard seen.insert(key).inserted else { continue }
                diagnostics.append(diagnostic)
                if diagnostic.severity == .error { lastReported = diagnostics.count - 1 }
            }
            // A spent budget refuses every later variant; its error is reported once.
            if interpreter.budget.exhausted != nil { break }
        }
        if failing > Self.reportedVariants, let last = lastReported {
            diagnostics[last].notes.append(DiagnosticNote(
                "\(failing - Self.reportedVariants) more of the \(variants.count) variants fail; the first \(Self.reportedVariants) are reported"))
        }
        let status: QuizStatus = failing > 0 || variants.count < plan.count ? .failed
            : variants.allSatisfy { $0.status == .verified } ? .verified
            : variants.allSatisfy { $0.status == .verified || $0.status == .claimed } ? .claimed : .unverified
        let first = variants[0]
        return Outcome(quiz: CheckedQuiz(quiz: first.quiz, status: status, texts: first.texts, variants: variants),
                       diagnostics: diagnostics, termsUsed: termsUsed)
    }

    /// One variant (or a plain quiz when `bindings` is nil) proven.
    private func prove(_ node: QuizNode, bindings: QuizVariantBindings?, interpreter: inout Interpreter)
        -> (variant: CheckedQuizVariant, diagnostics: [Diagnostic], termsUsed: Set<String>) {
        var bound = interpreter
        for parameter in bindings?.values ?? [] { bound.bind(parameter.name, to: parameter.value) }
        var textChecker = LessonChecker(glossary: glossary, strict: strict, interpreter: bound)
        textChecker.mathMemo = mathMemo
        let texts = node.texts.rewritten(by: &textChecker)
        var diagnostics = textChecker.diagnostics
        var run = textChecker.interpreter
        var quiz = node.quiz
        if case .computed(let source)? = quiz.answer?.value {
            switch InlineValueEvaluator.evaluate(inner: source.inner, map: source.map, charging: &run) {
            case .failure(let failure):
                diagnostics.append(failure.diagnostic)
            case .success(let result):
                if case .number = result.value, let number = QuizNumber(result.text) {
                    quiz.answer?.value = .number(number)
                } else {
                    diagnostics.append(.error(Codes.quizBadAnswer,
                                              "a computed answer must be a number, not \(result.value.kindDescription) (\(result.text))",
                                              at: source.range))
                }
            }
        }
        let textsFailed = diagnostics.contains { $0.severity == .error }
        var (status, problems) = QuizChecker(strict: strict, variant: bindings).check(quiz, interpreter: &run)
        if textsFailed, status == .verified || status == .claimed { status = .failed }
        interpreter.budget = run.budget
        // Problems that do not name the variant (a Calc error in the check, a value that fails) say which one it was.
        diagnostics += problems
        if let bindings {
            diagnostics = diagnostics.map { diagnostic in
                guard !diagnostic.message.contains(" for " + bindings.label) else { return diagnostic }
                var located = diagnostic
                located.notes.append(DiagnosticNote("in the variant \(bindings.label)"))
                return located
            }
        }
        return (CheckedQuizVariant(bindings: bindings ?? QuizVariantBindings(values: []), quiz: quiz, status: status, texts: texts),
                diagnostics, textChecker.termsUsed)
    }
}
