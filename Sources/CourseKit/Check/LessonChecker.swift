import Calc
import Diagnostics
import LecternMarkdown
import TeXMath

/// The Check pass for one document (a lesson body, a glossary definition, an FAQ answer): walks
/// the tree in document order with one Calc interpreter and returns the tree with every leaf's
/// results in it, reporting what is wrong.
///
/// Bindings made by a worked example are visible to everything after it; inline values only
/// read; a quiz's `check:` runs in a copy, so its bindings do not leak.
package struct LessonChecker: TreeRewriter {
    package typealias From = ParsedStage
    package typealias To = CheckedStage

    /// Whether quizzes without `check:` are errors (`--strict`).
    package let strict: Bool
    /// The glossary `[[…]]` links resolve against.
    package let glossary: Glossary
    /// The lesson's bindings so far.
    package private(set) var interpreter = Interpreter()
    /// Problems found so far.
    package private(set) var diagnostics: [Diagnostic] = []
    /// The quizzes met so far, in reading order.
    package private(set) var quizzes: [CheckedQuiz] = []
    /// Quiz outcomes so far.
    package private(set) var quizCounts = QuizCounts()
    /// Worked examples run so far, and how many failed.
    package private(set) var exampleCounts = ExampleCounts()
    /// The glossary entries linked so far, by slug.
    package private(set) var termsUsed: Set<String> = []
    /// Where the first link to each term starts, by slug: the link whose tooltip carries the
    /// definition on the lesson page (later links refer to it).
    package private(set) var firstTermLinks: [String: SourceLocation] = [:]
    /// Conversions already made in this run of the Check pass; nil converts every formula.
    package var mathMemo: MathMemo?
    /// SVG ids given to plots so far: ids come from the content, the same plot twice gets a suffix.
    private var plotIDs: Set<String> = []

    /// Creates a checker for one document, starting from `interpreter`'s bindings.
    package init(glossary: Glossary, strict: Bool, interpreter: Interpreter = Interpreter()) {
        self.glossary = glossary
        self.strict = strict
        self.interpreter = interpreter
    }

    /// Checks `document` with this checker's bindings and counts.
    package mutating func check(_ document: ParsedDocument) -> CheckedDocument {
        document.rewritten(by: &self)
    }

    package mutating func math(_ node: MathNode) -> CheckedMath {
        var source = (tex: node.tex, map: node.map)
        if let substituted = MathValueSubstitution.substitute(node, interpreter: &interpreter) {
            diagnostics += substituted.diagnostics
            source = (substituted.tex, substituted.map)
        }
        let converted = mathMemo?.convert(source.tex, display: node.display) ?? TeXMath.convert(source.tex, display: node.display)
        diagnostics += converted.errors.map { $0.diagnostic(in: source.map) }
        // The maps served the diagnostics just made; nothing after the check reads them, and a
        // map per formula kept to the end of the build is megabytes at 10,000 lessons. Only
        // the map of TeX with values substituted stays, as it is the one record of where they went.
        var kept = node
        kept.map = Self.noMap
        let substituted = source.tex != node.tex
        return CheckedMath(node: kept, tex: source.tex, map: substituted ? source.map : Self.noMap,
                           mathML: converted.errors.isEmpty ? converted.mathML : nil)
    }

    /// The map a checked formula keeps when it needs none: no segments, so no allocation.
    private static let noMap = SnippetMap(snippet: "", segments: [])

    package mutating func value(_ node: InlineValueNode) -> CheckedValue {
        switch InlineValueEvaluator.evaluate(inner: node.inner, map: node.map, charging: &interpreter) {
        case .success(let result):
            return CheckedValue(node: node, text: result.text)
        case .failure(let failure):
            diagnostics.append(failure.diagnostic)
            return CheckedValue(node: node, text: nil)
        }
    }

    package mutating func glossaryLink(_ node: GlossaryLinkNode) -> CheckedLink {
        guard let entry = glossary.entry(for: node.target) else {
            diagnostics.append(glossary.unknownTerm(node.target, at: node.range))
            return CheckedLink(node: node, slug: nil)
        }
        termsUsed.insert(entry.slug)
        if firstTermLinks[entry.slug] == nil { firstTermLinks[entry.slug] = node.range.start }
        return CheckedLink(node: node, slug: entry.slug)
    }

    package mutating func fence(_ node: LecternBlock) -> CheckedBlock {
        switch node {
        case .quiz(let quiz): .quiz(check(quiz))
        case .example(let example): .example(run(example))
        case .plot(let plot): .plot(draw(plot))
        case .invalid(let fence): invalid(fence)
        }
    }

    /// A fence whose body did not parse (reported by the Parse pass); a quiz counts as failed.
    private mutating func invalid(_ fence: FenceNode) -> CheckedBlock {
        if fence.word == LecternBlockKind.quiz.rawValue { quizCounts.count(.failed) }
        return .invalid(fence)
    }

    private mutating func check(_ node: QuizNode) -> CheckedQuiz {
        var variantChecker = QuizVariantChecker(glossary: glossary, strict: strict)
        variantChecker.mathMemo = mathMemo
        let outcome = variantChecker.check(node, position: quizzes.count, interpreter: &interpreter)
        diagnostics += outcome.diagnostics
        termsUsed.formUnion(outcome.termsUsed)
        quizCounts.count(outcome.quiz.status)
        quizCounts.variants += outcome.quiz.variants.count
        quizzes.append(outcome.quiz)
        return outcome.quiz
    }

    private mutating func run(_ node: ExampleNode) -> CheckedExample {
        let outcome = node.example.run(in: &interpreter, bodyMap: node.bodyMap)
        diagnostics += outcome.diagnostics
        exampleCounts.run += 1
        if !outcome.passed { exampleCounts.failed += 1 }
        return CheckedExample(example: node.example, outcome: outcome, range: node.range)
    }

    private mutating func draw(_ node: PlotNode) -> CheckedPlot {
        let chart = PlotChart.sample(node, compile: CalcSeries().compile)
        diagnostics += chart.diagnostics
        var id = node.spec?.contentID ?? ""
        if let base = node.spec?.contentID {
            var suffix = 2
            while plotIDs.contains(id) { id = base + "-\(suffix)"; suffix += 1 }
            plotIDs.insert(id)
        }
        return CheckedPlot(spec: node.spec, sampled: chart.plot, id: id, range: node.range)
    }
}

/// Quiz counts for the `lectern check` summary.
package struct QuizCounts: Sendable, Hashable {
    /// Quizzes whose key the check proved.
    package var verified = 0
    /// Choice quizzes whose boolean `check:` holds but cannot tell which option is marked.
    package var claimed = 0
    /// Quizzes without `check:`.
    package var unverified = 0
    /// Quizzes that are malformed or whose check failed.
    package var failed = 0
    /// Variants of parameterised quizzes checked (each proven like a quiz of its own).
    package var variants = 0

    /// Counts as given.
    package init(verified: Int = 0, claimed: Int = 0, unverified: Int = 0, failed: Int = 0, variants: Int = 0) {
        self.verified = verified
        self.claimed = claimed
        self.unverified = unverified
        self.failed = failed
        self.variants = variants
    }

    /// All quizzes counted.
    package var total: Int { verified + claimed + unverified + failed }

    /// Counts one more quiz of `status`.
    package mutating func count(_ status: QuizStatus) {
        switch status {
        case .verified: verified += 1
        case .claimed: claimed += 1
        case .unverified: unverified += 1
        case .failed: failed += 1
        }
    }

    /// The counts of two lessons together.
    package static func + (lhs: QuizCounts, rhs: QuizCounts) -> QuizCounts {
        QuizCounts(verified: lhs.verified + rhs.verified, claimed: lhs.claimed + rhs.claimed,
                   unverified: lhs.unverified + rhs.unverified, failed: lhs.failed + rhs.failed, variants: lhs.variants + rhs.variants)
    }
}

/// Worked example counts for the `lectern check` summary.
package struct ExampleCounts: Sendable, Hashable {
    /// Examples run.
    package var run = 0
    /// Examples with a mismatch or an error.
    package var failed = 0

    /// The counts of two lessons together.
    package static func + (lhs: ExampleCounts, rhs: ExampleCounts) -> ExampleCounts {
        ExampleCounts(run: lhs.run + rhs.run, failed: lhs.failed + rhs.failed)
    }
}
