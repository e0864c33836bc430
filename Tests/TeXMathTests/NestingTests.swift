import Testing
@testable import TeXMath

@Suite("Nesting limits")
struct NestingTests {
    @Test("100,000 nested braces are rejected, not a stack overflow")
    func deepBraces() throws {
        let tex = String(repeating: "{", count: 100_000) + "x" + String(repeating: "}", count: 100_000)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.mathML == nil)
        let error = try #require(result.errors.first)
        #expect(error.code == "math.too-deep")
        // The first brace past the limit is the one to point at.
        #expect(error.offset == Parser.maxDepth)
    }

    @Test("100,000 nested fractions are rejected, not a stack overflow")
    func deepFractions() throws {
        let tex = String(repeating: "\\frac{", count: 100_000) + "1" + String(repeating: "}{2}", count: 100_000)
        let result = TeXMath.convert(tex, display: false)
        #expect(result.mathML == nil)
        #expect(result.errors.first?.code == "math.too-deep")
    }

    @Test("unclosed deep nesting is too deep, not unbalanced")
    func deepUnclosed() {
        let result = TeXMath.convert(String(repeating: "{", count: 100_000), display: false)
        #expect(result.errors.first?.code == "math.too-deep")
    }

    /// Openers of every nesting construct, repeated far past the limit.
    static let deepInputs: [(String, String)] = [
        ("\\left(", "\\right)"),
        ("\\begin{matrix}", "\\end{matrix}"),
        ("\\text{$", "$}"),
        ("\\sqrt[", "]{x}"),
        ("x^{", "}"),
        ("\\hat{", "}"),
        ("\\mathbf{", "}"),
        ("{\\displaystyle ", "}"),
        ("\\operatorname{", "}"),
    ]

    @Test("every nesting construct is cut off at the limit", arguments: 0..<deepInputs.count)
    func deepConstructs(_ index: Int) throws {
        let (open, close) = Self.deepInputs[index]
        let tex = String(repeating: open, count: 20_000) + "y" + String(repeating: close, count: 20_000)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.errors.first?.code == "math.too-deep")
    }

    @Test("every nesting construct converts just under the limit", arguments: 0..<deepInputs.count)
    func nearLimitConstructs(_ index: Int) throws {
        let (open, close) = Self.deepInputs[index]
        // Heavier constructs count two levels each.
        let count = Parser.maxDepth / 2 - 1
        let tex = String(repeating: open, count: count) + "y" + String(repeating: close, count: count)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.errors.isEmpty, "\(result.errors.first.map { "\($0.code): \($0.message)" } ?? "")")
    }

    @Test("nesting just under the limit converts")
    func justUnderTheLimit() throws {
        let depth = Parser.maxDepth
        let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.errors.isEmpty)
        let mathML = try #require(result.mathML)
        #expect(MathMLChecker.problems(mathML).isEmpty)
    }

    @Test("deeply nested scripts and roots under the limit convert")
    func deepMixed() throws {
        let tex = String(repeating: "\\sqrt{x^{", count: 120) + "y" + String(repeating: "}}", count: 120)
        let result = TeXMath.convert(tex, display: true)
        #expect(result.errors.isEmpty)
        #expect(result.mathML != nil)
    }
}
