import Diagnostics
import Testing
@testable import CourseKit
import LecternMarkdown

@Suite struct MathCheckTests {
    /// The quick test for a value inside a formula agrees with `InlineValueSyntax`: whatever it
    /// rules out holds no value.
    @Test(arguments: ["", "=", "{", "{=", "a{=1}", "x = {y}", "\\overset{\\text{def}}{=}", "{ =1}", "é{=é}", "{\n=1}", "={"])
    func formulasWithoutTheOpeningSkipTheValueScan(tex: String) {
        let quick = MathValueSubstitution.mayHoldValue(tex)
        #expect(quick == tex.contains("{="))
        if !quick { #expect(InlineValueSyntax.values(in: tex).isEmpty) }
    }

    private func check(_ lesson: String) throws -> (CheckedCourse, [Diagnostic]) {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [sigmoid]\n",
                                          lessons: ["sigmoid": lesson])
        let (course, loadDiagnostics) = CourseLoader.load(files)
        #expect(loadDiagnostics.isEmpty)
        let (parsed, parseDiagnostics) = ParsePass.run(try #require(course))
        let (checked, checkDiagnostics) = CheckPass().run(parsed)
        return (checked, DiagnosticBag(parseDiagnostics + checkDiagnostics).sorted)
    }

    @Test func everyFormulaGetsMathML() throws {
        let (run, _, diagnostics) = runLesson("---\ntitle: S\n---\nInline $a + b$ and\n\n$$\\frac{1}{2}$$\n\n```math\nx^2\n```\n")
        #expect(diagnostics.isEmpty)
        #expect(run.math.count == 3)
        #expect(run.math.allSatisfy { $0.mathML?.hasPrefix("<math") == true })
    }

    /// TeX's own `{=}` groups are an equals sign, not an inline value: each formula converts.
    @Test(arguments: [
        "$a \\overset{\\text{def}}{=} b$",
        "$x \\mathrel{=} y$",
        "$$\\overset{\\underset{\\mathrm{def}}{}}{=}$$",
        // A group holding a backslash is TeX: no Calc expression or format holds one.
        "$$\\underbrace{a - a}_{=\\,0}$$",
        "$x_{=\\text{ by symmetry}}$",
        "$$\\sum_i p_i \\log \\frac{p_i}{q_i}_{=: D(p\\Vert q)}$$",
    ])
    func bracedEqualsSignsStayTeX(_ formula: String) throws {
        let (run, _, diagnostics) = runLesson("Text " + formula + " here.\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(run.math.count == 1)
        #expect(run.math.first?.mathML?.contains("<mo>=</mo>") == true)
        #expect(run.mathSources.isEmpty)
    }

    /// The seed page's sigmoid formula has one `}` too many: the check reports exactly that
    /// brace, at the author's line and column (the 55th character of line 5).
    @Test
    func theSeedsExtraBraceIsReportedAtItsColumn() throws {
        let lesson = "---\ntitle: Sigmoid\n---\n\nSigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$.\n"
        let (_, diagnostics) = try check(lesson)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code.hasPrefix("math."))
        #expect(error.range?.start == SourceLocation(file: "content/lessons/sigmoid.md", line: 5, column: 55))
    }
}
