import Testing
@testable import TeXMath

@Suite("Robustness")
struct RobustnessTests {
    /// Every prefix of a valid formula is a plausible half-typed formula: it must give either
    /// errors or MathML, never a crash, and never both or neither.
    @Test("every prefix of every corpus formula converts or reports", arguments: Corpus.formulas)
    func prefixes(_ formula: Corpus.Formula) {
        let scalars = Array(formula.tex.unicodeScalars)
        var failures: [String] = []
        for end in 0..<scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[..<end])
            let result = TeXMath.convert(prefix, display: formula.display)
            if (result.mathML == nil) == result.errors.isEmpty { failures.append(prefix) }
            for error in result.errors where error.offset < 0 || error.offset > end {
                failures.append("\(prefix): \(error.code)@\(error.offset)")
            }
        }
        #expect(failures.isEmpty)
    }

    @Test("stray characters and control symbols never crash", arguments: Array("\\{}[]()^_&$#%~'|!@\"`<>/.,;:?*+-=").map(String.init))
    func strayCharacters(_ character: String) {
        for tex in [character, "\\" + character, "x" + character + "y", "{" + character + "}", "\\frac" + character, "\\left" + character] {
            let result = TeXMath.convert(tex, display: false)
            #expect((result.mathML == nil) != result.errors.isEmpty, "\(tex)")
        }
    }
}
