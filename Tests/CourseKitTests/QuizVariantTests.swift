import Calc
import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// Parameterised quizzes: which variants are proven, that each is proven by the plain quiz's
/// rules, and that failures name the variant at the author's line and column.
@Suite struct QuizVariantTests {
    /// A lesson holding one quiz whose body is `body` (the fence opens on line 1, so the body's
    /// first line is line 2).
    static func lesson(_ body: String) -> String { "```quiz\n\(body)\n```\n" }

    static func labels(_ quiz: CheckedQuiz) -> [String] { quiz.variants.map(\.bindings.label) }

    // MARK: which variants

    @Test func theIssuesExampleHasThreeWeightsTimesSixNonZeroInputs() throws {
        let (run, counts, diagnostics) = runLesson(Self.lesson("""
            What is $\\mathrm{ReLU}(w x)$ for $w = {= w}$ and $x = {= x}$?

            params: w = choice([0.5, 1, 2]); x = randint(-3, 3)
            constraint: x != 0
            answer: {= relu(w * x)}
            check: relu(w * x)
            > ReLU keeps $w x = {= w * x}$ when it is positive and gives 0 otherwise.
            """))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let quiz = try #require(run.quizzes.first)
        // 3 weights × 7 integers from -3 to 3, less the 3 with x = 0.
        #expect(quiz.variants.count == 18)
        #expect(counts.variants == 18 && counts.verified == 1)
        // Product order: the last parameter changes fastest.
        #expect(Array(Self.labels(quiz).prefix(4)) == ["w = 0.5, x = -3", "w = 0.5, x = -2", "w = 0.5, x = -1", "w = 0.5, x = 1"])
        #expect(Self.labels(quiz).last == "w = 2, x = 3")
        // Each variant carries its own key, read back from the formatted answer: relu(2 * 3) = 6.
        #expect(quiz.variants.last?.quiz.answer?.value == .number(try #require(QuizNumber("6"))))
        #expect(quiz.variants.first?.quiz.answer?.value == .number(try #require(QuizNumber("0"))))
        // The first variant is what a page without the script shows.
        #expect(quiz.quiz.answer?.value == quiz.variants[0].quiz.answer?.value)
    }

    @Test(arguments: [
        ("a = randint(1, 4); b = randint(1, 4)", "a < b", 6),  // pairs from {1..4} with a < b: C(4, 2)
        ("a = randint(1, 4); b = randint(1, 4)", "a != b", 12),
        ("p = uniform(0, 1, 0.25)", "p >= 0", 5),  // 0, 0.25, 0.5, 0.75, 1
        ("p = uniform(0, 1, 0.1)", "p > 0.45", 6),  // 0.5 … 1.0
        ("s = choice([1, 2, 3]); t = choice([True, False])", "t or s == 2", 4),  // (1,T) (2,T) (2,F) (3,T)
    ])
    func constraintsKeepTheCombinationsCountedByHand(params: String, constraint: String, expected: Int) throws {
        let (run, _, diagnostics) = runLesson(Self.lesson("Q {= 1}?\n\nparams: \(params)\nconstraint: \(constraint)\nanswer: 1\ncheck: 1"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try #require(run.quizzes.first).variants.count == expected)
    }

    @Test func uniformValuesAreRoundedToTheDigitsOfStartAndStep() throws {
        let (run, _, _) = runLesson(Self.lesson("Q {= p}?\n\nparams: p = uniform(0, 1, 0.1)\nanswer: {= p}\ncheck: p"))
        let quiz = try #require(run.quizzes.first)
        #expect(Self.labels(quiz) == (0...10).map { "p = \($0 == 0 ? "0" : $0 == 10 ? "1" : "0.\($0)")" })
    }

    @Test func moreThanAThousandKeptCombinationsAreSampledDeterministically() throws {
        let body = "Q {= a}?\n\nparams: a = randint(0, 99); b = randint(0, 99)\nvariants: 25\nanswer: {= a + b}\ncheck: a + b"
        let first = try #require(runLesson(Self.lesson(body)).0.quizzes.first)
        let second = try #require(runLesson(Self.lesson(body)).0.quizzes.first)
        // 10,000 combinations, listed and sampled: `variants:` of them, the same in every build.
        #expect(first.variants.count == 25)
        #expect(Self.labels(first) == Self.labels(second))
        #expect(Set(Self.labels(first)).count == 25)
        // The default sample is 200.
        let defaulted = try #require(runLesson(Self.lesson(body.replacingOccurrences(of: "variants: 25\n", with: ""))).0.quizzes.first)
        #expect(defaulted.variants.count == 200)
        // The seed is the lesson's path and the quiz's position: another file draws another sample.
        let elsewhere = try #require(runLesson(Self.lesson(body), file: "other.md").0.quizzes.first)
        #expect(Self.labels(elsewhere) != Self.labels(first))
    }

    @Test func aCombinatorialBombIsSampledWithoutListingTheProduct() throws {
        let draws = (0..<10).map { "p\($0) = randint(0, 1000)" }.joined(separator: "; ")
        let body = "Q {= p0}?\n\nparams: \(draws)\nconstraint: p0 != p1\nanswer: {= p0 + p1}\ncheck: p0 + p1"
        let clock = ContinuousClock()
        let start = clock.now
        let (run, _, diagnostics) = runLesson(Self.lesson(body))
        let elapsed = clock.now - start
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try #require(run.quizzes.first).variants.count == 200)
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }

    // MARK: proof of every variant

    @Test func aKeyWrongOnlyAtZeroIsReportedAtTheAnswerNamingThatVariant() throws {
        // Right for every x but 0, where the guard against dividing by zero gives 6.
        let (run, counts, diagnostics) = runLesson(Self.lesson("""
            What is $6 x / x^2$ for $x = {= x}$?

            params: x = randint(-3, 3)
            answer: {= 6 / (x + (x == 0))}
            check: 6 * x / (x * x + (x == 0))
            """))
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.where_) == ["quiz.variant-wrong-key@5:9"])
        #expect(errors.first?.message == "answer 6 differs from check value 0 for x = 0")
        #expect(counts.failed == 1 && counts.variants == 7)
        #expect(try #require(run.quizzes.first).variants.filter { $0.status == .failed }.map(\.bindings.label) == ["x = 0"])
    }

    @Test func aDistractorThatMeetsTheKeyInOneVariantIsNamed() throws {
        let (_, _, diagnostics) = runLesson(Self.lesson("""
            Which number is $\\sigma({= z})$ to two decimals?

            - [x] {= sigmoid(z) :.2f}
            - [ ] {= 1 - sigmoid(z) :.2f}
            - [ ] {= tanh(z) :.2f}

            params: z = uniform(-1, 1, 0.5)
            check: sigmoid(z)
            """))
        // At z = 0, 1 − σ(0) = σ(0) = 0.5: the distractor is right there (and equals the key,
        // which needs no second report).
        #expect(diagnostics.map(\.where_) == ["quiz.variant-correct-distractor@5:7"])
        #expect(diagnostics.first?.message.hasPrefix("unmarked option 0.50 equals check value 0.5 (tolerance 0.005) for z = 0") == true)
    }

    @Test func twoDistractorsThatCoincideInOneVariantAreNamed() throws {
        let (_, counts, diagnostics) = runLesson(Self.lesson("""
            What is $1 + z^2$ for $z = {= z}$?

            - [x] {= 1 + z * z :.1f}
            - [ ] {= z :.1f}
            - [ ] {= -z :.1f}

            params: z = randint(-1, 1)
            check: 1 + z ** 2
            """))
        // Only at z = 0 do the distractors meet: 0.0 and -0.0 show the same number.
        #expect(diagnostics.map(\.where_) == ["quiz.variant-duplicate-option@6:7"])
        #expect(diagnostics.first?.message == "options 2 and 3 both show -0.0 for z = 0; every option must differ from the others")
        #expect(counts.failed == 1)
    }

    @Test func aFormulaWrongEverywhereReportsThreeVariantsAndCountsTheRest() throws {
        let (_, _, diagnostics) = runLesson(Self.lesson("Q {= x}?\n\nparams: x = randint(1, 10)\nanswer: {= x + 1}\ncheck: x"))
        #expect(diagnostics.count == QuizVariantChecker.reportedVariants)
        #expect(diagnostics.allSatisfy { $0.code == Codes.quizVariantWrongKey })
        #expect(diagnostics.last?.notes.contains { $0.message == "7 more of the 10 variants fail; the first 3 are reported" } == true)
    }

    @Test func aTrueFalseClaimIsProvenForEveryVariant() throws {
        let (_, _, diagnostics) = runLesson(Self.lesson("Is relu({= x}) equal to {= x}?\n\nparams: x = randint(-1, 2)\nanswer: true\ncheck: relu(x) == x"))
        #expect(diagnostics.map(\.where_) == ["quiz.variant-wrong-key@5:9"])
        #expect(diagnostics.first?.message == "answer true disagrees with the check, which is false for x = -1")
    }

    @Test func valuesInsideMathAndProseUseEachVariantsParameters() throws {
        let (run, _, _) = runLesson(Self.lesson("For $w = {= w}$, what is {= w} doubled?\n\nparams: w = choice([3, 4])\nanswer: {= 2 * w}\ncheck: 2 * w"))
        let quiz = try #require(run.quizzes.first)
        let tex = quiz.variants.map { variant -> String in
            guard case .paragraph(let paragraph)? = variant.texts.question.blocks.first else { return "" }
            for inline in paragraph.inlines { if case .math(let math) = inline { return math.tex } }
            return ""
        }
        #expect(tex == ["w = 3", "w = 4"])
    }

    // MARK: mistakes in the fields

    @Test(arguments: [
        ("params: w = choise([1, 2])", "quiz.param-unknown-draw@4:13"),
        ("params: w = choice([])", "quiz.param-bad-range@4:13"),
        ("params: w = randint(3, 1)", "quiz.param-bad-range@4:13"),
        ("params: w = uniform(0, 1, 0)", "quiz.param-bad-range@4:13"),
        ("params: w = uniform(0, 1, -0.5)", "quiz.param-bad-range@4:13"),
        ("params: w = 3", "quiz.param-syntax@4:13"),
        ("params: randint(1, 3)", "quiz.param-syntax@4:9"),
        ("params: w = randint(1, 3); v = randint(w, 4)", "quiz.param-depends@4:40"),
        ("params: w = randint(1, 3)\nconstraint: w > 3", "quiz.constraint-never-true@5:13"),
        ("params: w = randint(1, 3)\nconstraint: w + 1", "quiz.constraint-not-boolean@5:13"),
        ("params: w = randint(1, 3)\nvariants: 0", "quiz.bad-variants@5:11"),
        ("params: w = randint(1, 3)\nvariants: 1001", "quiz.bad-variants@5:11"),
        ("constraint: w > 1", "quiz.param-syntax@4:1"),
        ("params: w = randint(1, 3", "quiz.param-syntax@4:20"),
    ])
    func badParametersAreReportedWhereTheyAreWritten(fields: String, expected: String) throws {
        let (_, counts, diagnostics) = runLesson(Self.lesson("Q {= 1}?\n\n\(fields)\nanswer: 1\ncheck: 1"))
        #expect(diagnostics.map(\.where_) == [expected], "\(diagnostics.map(\.message))")
        #expect(counts.verified == 0)
    }

    // MARK: exports

    static func fixture() throws -> CheckedCourse {
        let outcome = try CoursePipeline(contentDirectory: Repository.fixture("variant-course"), templatesDirectory: Repository.templates).check()
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        return try #require(outcome.course)
    }

    @Test func exportsGiveTheFirstVariantOrUpToNEachWithItsProvenKey() throws {
        let course = try Self.fixture()
        let quizzes = course.lessons[0].quizzes
        #expect(quizzes.map(\.variants.count) == [18, 4, 4])
        #expect(ExportItem.all(in: course).count == 3)
        let items = ExportItem.all(in: course, variants: 5)
        // 5 of the 18 ReLU variants, all 4 of the two others.
        #expect(items.count == 13)
        #expect(items.prefix(5).map(\.id) == (1...5).map { quizzes[0].quiz.id + "-v0\($0)" })
        let relu = quizzes[0].variants(upTo: 5)
        #expect(relu.first?.bindings.label == "w = 0.5, x = -3")
        for (item, variant) in zip(items.prefix(5), relu) {
            guard case .number(let w)? = variant.bindings.values.first?.value, case .number(let x)? = variant.bindings.values.last?.value else {
                Issue.record("non-numeric parameters in \(variant.bindings.label)")
                continue
            }
            #expect(item.number == max(w * x, 0), "\(variant.bindings.label)")
        }
        // The same five in every export.
        #expect(ExportItem.all(in: course, variants: 5).map(\.number) == items.map(\.number))
        let files = QTIPackage.files(for: items, course: course.config.title)
        #expect(files.count == 14)
        #expect(try LMSExportTests.invalidItems(Array(files.dropFirst())) == [])
    }

    @Test func thePageCarriesEveryVariantForTheScriptAndShowsTheFirst() throws {
        var pipeline = CoursePipeline(contentDirectory: Repository.fixture("variant-course"), templatesDirectory: Repository.templates)
        pipeline.checks = CheckPass()
        let html = String(decoding: try #require(try pipeline.run().site?.files["lessons/relu.html"]), as: UTF8.self)
        let form = try QuizRenderingTests.form(html, 0)
        let json = try #require(form.components(separatedBy: "<script type=\"application/json\" class=\"quiz-variants\">").last?
            .components(separatedBy: "</script>").first)
        #expect(!json.contains("<"))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 18)
        #expect(entries.map { $0["key"] as? String } == (try Self.fixture()).lessons[0].quizzes[0].variants.map { variant in
            guard case .number(let number)? = variant.quiz.answer?.value else { return nil }
            return "\(Value.number(number.value))"
        })
        // The form shows the first variant (w = 0.5, x = -3) and offers another.
        #expect(form.contains("data-key=\"0\""))
        #expect(form.contains("<mn>0.5</mn>") && form.contains("<mn>3</mn>"))
        #expect(form.contains("class=\"quiz-another\""))
        // A plain quiz has neither.
        let plain = try QuizRenderingTests.form(String(decoding: try #require(try QuizRenderingTests.build().site?.files["lessons/kinds.html"]), as: UTF8.self), 0)
        #expect(!plain.contains("quiz-variants") && !plain.contains("quiz-another"))
    }

    @Test func aPageCarriesAtMostThirtyVariantsStartingWithTheFirst() throws {
        // 41 inputs, all proven; the page gets the first and 29 of the others.
        let body = "Q {= x}?\n\nparams: x = randint(-20, 20)\nanswer: {= 2 * x}\ncheck: 2 * x"
        let quiz = try #require(runLesson(Self.lesson(body)).0.quizzes.first)
        #expect(quiz.variants.count == 41)
        let view = QuizRenderer.view(of: quiz, number: 1, count: 1) { _ in "" }
        let json = try #require(view.variants?.markup)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 30)
        #expect(entries.first?["key"] as? String == "-40")
        #expect(Set(entries.compactMap { $0["key"] as? String }).count == 30)
    }

    @Test func theSummaryCountsVariantsWithThousandsSeparated() throws {
        #expect(CheckedCourse.grouped(1912) == "1,912")
        #expect(CheckedCourse.grouped(999) == "999")
        #expect(CheckedCourse.grouped(1_000_000) == "1,000,000")
        let outcome = try CoursePipeline(contentDirectory: Repository.fixture("variant-course"), templatesDirectory: Repository.templates).check()
        #expect(outcome.reportLines.first == "quizzes: 3 checked, 26 variants, 0 claims, 0 unverified, 0 failed")
    }
}
