import Testing
@testable import TeXMath

@Suite("Corpus")
struct CorpusTests {
    @Test("the corpus files are present")
    func corpusLoaded() {
        #expect(Corpus.formulas.count == 300)
        #expect(Corpus.invalid.count == 71)
    }

    @Test("every valid formula converts to well-formed MathML Core", arguments: Corpus.formulas)
    func validFormula(_ formula: Corpus.Formula) throws {
        let result = TeXMath.convert(formula.tex, display: formula.display)
        #expect(result.errors.isEmpty, "\(result.errors.map { "\($0.code)@\($0.offset): \($0.message)" })")
        let mathML = try #require(result.mathML)
        #expect(MathMLChecker.problems(mathML).isEmpty, "\(MathMLChecker.problems(mathML))\n\(mathML)")
        #expect(mathML.hasPrefix(formula.display ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>" : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>"))
        #expect(mathML.hasSuffix("</annotation></semantics></math>"))
    }

    /// The code each kind of mistake in invalid.txt must be reported with.
    static let codes: [String: String] = [
        "unbalanced_close_brace": "math.unbalanced-brace",
        "unbalanced_open_brace": "math.unbalanced-brace",
        "unclosed_optional_argument": "math.unclosed-bracket",
        "unknown_command": "math.unknown-command",
        "missing_end": "math.missing-end",
        "mismatched_end": "math.mismatched-end",
        "end_without_begin": "math.end-without-begin",
        "unknown_environment": "math.unknown-environment",
        "left_without_right": "math.left-without-right",
        "right_without_left": "math.right-without-left",
        "missing_delimiter": "math.missing-delimiter",
        "invalid_delimiter": "math.invalid-delimiter",
        "middle_outside_left_right": "math.middle-without-left",
        "empty_superscript": "math.missing-argument",
        "empty_subscript": "math.missing-argument",
        "double_superscript": "math.double-superscript",
        "double_subscript": "math.double-subscript",
        "alignment_tab_outside_environment": "math.misplaced-alignment",
        "missing_argument": "math.missing-argument",
        "multiple_infix_operators": "math.multiple-infix",
        "limits_not_after_operator": "math.misplaced-limits",
        "unknown_column_spec": "math.unknown-column-spec",
        "math_shift_in_math": "math.misplaced-dollar",
        "macro_parameter_outside_definition": "math.misplaced-parameter",
    ]

    @Test("every invalid formula is rejected at its offset with its kind's code", arguments: Corpus.invalid)
    func invalidFormula(_ invalid: Corpus.Invalid) throws {
        let result = TeXMath.convert(invalid.tex, display: true)
        #expect(result.mathML == nil)
        let first = try #require(result.errors.first)
        #expect(first.offset == invalid.offset, "\(first.code): \(first.message)")
        #expect(first.code == Self.codes[invalid.kind], "\(first.message)")
        #expect(!first.message.isEmpty && first.message.first?.isUppercase == false)
    }

    @Test("every code used for the corpus is a documented code")
    func codesAreDocumented() {
        for code in Self.codes.values { #expect(MathErrorCode.all.contains(code)) }
    }
}
