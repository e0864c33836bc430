import Testing
@testable import TeXMath

/// The element structure of the converter's output for the constructs that are easy to get
/// wrong, written out by hand from TeX's rules and MathML Core.
@Suite("MathML structure")
struct StructureTests {
    /// The structure inside `<semantics>`, without the annotation.
    static func body(_ tex: String, display: Bool = true) -> String {
        let result = TeXMath.convert(tex, display: display)
        let structure = MathMLChecker.structure(result.mathML ?? "")
        let prefix = "math(semantics("
        let suffix = ",annotation))"
        guard structure.hasPrefix(prefix), structure.hasSuffix(suffix) else { return structure }
        return String(structure.dropFirst(prefix.count).dropLast(suffix.count))
    }

    static func markup(_ tex: String, display: Bool = true) -> String {
        TeXMath.convert(tex, display: display).mathML ?? ""
    }

    @Test("limits go under and over in display style and beside inline", arguments: [
        ("\\sum_{i=1}^n x_i", true, "mrow(munderover(mo,mrow(mi,mo,mn),mi),msub(mi,mi))"),
        ("\\sum_{i=1}^n x_i", false, "mrow(msubsup(mo,mrow(mi,mo,mn),mi),msub(mi,mi))"),
        ("\\prod_i p_i", true, "mrow(munder(mo,mi),msub(mi,mi))"),
        ("\\lim_{x\\to 0} f", true, "mrow(munder(mi,mrow(mi,mo,mn)),mo,mi)"),
        ("\\lim_{x\\to 0} f", false, "mrow(msub(mi,mrow(mi,mo,mn)),mo,mi)"),
        ("\\max_k p_k", true, "mrow(munder(mi,mi),mo,msub(mi,mi))"),
        ("\\min_k p_k", false, "mrow(msub(mi,mi),mo,msub(mi,mi))"),
        ("\\sup_n a_n", true, "mrow(munder(mi,mi),mo,msub(mi,mi))"),
        ("\\inf_n a_n", true, "mrow(munder(mi,mi),mo,msub(mi,mi))"),
        ("\\arg\\max_k p_k", true, "mrow(mi,mo,munder(mi,mi),mo,msub(mi,mi))"),
        ("\\operatorname*{arg\\,max}_k p_k", true, "mrow(munder(mrow(mi,mspace,mi),mi),mo,msub(mi,mi))"),
        ("\\int_0^1 f", true, "mrow(msubsup(mo,mn,mn),mi)"),
        ("\\int\\limits_0^1 f", true, "mrow(munderover(mo,mn,mn),mi)"),
        ("\\sum\\nolimits_i x", true, "mrow(msub(mo,mi),mi)"),
        ("\\textstyle \\sum_a^b", true, "mstyle(msubsup(mo,mi,mi))"),
        ("\\displaystyle \\sum_a^b", false, "mstyle(munderover(mo,mi,mi))"),
        // A fraction's parts are in text style, so limits move beside, as TeX sets them.
        ("\\frac{\\sum_a^b x}{2}", true, "mfrac(mrow(msubsup(mo,mi,mi),mi),mn)"),
        ("\\dfrac{\\sum_a^b x}{2}", false, "mstyle(mfrac(mrow(msubsup(mo,mi,mi),mi),mn))"),
    ])
    func limits(_ tex: String, _ display: Bool, _ expected: String) {
        #expect(Self.body(tex, display: display) == expected)
    }

    @Test("an explicit \\limits in text style keeps MathML from moving the limits back")
    func limitsInTextStyle() {
        #expect(Self.markup("\\sum\\limits_a^b", display: false).contains("<munderover><mo movablelimits=\"false\">∑</mo>"))
    }

    @Test("fraction and root arguments may be single tokens", arguments: [
        ("\\frac12", "mfrac(mn,mn)"),
        ("\\frac1{1+e^{-z}}", "mfrac(mn,mrow(mn,mo,msup(mi,mrow(mo,mi))))"),
        ("\\frac ab", "mfrac(mi,mi)"),
        ("\\frac\\alpha2", "mfrac(mi,mn)"),
        ("\\sqrt2", "msqrt(mn)"),
        ("\\sqrt[3]{x}", "mroot(mi,mn)"),
        ("\\binom nk", "mrow(mo,mfrac(mi,mi),mo)"),
        ("x^2_i", "msubsup(mi,mi,mn)"),
        ("e^\\pi", "msup(mi,mi)"),
        ("{a \\over b}", "mfrac(mi,mi)"),
    ])
    func bracelessArguments(_ tex: String, _ expected: String) {
        #expect(Self.body(tex) == expected)
    }

    @Test("\\frac12 takes one digit per argument")
    func fractionDigits() {
        #expect(Self.markup("\\frac12").contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>"))
        #expect(Self.markup("\\frac1{12}").contains("<mfrac><mn>1</mn><mn>12</mn></mfrac>"))
    }

    @Test("environments become tables with their fences", arguments: [
        ("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "mrow(mo,mtable(mtr(mtd(mi),mtd(mi)),mtr(mtd(mi),mtd(mi))),mo)"),
        ("\\begin{matrix} a & b \\end{matrix}", "mtable(mtr(mtd(mi),mtd(mi)))"),
        ("\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", "mrow(mo,mtable(mtr(mtd(mn),mtd(mrow(mi,mo,mn))),mtr(mtd(mn),mtd(mrow(mi,mo,mn)))))"),
        ("\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", "mtable(mtr(mtd(mi),mtd(mrow(mo,mi))),mtr(mtd(mi),mtd(mrow(mo,mi))))"),
        ("\\begin{pmatrix} 1 \\\\ 2 \\\\ \\end{pmatrix}", "mrow(mo,mtable(mtr(mtd(mn)),mtr(mtd(mn))),mo)"),
        ("\\begin{pmatrix} \\begin{bmatrix} a \\end{bmatrix} \\end{pmatrix}", "mrow(mo,mtable(mtr(mtd(mrow(mo,mtable(mtr(mtd(mi))),mo)))),mo)"),
    ])
    func environments(_ tex: String, _ expected: String) {
        #expect(Self.body(tex) == expected)
    }

    @Test("textbook commands: \\substack stacks the lines under a sum, \\colon is punctuation", arguments: [
        ("\\sum_{\\substack{i < n \\\\ j < m}} a_{ij}", "mrow(munder(mo,mtable(mtr(mtd(mrow(mi,mo,mi))),mtr(mtd(mrow(mi,mo,mi))))),msub(mi,mrow(mi,mi)))"),
        ("\\substack{i}", "mi"),
        ("f \\colon X \\to Y", "mrow(mi,mo,mi,mo,mi)"),
        ("x \\coloneqq \\llbracket a \\rrbracket \\enskip \\dotsm", "mrow(mi,mo,mo,mi,mo,mspace,mo)"),
    ])
    func textbookCommands(_ tex: String, _ expected: String) {
        #expect(Self.body(tex) == expected)
    }

    @Test("typed Greek capitals are upright like their commands, on every run")
    func typedGreekCapitals() {
        // `\Gamma` and `\varGamma` draw the same character; a typed one took the class of whichever
        // the symbol dictionary happened to list first, which changed with the process's hash seed.
        for (typed, command) in zip(Array("ΓΔΘΛΞΠΣΥΦΨΩ"), ["Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"]) {
            #expect(Self.markup(String(typed)).contains("<mi mathvariant=\"normal\">\(typed)</mi>"), "\(typed)")
            #expect(Self.markup("\\" + command).contains("<mi mathvariant=\"normal\">\(typed)</mi>"), "\\\(command)")
        }
    }

    @Test("fences and column alignment of environments", arguments: [
        ("\\begin{pmatrix} a \\end{pmatrix}", ["<mo stretchy=\"true\" fence=\"true\">(</mo><mtable>", "</mtable><mo stretchy=\"true\" fence=\"true\">)</mo>"]),
        ("\\begin{bmatrix} a \\end{bmatrix}", ["fence=\"true\">[</mo>", "fence=\"true\">]</mo>"]),
        ("\\begin{Bmatrix} a \\end{Bmatrix}", ["fence=\"true\">{</mo>", "fence=\"true\">}</mo>"]),
        ("\\begin{vmatrix} a \\end{vmatrix}", ["fence=\"true\">|</mo><mtable>"]),
        ("\\begin{Vmatrix} a \\end{Vmatrix}", ["fence=\"true\">‖</mo><mtable>"]),
        ("\\begin{cases} a & b \\end{cases}", ["fence=\"true\">{</mo><mtable columnalign=\"left left\">"]),
        ("\\begin{aligned} a &= b & c &= d \\end{aligned}", ["<mtable displaystyle=\"true\" columnalign=\"right left right left\">"]),
        ("\\begin{align*} a &= b \\end{align*}", ["<mtable displaystyle=\"true\" columnalign=\"right left\">"]),
        ("\\begin{array}{l|cr} a & b & c \\end{array}", ["<mtable columnalign=\"left center right\">"]),
        ("\\begin{pmatrix*}[r] a & b \\end{pmatrix*}", ["<mtable columnalign=\"right right\">"]),
    ])
    func environmentMarkup(_ tex: String, _ fragments: [String]) {
        let markup = Self.markup(tex)
        for fragment in fragments { #expect(markup.contains(fragment), "\(markup)") }
    }

    @Test("cells carry their alignment for browsers that ignore columnalign")
    func cellAlignment() {
        let aligned = Self.markup("\\begin{aligned} a &= b \\end{aligned}")
        #expect(aligned.contains("<mtd style=\"text-align: -webkit-right; padding-right: 0\"><mi>a</mi></mtd><mtd style=\"text-align: -webkit-left; padding-left: 0\">"))
        let cases = Self.markup("\\begin{cases} a & b \\end{cases}")
        #expect(cases.contains("<mtd style=\"text-align: -webkit-left\"><mi>a</mi></mtd>"))
        #expect(Self.markup("\\begin{pmatrix} a \\end{pmatrix}").contains("<mtd><mi>a</mi></mtd>"))
    }

    @Test("\\left … \\middle … \\right is a row fenced by stretchy operators")
    func leftRight() {
        #expect(Self.body("\\left( \\frac12 \\right)") == "mrow(mo,mfrac(mn,mn),mo)")
        #expect(Self.markup("\\left( x \\right)").contains("<mrow><mo stretchy=\"true\" fence=\"true\">(</mo><mi>x</mi><mo stretchy=\"true\" fence=\"true\">)</mo></mrow>"))
        #expect(Self.body("\\left\\{ x \\middle| y \\right\\}") == "mrow(mo,mi,mo,mi,mo)")
        #expect(Self.markup("\\left\\{ x \\middle| y \\right\\}").contains("<mo stretchy=\"true\" fence=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo>"))
        #expect(Self.body("\\left. \\frac{a}{b} \\right|") == "mrow(mfrac(mi,mi),mo)")
        #expect(Self.markup("\\left\\langle u \\right\\rangle").contains(">⟨</mo>"))
        // Plain parentheses keep their natural size.
        #expect(Self.markup("(x)").contains("<mo stretchy=\"false\">(</mo>"))
    }

    @Test("\\big sizes set minsize and maxsize")
    func bigDelimiters() {
        let markup = Self.markup("\\bigl( x \\Bigr] \\bigg| \\Bigg\\}")
        #expect(markup.contains("<mo stretchy=\"true\" fence=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>"))
        #expect(markup.contains("minsize=\"1.623em\" maxsize=\"1.623em\">]</mo>"))
        #expect(markup.contains("minsize=\"2.047em\" maxsize=\"2.047em\">|</mo>"))
        #expect(markup.contains("minsize=\"2.470em\" maxsize=\"2.470em\">}</mo>"))
    }

    @Test("accents are mover/munder marked as accents", arguments: [
        ("\\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>"),
        ("\\vec v", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>"),
        ("\\bar{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>"),
        ("\\tilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>"),
        ("\\dot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>"),
        ("\\ddot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¨</mo></mover>"),
        ("\\widehat{xy}", "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">^</mo></mover>"),
        ("\\overline{ab}", "<mover accent=\"true\"><mrow><mi>a</mi><mi>b</mi></mrow><mo stretchy=\"true\">‾</mo></mover>"),
        ("\\underline{x}", "<munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">‾</mo></munder>"),
    ])
    func accents(_ tex: String, _ fragment: String) {
        #expect(Self.markup(tex).contains(fragment), "\(Self.markup(tex))")
    }

    @Test("braces take their label over or under them")
    func braces() {
        #expect(Self.body("\\overbrace{a+b}^{n}") == "mover(mover(mrow(mi,mo,mi),mo),mi)")
        #expect(Self.body("\\underbrace{a+b}_{n}") == "munder(munder(mrow(mi,mo,mi),mo),mi)")
    }

    @Test("text keeps its spaces", arguments: [
        ("\\text{if } x", "<mtext>if\u{A0}</mtext><mi>x</mi>"),
        ("\\text{x y z}", "<mtext>x\u{A0}y\u{A0}z</mtext>"),
        ("\\text{ is even}", "<mtext>\u{A0}is\u{A0}even</mtext>"),
        ("\\text{a $x$ b}", "<mtext>a\u{A0}</mtext><mi>x</mi><mtext>\u{A0}b</mtext>"),
    ])
    func text(_ tex: String, _ fragment: String) {
        #expect(Self.markup(tex).contains(fragment))
    }

    @Test("math alphabets use the Unicode mathematical letters", arguments: [
        ("\\mathbb{R}", "<mi>ℝ</mi>"),
        ("\\mathbb{E}", "<mi>𝔼</mi>"),
        ("\\mathbb{N}", "<mi>ℕ</mi>"),
        ("\\mathbf{x}", "<mi>𝐱</mi>"),
        ("\\mathbf{W}", "<mi>𝐖</mi>"),
        ("\\mathbf{0}", "<mn>𝟎</mn>"),
        ("\\mathcal{L}", "<mi>ℒ</mi>"),
        ("\\mathcal{D}", "<mi>𝒟</mi>"),
        ("\\mathfrak{g}", "<mi>𝔤</mi>"),
        ("\\mathsf{A}", "<mi>𝖠</mi>"),
        ("\\mathtt{a}", "<mi>𝚊</mi>"),
        ("\\mathit{h}", "<mi>ℎ</mi>"),
        ("\\boldsymbol{\\alpha}", "<mi>𝜶</mi>"),
        ("\\boldsymbol{x}", "<mi>𝒙</mi>"),
        ("\\boldsymbol{\\Omega}", "<mi>𝛀</mi>"),
        ("\\mathrm{d}", "<mi mathvariant=\"normal\">d</mi>"),
        ("\\mathrm{max}", "<mi mathvariant=\"normal\">max</mi>"),
    ])
    func alphabets(_ tex: String, _ fragment: String) {
        #expect(Self.markup(tex).contains(fragment), "\(Self.markup(tex))")
    }

    @Test("token types follow MathML Core", arguments: [
        ("x", "<mi>x</mi>"),
        ("\\alpha", "<mi>α</mi>"),
        ("\\Gamma", "<mi mathvariant=\"normal\">Γ</mi>"),
        ("\\Alpha", "<mi mathvariant=\"normal\">A</mi>"),
        ("\\varGamma", "<mi>Γ</mi>"),
        ("3.14", "<mn>3.14</mn>"),
        ("a-b", "<mo>−</mo>"),
        ("a,b", "<mo separator=\"true\">,</mo>"),
        ("\\sin x", "<mi mathvariant=\"normal\">sin</mi><mo>\u{2061}</mo><mi>x</mi>"),
        ("\\operatorname{ReLU}(x)", "<mi mathvariant=\"normal\">ReLU</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo>"),
        ("a \\le b", "<mo>≤</mo>"),
        ("a \\ne b", "<mo>≠</mo>"),
        ("a \\not= b", "<mo>≠</mo>"),
        ("x \\mapsto y", "<mo>↦</mo>"),
        ("\\nabla f", "<mi mathvariant=\"normal\">∇</mi>"),
        ("\\infty", "<mi mathvariant=\"normal\">∞</mi>"),
        ("f''", "<msup><mi>f</mi><mo>″</mo></msup>"),
        ("a < b", "<mo>&lt;</mo>"),
        ("a\\,b\\quad c\\!d", "<mspace width=\"0.1667em\"/>"),
        ("a\\quad b", "<mspace width=\"1em\"/>"),
        ("a\\qquad b", "<mspace width=\"2em\"/>"),
        ("a\\!b", "<mspace width=\"-0.1667em\"/>"),
    ])
    func tokens(_ tex: String, _ fragment: String) {
        #expect(Self.markup(tex).contains(fragment), "\(Self.markup(tex))")
    }

    @Test("display math is a block, inline math is not")
    func displayAttribute() {
        #expect(Self.markup("x", display: true).hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>"))
        #expect(Self.markup("x", display: false).hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>"))
    }

    @Test("the annotation carries the escaped source")
    func annotation() {
        let markup = Self.markup("a<b & \\text{\"q\"}")
        #expect(markup.hasSuffix("<annotation encoding=\"application/x-tex\">a&lt;b &amp; \\text{\"q\"}</annotation></semantics></math>") || markup.isEmpty)
        #expect(Self.markup("a<b").hasSuffix("<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>"))
    }

    @Test("comments are dropped")
    func comments() {
        #expect(Self.body("x % the input\n + y") == "mrow(mi,mo,mi)")
    }

    @Test("\\tag puts the label after the formula")
    func tag() {
        #expect(Self.markup("E = mc^2 \\tag{1}").contains("<mspace width=\"2em\"/><mrow><mtext>(</mtext><mtext>1</mtext><mtext>)</mtext></mrow>"))
    }

    @Test("a top-level \\\\ stacks lines")
    func lineBreaks() {
        #expect(Self.body("a \\\\ b") == "mtable(mtr(mtd(mi)),mtr(mtd(mi)))")
    }

    /// Corpus formulas whose structure, once wrappers are ignored, must equal KaTeX's.
    static let agreeWithKaTeX = [
        "m003", "m004", "m005", "m010", "m012", "m016", "m019", "m021", "m023", "m024", "m029",
        "m030", "m031", "m033", "m034", "m035", "m037", "m038", "m039", "m042", "m047", "m049",
        "m051", "m056", "m058", "m059", "m078", "m080", "m083",
    ]

    @Test("course formulas have KaTeX's structure", arguments: agreeWithKaTeX)
    func sameAsKaTeX(_ id: String) throws {
        let formula = try #require(Corpus.formulas.first { $0.id == id })
        let katex = try #require(Corpus.katex[id])
        let mine = try #require(TeXMath.convert(formula.tex, display: formula.display).mathML)
        #expect(MathMLChecker.normalizedStructure(mine) == MathMLChecker.normalizedStructure(katex))
    }
}
