import Testing
@testable import TeXMath

/// Primes as Temml and MathJax write them in MathML Core: one `<mo>` holding U+2032 (U+2033,
/// U+2034 for two and three) as the superscript of the base, with no spacing attributes of its
/// own, combined with a subscript into one `<msubsup>` and with a following `^` into one
/// superscript row. MathJax's test suite expects `x'` as `<msup><mi>x</mi><mo>′</mo></msup>`
/// and `x''` with a single `″`; Temml builds `\prime` and `'` into the same `<mo>`.
@Suite("Primes")
struct PrimeTests {
    /// The markup inside `<semantics>`, before the annotation.
    static func presentation(_ tex: String, display: Bool = false) -> String {
        let markup = TeXMath.convert(tex, display: display).mathML ?? ""
        guard let start = markup.range(of: "<semantics>"), let end = markup.range(of: "<annotation") else { return markup }
        return String(markup[start.upperBound..<end.lowerBound])
    }

    @Test("primes are an operator in the superscript", arguments: [
        ("f'", "<msup><mi>f</mi><mo>′</mo></msup>"),
        ("f''", "<msup><mi>f</mi><mo>″</mo></msup>"),
        ("f'''", "<msup><mi>f</mi><mo>‴</mo></msup>"),
        ("f^{\\prime}", "<msup><mi>f</mi><mo>′</mo></msup>"),
        ("f^\\prime", "<msup><mi>f</mi><mo>′</mo></msup>"),
        ("x'_1", "<msubsup><mi>x</mi><mn>1</mn><mo>′</mo></msubsup>"),
        ("x_1'", "<msubsup><mi>x</mi><mn>1</mn><mo>′</mo></msubsup>"),
        ("f'^2", "<msup><mi>f</mi><mrow><mo>′</mo><mn>2</mn></mrow></msup>"),
        ("f'(x)", "<mrow><msup><mi>f</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        ("\\sigma'(z)", "<mrow><msup><mi>σ</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo></mrow>"),
    ])
    func primes(_ tex: String, _ expected: String) {
        #expect(Self.presentation(tex) == expected)
    }

    @Test("a prime after a superscript is a double superscript, as in TeX")
    func primeAfterSuperscript() {
        let result = TeXMath.convert("f^2'", display: false)
        #expect(result.mathML == nil)
        #expect(result.errors.map(\.code) == [MathErrorCode.doubleSuperscript])
        #expect(result.errors.first?.offset == 3)
    }
}
