import Calc
import Diagnostics
import TeXMath

/// Runs everything a lesson computes, in document order, with one interpreter per lesson:
/// inline values (prose, headings, tables, inside math), worked examples and quizzes.
///
/// Bindings made by a worked example are visible to everything after it; inline values only
/// read; a quiz's `check:` runs in a copy so that its bindings do not leak.
package struct LessonCalcRunner: Sendable {
    /// One construct that computes, as the walk over a document finds it.
    package enum Item: Sendable {
        case math(MathNode)
        case value(InlineValueNode)
        case fence(FenceNode)
    }

    /// Whether quizzes without `check:` are errors.
    package var strict: Bool

    /// Creates a runner; `strict` makes quizzes without `check:` errors.
    package init(strict: Bool = false) {
        self.strict = strict
    }

    /// Runs the items of one lesson; `items(of:)` lists the constructs of a quiz text's document.
    package func run(_ items: [Item], items itemsOf: (MarkdownDocument) -> [Item]) -> (CalcResults, QuizCounts, [Diagnostic]) {
        var interpreter = Interpreter()
        var results = CalcResults()
        var counts = QuizCounts()
        var diagnostics: [Diagnostic] = []
        for item in items {
            switch item {
            case .value(let node):
                evaluate(node, interpreter: interpreter, results: &results, diagnostics: &diagnostics)
            case .math(let node):
                substitute(node, interpreter: interpreter, results: &results, diagnostics: &diagnostics)
            case .fence(let fence) where fence.kind == .example:
                let example = WorkedExample(body: fence.body)
                let outcome = example.run(in: &interpreter, bodyMap: fence.bodyMap)
                diagnostics.append(contentsOf: outcome.diagnostics)
                results.exampleCount += 1
                if !outcome.passed { results.failedExampleCount += 1 }
                results.examples[fence.range] = CheckedExample(example: example, outcome: outcome)
            case .fence(let fence) where fence.kind == .quiz:
                let (parsed, problems) = QuizParser().parse(body: fence.body, bodyMap: fence.bodyMap, fenceRange: fence.range)
                diagnostics.append(contentsOf: problems)
                guard let quiz = parsed else {
                    counts.failed += 1
                    continue
                }
                let (documents, markdownProblems) = QuizDocuments.parse(quiz)
                var textDiagnostics = markdownProblems
                for document in documents.all {
                    var local: [Diagnostic] = []
                    for inner in itemsOf(document.document) {
                        switch inner {
                        case .value(let node): evaluate(node, interpreter: interpreter, results: &results, diagnostics: &local)
                        case .math(let node):
                            substitute(node, interpreter: interpreter, results: &results, diagnostics: &local)
                            convert(node, results: &results, diagnostics: &local)
                        case .fence: break
                        }
                    }
                    textDiagnostics.append(contentsOf: local.map(document.remap))
                }
                var (checked, checkProblems) = QuizChecker(strict: strict).check(quiz, interpreter: interpreter, reportTextErrors: false)
                checked.documents = documents
                if !textDiagnostics.isEmpty, checked.status == .verified { checked.status = .failed }
                diagnostics.append(contentsOf: textDiagnostics + checkProblems)
                switch checked.status {
                case .verified: counts.verified += 1
                case .unverified: counts.unverified += 1
                case .failed: counts.failed += 1
                }
                results.quizzes.append(checked)
            case .fence:
                break
            }
        }
        return (results, counts, diagnostics)
    }

    private func evaluate(_ node: InlineValueNode, interpreter: Interpreter, results: inout CalcResults, diagnostics: inout [Diagnostic]) {
        let inner = node.expression + (node.format.map { " :" + $0 } ?? "")
        // The node's map covers the trimmed expression; the format, if any, is past its end.
        switch InlineValueEvaluator.evaluate(inner: inner, map: node.map, interpreter: interpreter) {
        case .success(let result): results.values[node.range] = result.text
        case .failure(let failure):
            var diagnostic = failure.diagnostic
            if diagnostic.code == "calc.bad-format" { diagnostic.range = node.range }
            diagnostics.append(diagnostic)
        }
    }

    /// Converts math inside a quiz text (the lesson's own math is converted by the math check).
    private func convert(_ node: MathNode, results: inout CalcResults, diagnostics: inout [Diagnostic]) {
        let source = results.mathSources[node.range] ?? (node.tex, node.map)
        let converted = TeXMath.convert(source.tex, display: node.display)
        diagnostics.append(contentsOf: converted.errors.map { $0.diagnostic(in: source.map) })
        if converted.errors.isEmpty, let mathML = converted.mathML { results.mathML[node.range] = mathML }
    }

    private func substitute(_ node: MathNode, interpreter: Interpreter, results: inout CalcResults, diagnostics: inout [Diagnostic]) {
        guard let substituted = MathValueSubstitution.substitute(node, interpreter: interpreter) else { return }
        diagnostics.append(contentsOf: substituted.diagnostics)
        results.mathSources[node.range] = (substituted.tex, substituted.map)
    }
}
