import Foundation
import Testing
import TeXMath
@testable import CourseSite

/// `MathText` reads MathML on bytes; `GraphemeMathText`, the reading it replaced, goes
/// Character by Character. Both must give the same text for every formula.
@Suite struct MathTextTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The math corpus (one formula a line) and every `$…$` and `$$…$$` of the course's lessons.
    static let formulas: [String] = {
        let corpus = (try? String(contentsOf: root.appendingPathComponent("Tests/TeXMathTests/Fixtures/formulas.txt"),
                                  encoding: .utf8)) ?? ""
        var formulas = corpus.split(separator: "\n").map(String.init)
        let lessons = root.appendingPathComponent("content/lessons")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: lessons.path)) ?? []
        let dollars = try! NSRegularExpression(pattern: "\\$\\$([^$]+)\\$\\$|\\$([^$\\n]+)\\$")
        for file in files.sorted() where file.hasSuffix(".md") {
            let text = (try? String(contentsOf: lessons.appendingPathComponent(file), encoding: .utf8)) ?? ""
            let whole = NSRange(text.startIndex..., in: text)
            for match in dollars.matches(in: text, range: whole) {
                for group in 1...2 {
                    if let range = Range(match.range(at: group), in: text) { formulas.append(String(text[range])) }
                }
            }
        }
        return formulas + [
            // Signs, primes, scripts, roots, matrices, text with spaces and escaped characters.
            "-x", "a = -b", "f(-x, -y)", "e^{-z}", "f'(x) + f''(x)", "x^{\\prime}", "\\sqrt[3]{x+1}",
            "\\sum_{i=1}^{n} w_i x_i", "\\begin{pmatrix} 1 & -2 \\\\ 3 & 4 \\end{pmatrix}", "a < b > c",
            "\\text{if } x \\ge 0", "\\text{a \"quoted\" & 'marked' word}", "\\operatorname{ReLU}(x)",
            "\\lim_{x \\to 0} \\frac{\\sin x}{x}", "\\hat{y} = \\vec{v} \\cdot \\bar{x}", "\\alpha\\beta 2\\pi",
            "x \\; y \\quad z", "\\mathbb{R}^{n \\times m}", "\\left( \\frac{a}{b} \\right)^2", "1.5 \\times 10^{-3}",
        ]
    }()

    @Test func bytesReadEveryFormulaAsCharactersDo() throws {
        var onBytes = 0
        var total = 0
        for tex in Self.formulas {
            for display in [false, true] {
                guard let mathML = TeXMath.convert(tex, display: display).mathML else { continue }
                total += 1
                let expected = GraphemeMathText.linear(mathML: mathML)
                if let fast = MathText.byteLinear(mathML: mathML) {
                    onBytes += 1
                    #expect(fast == expected, "\(tex)")
                }
                #expect(MathText.linear(mathML: mathML) == expected, "\(tex)")
            }
        }
        // The corpus and the lessons: hundreds of formulas, nearly all read on bytes.
        #expect(total > 600)
        #expect(onBytes * 20 >= total * 19)
    }

    @Test func handWrittenMathMLReadsTheSame() {
        let cases = [
            "<math><mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&amp;</mo><mtext>&quot;x&#39; &amp;lt;</mtext></math>",
            "<math>\n  <mrow>\n    <mi>x</mi>\n    <mo>=</mo>\n    <mo>−</mo>\n    <mn>1</mn>\n  </mrow>\n</math>",
            "<math><msup><mi>f</mi><mo>′</mo></msup><msup><mi>g</mi><mrow></mrow></msup><mspace width=\"1em\"/></math>",
            "<math><mtext>\u{A0}</mtext><mi>α</mi><mn>٣</mn><mi>x</mi><mn>²</mn><mi>𝑥</mi><mi>y</mi></math>",
            "<math><mfrac><mn>1</mn><mn>2</mn><mn>3</mn></mfrac><mroot><mi>x</mi><mn>3</mn></mroot></math>",
            "<math><munderover><mo>∑</mo><mi>i</mi><mi>n</mi></munderover><mi>i</mi><mo>)</mo><mi>j</mi></math>",
            "<math><mi>f</mi><mo>\u{2061}</mo><mo>(</mo><mo>−</mo><mi>x</mi><mo> )</mo></math>",
            "<math><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr></mtable></math> trailing",
            "<math><mi>x</mi></mrow><mi>ignored</mi></math>",
            "<math><mi>unclosed</mi><mo",
            "<math><><mi>Ω</mi><mi>Å</mi><mo>·</mo><mn>.5</mn></math>",
        ]
        for mathML in cases {
            #expect(MathText.byteLinear(mathML: mathML) == GraphemeMathText.linear(mathML: mathML), "\(mathML)")
        }
    }

    @Test func scalarsThatJoinTheirNeighboursAreReadAsCharacters() {
        // A combining slash, a Hangul syllable in jamo, a Greek ano teleia (canonically `·`), a CR LF.
        let cases = [
            "<math><mi>x</mi><mo>=\u{338}</mo><mi>y</mi></math>",
            "<math><mi>\u{1100}\u{1161}</mi><mi>b</mi></math>",
            "<math><mi>a</mi><mo>\u{387}</mo><mi>b</mi></math>",
            "<math><mtext>a\r\nb</mtext></math>",
        ]
        for mathML in cases {
            #expect(MathText.byteLinear(mathML: mathML) == nil, "\(mathML)")
            #expect(MathText.linear(mathML: mathML) == GraphemeMathText.linear(mathML: mathML))
        }
        #expect(MathText.linear(mathML: cases[2]) == "a · b")
    }

    @Test func linearFormsReadAsWritten() throws {
        let sigmoid = try #require(TeXMath.convert("\\frac{1}{1 + e^{-z}}", display: false).mathML)
        #expect(MathText.linear(mathML: sigmoid) == "1/(1 + e^(−z))")
        let sum = try #require(TeXMath.convert("\\sum_{i=1}^{n} w_i x_i", display: false).mathML)
        #expect(MathText.linear(mathML: sum) == "∑_(i = 1)^n w_i x_i")
    }
}
