import Diagnostics
import Testing
@testable import TeXMath

@Suite("Errors")
struct ErrorTests {
    static func firstError(_ tex: String) -> MathError? {
        TeXMath.convert(tex, display: true).errors.first
    }

    @Test("the seed's extra brace is reported at the brace, with an actionable message")
    func seedBrace() throws {
        let error = try #require(Self.firstError("f(z) = \\frac1{1 + \\exp(-z)}}"))
        #expect(error.offset == 27)
        #expect(error.length == 1)
        #expect(error.code == "math.unbalanced-brace")
        #expect(error.message == "unbalanced '}': no '{' is open here")
    }

    @Test("the seed's error maps to the author's line and column")
    func seedDiagnostic() {
        let line = "Sigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$."
        let formula = "f(z) = \\frac1{1 + \\exp(-z)}}"
        let map = SnippetMap(snippet: formula, startingAt: SourceLocation(file: "sigmoid.md", line: 14, column: 28))
        let result = TeXMath.convert(formula, display: true)
        let diagnostic = result.errors[0].diagnostic(in: map)
        #expect(diagnostic.range?.start == SourceLocation(file: "sigmoid.md", line: 14, column: 55))
        #expect(diagnostic.code == "math.unbalanced-brace")
        // Column 55 is the extra brace in the author's line.
        #expect(Array(line)[54] == "}")
    }

    @Test("unknown commands suggest the nearest known one", arguments: [
        ("\\fracc{1}{2}", "\\fracc", "\\frac"),
        ("\\alpha + \\betta", "\\betta", "\\beta"),
        ("\\Frac{1}{2}", "\\Frac", "\\frac"),
        ("\\mathbbb{R}", "\\mathbbb", "\\mathbb"),
        ("\\sqr{2}", "\\sqr", "\\sqrt"),
        ("\\lamda", "\\lamda", "\\lambda"),
        ("\\rigtharrow", "\\rigtharrow", "\\rightarrow"),
    ])
    func didYouMean(_ tex: String, _ command: String, _ suggestion: String) throws {
        let error = try #require(Self.firstError(tex))
        #expect(error.code == "math.unknown-command")
        #expect(error.message == "unknown command '\(command)'")
        #expect(error.notes == ["did you mean '\(suggestion)'?"])
        #expect(error.length == command.count)
    }

    @Test("an unknown command far from every known one gets no suggestion")
    func noSuggestion() throws {
        let error = try #require(Self.firstError("\\qwertyuiop"))
        #expect(error.notes.isEmpty)
    }

    @Test("every unknown command is reported, in order")
    func allUnknownCommands() {
        let errors = TeXMath.convert("\\fooo + \\barr{x} + \\frac12", display: false).errors
        #expect(errors.map(\.offset) == [0, 8])
        #expect(errors.allSatisfy { $0.code == "math.unknown-command" })
    }

    @Test("unknown environments suggest the nearest known one")
    func unknownEnvironment() throws {
        let error = try #require(Self.firstError("\\begin{pmatrx} 1 \\end{pmatrx}"))
        #expect(error.offset == 7)
        #expect(error.length == 6)
        #expect(error.notes == ["did you mean 'pmatrix'?"])
    }

    @Test("offsets count Unicode scalars, not bytes or UTF-16 units", arguments: [
        ("ϕ + \\fracc", 4, "math.unknown-command"),
        ("\\text{é𝔼} }", 10, "math.unbalanced-brace"),
        ("𝐱^2^3", 3, "math.double-superscript"),
        ("ψ & φ", 2, "math.misplaced-alignment"),
    ])
    func scalarOffsets(_ tex: String, _ offset: Int, _ code: String) throws {
        let error = try #require(Self.firstError(tex))
        #expect(error.offset == offset)
        #expect(error.code == code)
    }

    @Test("offsets survive comments and line breaks")
    func offsetsAfterComments() throws {
        let error = try #require(Self.firstError("a % note {\n}"))
        #expect(error.offset == 11)
        #expect(error.code == "math.unbalanced-brace")
    }

    @Test("more mistakes, each at the token to fix", arguments: [
        ("\\begin{matrix} a \\\\ b", 0, "math.missing-end"),
        ("\\left( a \\right", 9, "math.missing-delimiter"),
        ("\\left\\{ a \\right\\alpha", 16, "math.invalid-delimiter"),
        ("x^{}^2", 4, "math.double-superscript"),
        ("x'^2^3", 4, "math.double-superscript"),
        ("\\sqrt[3", 5, "math.unclosed-bracket"),
        ("\\frac{a}", 0, "math.missing-argument"),
        ("\\text{a", 5, "math.unbalanced-brace"),
        ("{a \\over b \\atop c}", 11, "math.multiple-infix"),
        ("\\begin{array}{lz} a \\end{array}", 15, "math.unknown-column-spec"),
        ("a \\\\ & b", 5, "math.misplaced-alignment"),
        ("\\begin{cases} a \\end{matrix}", 16, "math.mismatched-end"),
        ("\\end{cases}", 0, "math.end-without-begin"),
        ("\\right)", 0, "math.right-without-left"),
        ("\\left( \\middle| x", 0, "math.left-without-right"),
        ("\\middle|", 0, "math.middle-without-left"),
        ("x\\nolimits", 1, "math.misplaced-limits"),
        ("\\text{$x}", 6, "math.misplaced-dollar"),
        ("#", 0, "math.misplaced-parameter"),
    ])
    func mistakes(_ tex: String, _ offset: Int, _ code: String) throws {
        let error = try #require(Self.firstError(tex))
        #expect(error.offset == offset, "\(error.code): \(error.message)")
        #expect(error.code == code, "\(error.message)")
    }

    @Test("messages are lower-case fragments and codes are documented", arguments: Corpus.invalid)
    func messageStyle(_ invalid: Corpus.Invalid) throws {
        let error = try #require(Self.firstError(invalid.tex))
        #expect(MathErrorCode.all.contains(error.code))
        #expect(error.message.first.map { !$0.isUppercase } ?? false)
        #expect(!error.message.hasSuffix("."))
        #expect(error.length >= 1)
    }

    @Test("valid input never reports errors and always yields MathML", arguments: [
        "", " ", "x", "{}", "^2", "{}_1^2\\!\\Omega_3^4", "\\left. x \\right.", "\\$5 \\% \\# \\&",
        "x^{}", "\\sqrt[]{x}", "\\frac{}{}", "\\left(\\right.", "\\begin{matrix}\\end{matrix}", "\\\\",
        "a \\\\ \\\\ b", "\\text{}", "\\mathbb{}", "x''^2_1", "\\not", "\\tag*{A}", "% only a comment",
    ])
    func edgeCases(_ tex: String) throws {
        let result = TeXMath.convert(tex, display: false)
        #expect(result.errors.isEmpty)
        let mathML = try #require(result.mathML)
        #expect(MathMLChecker.problems(mathML).isEmpty, "\(mathML)")
    }
}
