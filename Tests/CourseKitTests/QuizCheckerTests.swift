import Calc
import Diagnostics
import Testing
@testable import CourseKit
@testable import CourseSite

/// Parses and checks the first quiz of `lesson` as the Check pass does (texts and key), after
/// running `setup` in the lesson's interpreter.
private func checkQuiz(_ lesson: String, setup: String = "", strict: Bool = false) throws -> (CheckedQuiz, [Diagnostic]) {
    let (document, parseDiagnostics) = ParsePass.document(SourceText(file: "lesson.md", text: lesson), allowHTML: false)
    #expect(parseDiagnostics.isEmpty, "parse: \(parseDiagnostics.map(\.where_))")
    let quizzes = document.blocks.compactMap { block -> QuizNode? in
        if case .fence(.quiz(let node)) = block { return node }
        return nil
    }
    guard let node = quizzes.first else { throw QuizMissing() }
    var interpreter = Interpreter()
    if !setup.isEmpty { _ = interpreter.run(setup) }
    var checker = LessonChecker(glossary: Glossary(entries: []), strict: strict, interpreter: interpreter)
    guard case .quiz(let checked) = checker.fence(.quiz(node)) else { throw QuizMissing() }
    return (checked, checker.diagnostics)
}

private struct QuizMissing: Error {}

extension CheckedQuiz {
    /// The question as plain text, values filled in.
    var question: String { SearchText.of(texts.question.blocks) }
    /// Each option as plain text.
    var options: [String] { texts.options.map { SearchText.of($0.blocks) } }
    /// The explanation as plain text.
    var explanation: String? { texts.explanation.map { SearchText.of($0.blocks) } }
}

@Suite("QuizChecker")
struct QuizCheckerTests {
    @Test func deepNetworkWithoutActivationsIsOneDenseLayer() throws {
        let (checked, diagnostics) = try checkQuiz(QuizParserTests.designExample)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        // Its check is a boolean claim: proven, but it cannot tell which option is marked.
        #expect(checked.status == .claimed)
    }

    @Test func aBooleanClaimIsCountedApartFromAProvenKey() throws {
        let claim = "```quiz\nIs relu(-1) zero?\n- [x] yes\n- [ ] no\ncheck: relu(-1) == 0\n```"
        #expect(try checkQuiz(claim).0.status == .claimed)
        // The same claim with the other option marked passes the same check.
        let swapped = claim.replacingOccurrences(of: "- [x] yes\n- [ ] no", with: "- [ ] yes\n- [x] no")
        #expect(try checkQuiz(swapped).0.status == .claimed)
        // A numeric check proves which option is marked.
        #expect(try checkQuiz("```quiz\nWhat is relu(-1)?\n- [x] 0\n- [ ] 1\ncheck: relu(-1)\n```").0.status == .verified)
        var counts = QuizCounts()
        for status in [QuizStatus.verified, .claimed, .claimed, .unverified] { counts.count(status) }
        #expect(counts == QuizCounts(verified: 1, claimed: 2, unverified: 1, failed: 0))
    }

    @Test func numericKeyWithinImpliedTolerance() throws {
        let (checked, diagnostics) = try checkQuiz("```quiz\nWhat is sigmoid(1)?\nanswer: 0.7311\ncheck: sigmoid(1)\n```")
        #expect(diagnostics.isEmpty)
        #expect(checked.status == .verified)
        #expect(checked.keyText == "0.7311")
    }

    @Test func numericKeyOutsideImpliedToleranceNamesBothValues() throws {
        // σ(1) = 1/(1 + e^-1) = 0.7310585786300049; 0.7310 is 5.9e-5 away, more than half a unit (5e-5).
        let (checked, diagnostics) = try checkQuiz("```quiz\nWhat is sigmoid(1)?\nanswer: 0.7310\ncheck: sigmoid(1)\n```")
        #expect(checked.status == .failed)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == "quiz.wrong-key")
        #expect(diagnostic.message == "answer 0.7310 differs from check value 0.7310585786300049 (tolerance 5e-05)")
        #expect(diagnostic.where_ == "quiz.wrong-key@3:9")
        #expect(diagnostic.notes.first?.range?.start == SourceLocation(file: "lesson.md", line: 4, column: 1))
    }

    @Test(arguments: [
        // σ(1) is 0.73105857863000487925… (mpmath): one digit wrong in the tenth significant place
        // fails, the right ten digits pass, and so does the float64's full print.
        ("0.7310585787", "sigmoid(1)", false), ("0.7310585786", "sigmoid(1)", true),
        ("0.7310585786300049", "sigmoid(1)", true),
        // √2 to 16 decimals is right, though float64 prints its √2 as 1.4142135623730951.
        ("1.4142135623730950", "sqrt(2)", true),
        // Exactly half a unit away counts; a little further does not.
        ("0.25", "0.245", true), ("0.25", "0.2449", false),
    ])
    func keysAreCheckedToTheirLastDigitUpToBinaryRounding(_ key: String, _ check: String, _ passes: Bool) throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nWhat is it?\nanswer: \(key)\ncheck: \(check)\n```")
        #expect(diagnostics.map(\.code) == (passes ? [] : ["quiz.wrong-key"]), "\(key) for \(check)")
    }

    @Test func explicitToleranceWidensTheCheck() throws {
        let (_, loose) = try checkQuiz("```quiz\nsigmoid(1)?\nanswer: 0.73\ntolerance: 0.01\ncheck: sigmoid(1)\n```")
        #expect(loose.isEmpty)
        let (_, tight) = try checkQuiz("```quiz\nsigmoid(1)?\nanswer: 0.7311\ntolerance: 1e-9\ncheck: sigmoid(1)\n```")
        #expect(tight.map(\.code) == ["quiz.wrong-key"])
    }

    @Test func sigmoidOfZeroIsAHalf() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nsigmoid(0)?\nanswer: 0.5\ncheck: sigmoid(0)\n```")
        #expect(diagnostics.isEmpty)
    }

    @Test func trueFalseAgreesWithBooleanCheck() throws {
        let right = try checkQuiz("```quiz\nSoftmax outputs sum to one.\nanswer: true\ncheck: isclose(sum(softmax([1, 2, 3])), 1)\n```")
        #expect(right.1.isEmpty)
        let wrong = try checkQuiz("```quiz\nSoftmax outputs sum to one.\nanswer: false\ncheck: isclose(sum(softmax([1, 2, 3])), 1)\n```")
        #expect(wrong.1.map(\.where_) == ["quiz.wrong-key@3:9"])
        #expect(wrong.1.first?.message == "answer false disagrees with the check, which is true")
    }

    @Test func trueFalseNeedsABooleanCheck() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nClaim.\nanswer: true\ncheck: sigmoid(0)\n```")
        #expect(diagnostics.map(\.code) == ["quiz.check-type"])
    }

    @Test func choiceWithNumericOptions() throws {
        let (checked, diagnostics) = try checkQuiz("```quiz\nWhat is sigmoid(0)?\n- [ ] 0\n- [x] 0.5\n- [ ] {= sigmoid(1) :.3f}\ncheck: sigmoid(0)\n```")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(checked.options == ["0", "0.5", "0.731"])
    }

    @Test func distractorEqualToTheCheckIsRejectedAtItsLine() throws {
        // 1/2 printed with two decimals is 0.50, which equals sigmoid(0) = 0.5.
        let (checked, diagnostics) = try checkQuiz("```quiz\nWhat is sigmoid(0)?\n- [x] 0.5\n- [ ] {= 1 / 2 :.2f}\n- [ ] 1\ncheck: sigmoid(0)\n```")
        #expect(checked.status == .failed)
        #expect(diagnostics.map(\.where_) == ["quiz.correct-distractor@4:7"])
        #expect(diagnostics.first?.message == "unmarked option 0.50 equals check value 0.5 (tolerance 0.005); a distractor must be wrong, or mark it '[x]'")
    }

    @Test func markedOptionThatDiffersIsRejected() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nWhat is relu(-2)?\n- [x] -2\n- [ ] 0\ncheck: relu(-2)\n```")
        #expect(diagnostics.map(\.where_).sorted() == ["quiz.correct-distractor@4:7", "quiz.wrong-option@3:7"])
    }

    @Test func falseClaimOnAChoiceQuiz() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nWhat does relu do to negative inputs?\n- [x] Keeps them\n- [ ] Zeroes them\ncheck: relu(-1) == -1\n```")
        #expect(diagnostics.map(\.where_) == ["quiz.false-claim@5:1"])
    }

    @Test func multipleAnswerWithAVectorCheck() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nWhich are entries of relu([-1, 2, 3])?\n- [x] 0\n- [x] 2\n- [x] 3\n- [ ] -1\ncheck: relu([-1, 2, 3])\n```")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func markedTextOptionCannotBeProvenByANumber() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nQ?\n- [x] A single dense layer\n- [ ] 2\ncheck: 1\n```")
        #expect(diagnostics.map(\.where_) == ["quiz.check-type@3:7"])
    }

    @Test func checkThatDoesNotParsePointsInsideTheCheck() throws {
        // The parser rejects such a check; a quiz built otherwise is still checked safely.
        var quiz = try #require(parseQuiz("```quiz\nQ?\nanswer: 1\ncheck: x = 1\n       sigmoid(x)\n```").0)
        quiz.check?.source = "x = 1\nsigmoid(x +)"
        var fresh = Interpreter()
        let (status, diagnostics) = QuizChecker().check(quiz, interpreter: &fresh)
        #expect(status == .failed)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "quiz.check-syntax")
        #expect(diagnostic.range?.start.line == 5)
        // 'sigmoid(x +)' starts at column 8; the unexpected ')' is its 12th character.
        #expect(diagnostic.range?.start.column == 19)
    }

    @Test func runtimeErrorInTheCheckKeepsCalcsCodeAndColumn() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nQ?\nanswer: 1\ncheck: sigmod(1)\n```")
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@4:8"])
    }

    @Test func checkEndingInAnAssignmentHasNoValue() throws {
        let (_, diagnostics) = try checkQuiz("```quiz\nQ?\nanswer: 1\ncheck: y = 1\n```")
        #expect(diagnostics.map(\.code) == ["quiz.check-no-value"])
    }

    @Test func lessonBindingsAreVisibleAndCheckBindingsDoNotLeak() throws {
        var interpreter = Interpreter()
        _ = interpreter.run("w = 2")
        let quiz = try #require(parseQuiz("```quiz\nQ?\nanswer: 6\ncheck: y = w * 3\n       y\n```").0)
        let (status, diagnostics) = QuizChecker().check(quiz, interpreter: &interpreter)
        #expect(diagnostics.isEmpty)
        #expect(status == .verified)
        #expect(interpreter.bindings["y"] == nil)
        #expect(interpreter.evaluate("y").isFailure)
    }

    @Test func unverifiedQuizIsCountedAndAnErrorOnlyWhenStrict() throws {
        let lesson = "```quiz\nWhich?\n- [x] a\n- [ ] b\n```"
        let (relaxed, none) = try checkQuiz(lesson)
        #expect(relaxed.status == .unverified)
        #expect(none.isEmpty)
        let (_, strict) = try checkQuiz(lesson, strict: true)
        #expect(strict.map(\.where_) == ["quiz.unverified@1:1"])
    }

    @Test func inlineValuesInQuizTextsUseTheLessonBindings() throws {
        let (checked, diagnostics) = try checkQuiz("```quiz\nWith z = {= z :g}, what is relu(z)?\nanswer: 3\ncheck: relu(z)\n> relu passes {= z :.1f} through unchanged.\n```", setup: "z = 3")
        #expect(diagnostics.isEmpty)
        #expect(checked.question == "With z = 3, what is relu(z)?")
        #expect(checked.explanation == "relu passes 3.0 through unchanged.")
    }

    @Test func inlineValueErrorsPointIntoTheQuizText() throws {
        let (checked, diagnostics) = try checkQuiz("```quiz\nWhat is `{= 1 }` next to {= nope(1) }?\nanswer: 1\ncheck: 1\n```")
        #expect(diagnostics.map(\.where_) == ["calc.unknown-name@2:29"])
        #expect(checked.status == .failed)
    }
}

private extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}

/// A key written with too few digits proves nothing: it warns, and `--strict` makes it fail.
@Suite struct LooseQuizKeyTests {
    @Test(arguments: [("answer: 1\ncheck: sigmoid(1)", true), ("answer: 0.7311\ncheck: sigmoid(1)", false),
                      ("answer: 1\ncheck: sum(softmax([1, 2]))", false), ("answer: 1\ntolerance: 0.5\ncheck: sigmoid(1)", false)])
    func integerKeysForNonIntegerValuesWarn(_ fields: String, _ warns: Bool) throws {
        let (run, counts, diagnostics) = runLesson("```quiz\nHow much?\n\(fields)\n```\n")
        #expect(counts == QuizCounts(verified: 1))
        #expect(run.quizzes.count == 1)
        #expect(diagnostics.map(\.where_) == (warns ? ["quiz.loose-tolerance@3:9"] : []))
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }
}
