import Diagnostics
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite("QuizParser")
struct QuizParserTests {
    static let designExample = """
    # Lesson

    ```quiz
    Without an activation function, what is a deep network of dense layers equivalent to?

    - [ ] A decision tree
    - [x] A single dense layer
    - [ ] A recurrent network

    check: W1 = [[1, 2], [0, 1]]; W2 = [[2, 0], [1, 1]]; x = [3, -1]
           dense(dense(x, W1, [1, 1]), W2, [0, 2]) == dense(x, W2 @ W1, W2 @ [1, 1] + [0, 2])
    > Two affine maps compose into one affine map,
    > so depth adds nothing without a non-linearity.
    ```
    """

    @Test func singleChoiceFromTheDesign() throws {
        let (parsed, diagnostics) = parseQuiz(Self.designExample)
        #expect(diagnostics.isEmpty)
        let quiz = try #require(parsed)
        #expect(quiz.kind == .singleChoice)
        #expect(quiz.question.markdown == "Without an activation function, what is a deep network of dense layers equivalent to?")
        #expect(quiz.options.map(\.text.markdown) == ["A decision tree", "A single dense layer", "A recurrent network"])
        #expect(quiz.options.map(\.isMarked) == [false, true, false])
        #expect(quiz.options[1].textRange.start == SourceLocation(file: "lesson.md", line: 7, column: 7))
        #expect(quiz.options[1].range.start.column == 1)
        #expect(quiz.explanation?.markdown == "Two affine maps compose into one affine map,\nso depth adds nothing without a non-linearity.")
        #expect(quiz.explanation?.map.location(atScalarOffset: 0) == SourceLocation(file: "lesson.md", line: 12, column: 3))
        let check = try #require(quiz.check)
        #expect(check.source == "W1 = [[1, 2], [0, 1]]; W2 = [[2, 0], [1, 1]]; x = [3, -1]\ndense(dense(x, W1, [1, 1]), W2, [0, 2]) == dense(x, W2 @ W1, W2 @ [1, 1] + [0, 2])")
        // The second statement line is indented by seven spaces in the lesson: offset 0 of it is column 8.
        let secondLine = check.source.unicodeScalars.firstIndex(of: "\n").map { check.source.unicodeScalars.distance(from: check.source.unicodeScalars.startIndex, to: $0) + 1 } ?? 0
        #expect(check.map.location(atScalarOffset: secondLine) == SourceLocation(file: "lesson.md", line: 11, column: 8))
        #expect(check.map.location(atScalarOffset: 0) == SourceLocation(file: "lesson.md", line: 10, column: 8))
        #expect(quiz.id.hasPrefix("without-an-activation-function-what-is-"))
        #expect(quiz.id.count == "without-an-activation-function-what-is-".count + 6)
        #expect(quiz.idRange == nil)
    }

    @Test func multipleAnswer() throws {
        let (parsed, diagnostics) = parseQuiz("""
        ```quiz
        Which functions output only non-negative values?
        - [x] ReLU
        - [x] sigmoid
        - [ ] tanh
        id: non-negative
        hint: Look at the left half of each graph.
          Think of z = -5.
        ```
        """)
        #expect(diagnostics.isEmpty)
        let quiz = try #require(parsed)
        #expect(quiz.kind == .multipleAnswer)
        #expect(quiz.id == "non-negative")
        #expect(quiz.idRange?.start == SourceLocation(file: "lesson.md", line: 6, column: 5))
        #expect(quiz.hint?.markdown == "Look at the left half of each graph.\nThink of z = -5.")
        #expect(quiz.check == nil)
    }

    @Test func numericWithImpliedTolerance() throws {
        let (parsed, diagnostics) = parseQuiz("""
        ```quiz
        What is $\\sigma(1)$ to four decimals?

        answer: 0.7311
        check: sigmoid(1)
        ```
        """)
        #expect(diagnostics.isEmpty)
        let quiz = try #require(parsed)
        #expect(quiz.kind == .numeric)
        #expect(quiz.answer?.value == .number(QuizNumber("0.7311")!))
        #expect(quiz.answer?.range == SourceRange(start: SourceLocation(file: "lesson.md", line: 4, column: 9), length: 6))
        #expect(quiz.effectiveTolerance == 0.00005)
    }

    @Test func explicitToleranceWins() throws {
        let (parsed, _) = parseQuiz("```quiz\nHow much?\nanswer: 2\ntolerance: 1e-3\n```")
        #expect(try #require(parsed).effectiveTolerance == 0.001)
    }

    @Test func trueFalse() throws {
        let (parsed, diagnostics) = parseQuiz("```quiz\nSoftmax outputs sum to one.\nanswer: true\ncheck: sum(softmax([1, 2, 3])) == 1\n```")
        #expect(diagnostics.isEmpty)
        let quiz = try #require(parsed)
        #expect(quiz.kind == .trueFalse)
        #expect(quiz.answer?.value == .boolean(true))
    }

    @Test func optionValues() throws {
        let (parsed, _) = parseQuiz("```quiz\nWhat is sigmoid(0)?\n- [x] 0.5\n- [ ] {= sigmoid(1) :.3f}\n- [ ] one half\n```")
        let quiz = try #require(parsed)
        guard case .written(let number)? = quiz.options[0].value else {
            Issue.record("0.5 is a written number"); return
        }
        #expect(number.value == 0.5)
        guard case .computed(let source)? = quiz.options[1].value else {
            Issue.record("{= … } is a computed value"); return
        }
        #expect(source.expression == "sigmoid(1)")
        #expect(source.format == ".3f")
        #expect(source.range.start == SourceLocation(file: "lesson.md", line: 4, column: 7))
        #expect(source.map.location(atScalarOffset: 0) == SourceLocation(file: "lesson.md", line: 4, column: 9))
        #expect(quiz.options[2].value == nil)
    }

    @Test func lazyExplanationContinuation() throws {
        let (parsed, diagnostics) = parseQuiz("```quiz\nQ?\nanswer: 1\n> First line\nlazy second line\n\n> New paragraph\n```")
        #expect(diagnostics.isEmpty)
        let quiz = try #require(parsed)
        let explanation = try #require(quiz.explanation)
        #expect(explanation.markdown == "First line\nlazy second line\n\nNew paragraph")
        #expect(explanation.map.location(atScalarOffset: 11) == SourceLocation(file: "lesson.md", line: 5, column: 1))
    }

    @Test func lazyAndIndentedOptionContinuation() throws {
        let (parsed, diagnostics) = parseQuiz("```quiz\nPick one.\n- [x] first line\n  second line\n- [ ] other\n```")
        #expect(diagnostics.isEmpty)
        #expect(try #require(parsed).options[0].text.markdown == "first line\nsecond line")
    }

    @Test(arguments: [
        // (body lines after the opening fence on line 1, expected code@line:column)
        ("Just a question?\n", "quiz.no-options-or-answer@1:1"),
        ("Q?\n- [ ] a\n- [ ] b\n", "quiz.no-option-marked@3:1"),
        ("Q?\n- [x] a\n- [ ] b\nanswer: 1\n", "quiz.options-and-answer@5:1"),
        ("Q?\nanswer: 1\nanwser: 2\n", "quiz.unknown-field@4:1"),
        ("Q?\nanswer: 1\nfoo: 2\n", "quiz.unknown-field@4:1"),
        ("Q?\n  Answr: 1\n", "quiz.unknown-field@3:3"),
        ("Q?\nanswer: 1\ntolerance: -0.1\n", "quiz.bad-tolerance@4:12"),
        ("Q?\nanswer: 1\ntolerance: zero\n", "quiz.bad-tolerance@4:12"),
        ("Q?\nanswer: maybe\n", "quiz.bad-answer@3:9"),
        ("Q?\nanswer: 1\nid: has space\n", "quiz.bad-id@4:5"),
        ("Q?\nanswer: 1\nanswer: 2\n", "quiz.duplicate-field@4:1"),
        ("Q?\nanswer: 1\ncheck:\n", "quiz.empty-check@4:1"),
        ("- [x] a\n- [ ] b\n", "quiz.no-question@1:1"),
        ("Q?\n- [x] a\n\nloose words\n", "quiz.stray-text@5:1"),
        ("Q?\nanswer: true\ntolerance: 0.1\n", "quiz.unused-tolerance@4:12"),
        ("Q?\nanswer: 1\ncheck: relu(1 +\n", "quiz.check-syntax@4:16"),
        ("Q?\n- [x] a\n- [ ]\n", "quiz.empty-option@4:1"),
        ("Q?\nanswer: 1\ncheck: a = 1\n  b = a ** * 2\n", "quiz.check-syntax@5:12"),
    ])
    func malformedQuizzes(body: String, expected: String) {
        let (quiz, diagnostics) = parseQuiz("```quiz\n" + body + "```")
        #expect(quiz == nil)
        #expect(diagnostics.map(\.where_).contains(expected), "got \(diagnostics.map(\.where_))")
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func unknownFieldSuggestsTheCloseName() throws {
        let (_, diagnostics) = parseQuiz("```quiz\nQ?\nanswer: 1\ntolerence: 0.1\n```")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "unknown quiz field 'tolerence:'; did you mean 'tolerance:'?")
        #expect(diagnostic.fixIt?.replacement == "tolerance")
        #expect(diagnostic.range == SourceRange(start: SourceLocation(file: "lesson.md", line: 4, column: 1), length: 9))
    }

    @Test func ordinaryWordsBeforeAColonStayInTheQuestion() throws {
        let (parsed, diagnostics) = parseQuiz("```quiz\nNote: the bias is zero.\nWhat is relu(-1)?\nanswer: 0\n```")
        #expect(diagnostics.isEmpty)
        #expect(try #require(parsed).question.markdown == "Note: the bias is zero.\nWhat is relu(-1)?")
    }

    @Test func fenceInsideAnIndentedContainerMapsColumns() throws {
        // A fence indented by two spaces (inside a list item): the body map starts each line at column 3.
        let body = "Q?\n- [ ] a\n- [ ] b\n"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 10, column: 3), continuationColumn: 3)
        let fence = SourceRange(start: SourceLocation(file: "l.md", line: 9, column: 3), length: 7)
        let (_, diagnostics) = QuizParser().parse(body: body, bodyMap: map, fenceRange: fence)
        #expect(diagnostics.map(\.where_) == ["quiz.no-option-marked@11:3"])
    }

    @Test func duplicateIdsAcrossTheCourse() throws {
        let first = try #require(parseQuiz("```quiz\nQ?\nanswer: 1\nid: same\n```", file: "a.md").0)
        let second = try #require(parseQuiz("# x\n```quiz\nOther?\nanswer: 2\nid: same\n```", file: "b.md").0)
        let third = try #require(parseQuiz("```quiz\nQ?\nanswer: 3\n```", file: "c.md").0)
        let fourth = try #require(parseQuiz("```quiz\nQ?\nanswer: 4\n```", file: "d.md").0)
        let diagnostics = QuizID.duplicates(in: [first, second, third, fourth])
        #expect(diagnostics.map(\.code) == ["quiz.duplicate-id", "quiz.duplicate-id"])
        #expect(diagnostics[0].range?.start == SourceLocation(file: "b.md", line: 5, column: 5))
        #expect(diagnostics[0].notes.first?.range?.start == SourceLocation(file: "a.md", line: 4, column: 5))
        #expect(diagnostics[1].range?.start == SourceLocation(file: "d.md", line: 1, column: 1))
    }

    @Test func derivedIdIsStableAndDependsOnTheText() {
        let a = QuizID.derived(fromQuestion: QuizText(markdown: "What is *sigmoid(0)*?", map: SnippetMap(snippet: "", startingAt: SourceLocation(file: "", line: 1, column: 1))))
        let b = QuizID.derived(fromQuestion: QuizText(markdown: "What is sigmoid(1)?", map: SnippetMap(snippet: "", startingAt: SourceLocation(file: "", line: 1, column: 1))))
        #expect(a.hasPrefix("what-is-sigmoid-0-"))
        #expect(b.hasPrefix("what-is-sigmoid-1-"))
        // FNV-1a of the UTF-8 bytes of "" is 0x811c9dc5: an empty question still gets a stable id.
        let empty = QuizID.derived(fromQuestion: QuizText(markdown: "", map: SnippetMap(snippet: "", startingAt: SourceLocation(file: "", line: 1, column: 1))))
        #expect(empty == "quiz-811c9d")
    }
}

@Suite("QuizNumber")
struct QuizNumberTests {
    @Test(arguments: [
        ("0.7311", 0.7311, 0.00005),
        ("12", 12.0, 0.5),
        ("-0.25", -0.25, 0.005),
        ("−0.25", -0.25, 0.005),
        ("1.5e-3", 0.0015, 0.00005),
        ("2E2", 200.0, 50.0),
        ("73.1%", 0.731, 0.0005),
        (".5", 0.5, 0.05),
        ("3.", 3.0, 0.5),
    ])
    func impliedTolerance(text: String, value: Double, tolerance: Double) throws {
        let number = try #require(QuizNumber(text))
        #expect(abs(number.value - value) <= 1e-15 * abs(value))
        #expect(abs(number.impliedTolerance - tolerance) <= 1e-15 * tolerance)
    }

    @Test(arguments: ["", "-", "e5", "1e", "0x10", "inf", "nan", "1.2.3", "1 2", "{= 1}", " 1", "1 ", "1e999", "%"])
    func notNumbers(text: String) {
        #expect(QuizNumber(text) == nil)
    }
}
