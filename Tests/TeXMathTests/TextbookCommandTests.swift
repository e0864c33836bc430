import Testing
@testable import TeXMath

/// The commands added after running open textbooks through the converter: each formula here is
/// written for the test, and the expected markup follows from TeX's meaning of the command and
/// MathML Core (widths in em at TeX's 10pt: 1pt = 0.1em, 1mu = 1/18em, 1cm = 2.8453em).
@Suite("Textbook commands")
struct TextbookCommandTests {
    static func markup(_ tex: String, display: Bool = false) -> String? {
        TeXMath.convert(tex, display: display).mathML
    }

    static func body(_ tex: String) -> String { StructureTests.body(tex, display: false) }

    @Test("every added command converts to well-formed MathML Core", arguments: [
        "f \\colon A \\to B", "x \\coloneqq 2", "y \\eqqcolon x", "a \\dblcolon b", "a \\ratio b",
        "x_1 + \\dotsb + x_n", "a \\notni b", "\\varPsi", "\\llbracket e \\rrbracket",
        "\\lBrace a \\rBrace", "a \\hspace{1em} b", "a \\hspace*{2mm} b", "a\\hskip.5cm b",
        "a\\kern-1em b", "a\\mkern3mu b", "a\\mskip 6mu b", "\\mspace{4mu}", "\\smash{y}",
        "\\smash[b]{y}", "\\rlap{/}=", "\\mathrlap{x}", "\\mathclap{i}", "\\llap{a}",
        "\\boxed{E = mc^2}", "\\fbox{a box}", "\\sqrt{\\mathstrut a}", "\\pmb{x}", "\\textmd{m}",
        "\\sum_{\\substack{i < j \\\\ i \\ne 0}} a_{ij}", "\\widecheck{AB}", "\\utilde{x}",
        "\\overgroup{AB}", "\\xlongequal{def} b", "a \\xtwoheadrightarrow{f} b", "a\\enskip b",
        "a \\\nb", "\\begin{drcases} a & b \\\\ c & d \\end{drcases}",
    ])
    func wellFormed(_ tex: String) {
        for display in [false, true] {
            let result = TeXMath.convert(tex, display: display)
            #expect(result.errors.isEmpty, "\(tex): \(result.errors.map(\.message))")
            #expect(MathMLChecker.problems(result.mathML ?? "").isEmpty, "\(tex)")
        }
    }

    @Test("\\colon is punctuation and the colon relations are single relation operators")
    func colons() {
        #expect(Self.body("f \\colon A") == "mrow(mi,mo,mi)")
        #expect(Self.markup("x \\coloneqq 2")?.contains("<mo>≔</mo>") == true)
        #expect(Self.markup("x \\eqqcolon y")?.contains("<mo>≕</mo>") == true)
        #expect(Self.markup("x \\coloneq y")?.contains("<mo>:−</mo>") == true)
    }

    @Test("a length becomes an <mspace> width in em", arguments: [
        ("\\hspace{1em}", "1em"), ("\\hspace{-2pt}", "-0.2em"), ("\\hspace{1cm}", "2.8453em"),
        ("\\hspace*{10mm}", "2.8453em"), ("\\hskip.5cm", "1.4226em"), ("\\kern-1em", "-1em"),
        ("\\mkern18mu", "1em"), ("\\mkern-3mu", "-0.1667em"), ("\\mskip 9 mu", "0.5em"),
        ("\\kern{3pt}", "0.3em"), ("\\hspace{1in}", "7.227em"), ("\\hspace{0,5em}", "0.5em"),
        ("\\hspace{ 2em plus 1fil }", "2em"), ("\\hspace{--1em}", "1em"),
    ])
    func lengths(_ tex: String, _ width: String) {
        #expect(Self.markup(tex) == nil ? false : Self.markup(tex)!.contains("<mspace width=\"\(width)\"/>"),
                "\(tex): \(Self.markup(tex) ?? "error")")
    }

    @Test("the primitive length stops after its unit, so the formula goes on")
    func primitiveLengthEnds() {
        #expect(Self.body("a\\hskip2em b") == "mrow(mi,mspace,mi)")
        #expect(Self.body("\\kern1pt xy") == "mrow(mspace,mi,mi)")
    }

    @Test("a missing or malformed length is math.invalid-length at the command", arguments: [
        ("a \\hspace{big}", 2, 7), ("\\hspace{1}", 0, 7), ("\\hspace{2emx}", 0, 7), ("x\\kern y", 1, 5),
        ("\\mkern", 0, 6), ("\\hspace x", 0, 7), ("\\hspace{em}", 0, 7),
    ])
    func invalidLength(_ tex: String, _ offset: Int, _ length: Int) {
        let errors = TeXMath.convert(tex, display: false).errors
        #expect(errors.map(\.code) == [MathErrorCode.invalidLength], "\(tex)")
        #expect(errors.first?.offset == offset && errors.first?.length == length, "\(tex)")
    }

    @Test("the message quotes what is not a length, or says that none was given", arguments: [
        ("\\hspace{big}", "'big' is not a length '\\hspace' can use"), ("\\kern", "'\\kern' needs a length"),
        ("\\hspace{}", "'\\hspace' needs a length"), ("\\hspace x", "'\\hspace' needs a length"),
    ])
    func invalidLengthMessage(_ tex: String, _ message: String) {
        #expect(TeXMath.convert(tex, display: false).errors.first?.message == message)
    }

    @Test("box commands wrap their argument", arguments: [
        ("\\smash{y}", "<mpadded height=\"0\" depth=\"0\"><mi>y</mi></mpadded>"),
        ("\\smash[t]{y}", "<mpadded height=\"0\"><mi>y</mi></mpadded>"),
        ("\\smash[b]{y}", "<mpadded depth=\"0\"><mi>y</mi></mpadded>"),
        ("\\mathrlap{x}", "<mpadded width=\"0\"><mi>x</mi></mpadded>"),
        ("\\rlap{ab}", "<mpadded width=\"0\"><mtext>ab</mtext></mpadded>"),
        ("\\boxed{x}", "<mrow style=\"border:0.06em solid;padding:0.3em\"><mi>x</mi></mrow>"),
        ("\\fbox{ab}", "<mrow style=\"border:0.06em solid;padding:0.3em\"><mtext>ab</mtext></mrow>"),
        ("\\mathstrut", "<mpadded width=\"0\"><mphantom><mo stretchy=\"false\">(</mo></mphantom></mpadded>"),
    ])
    func boxes(_ tex: String, _ expected: String) {
        #expect(Self.markup(tex)?.contains(expected) == true, "\(tex): \(Self.markup(tex) ?? "error")")
    }

    @Test("\\mathclap and \\llap keep their content at full width")
    func fullWidthLaps() {
        #expect(Self.body("\\mathclap{i}") == "mi")
        #expect(Self.body("\\llap{ab}") == "mtext")
    }

    @Test("\\smash[…] never closed is math.unclosed-bracket at the '['")
    func unclosedSmashOption() {
        let errors = TeXMath.convert("\\smash[t{y}", display: false).errors
        #expect(errors.first?.code == MathErrorCode.unclosedBracket)
        #expect(errors.first?.offset == 6)
    }

    @Test("\\substack stacks the lines of a sum's limit, centred")
    func substack() {
        #expect(StructureTests.body("\\sum_{\\substack{i<j\\\\k}} a")
            == "mrow(munder(mo,mtable(mtr(mtd(mrow(mi,mo,mi))),mtr(mtd(mi)))),mi)")
    }

    @Test("a backslash before a line break is a control space, as '\\ ' is")
    func controlSpace() {
        #expect(Self.body("a \\\nb") == "mrow(mi,mspace,mi)")
        #expect(Self.markup("a \\\r\nb") == Self.markup("a \\ b")?.replacingOccurrences(of: "a \\ b", with: "a \\\r\nb"))
        #expect(Self.markup("a \\\nb")?.contains("<mspace width=\"0.3333em\"/>") == true)
    }

    @Test("drcases is rcases in display style: the brace on the right, cells as in a display")
    func drcases() {
        let markup = Self.markup("\\begin{drcases} \\frac12 & x \\end{drcases}") ?? ""
        #expect(markup.contains("displaystyle=\"true\""))
        #expect(markup.contains("</mtable><mo stretchy=\"true\" fence=\"true\">}</mo></mrow>"))
        #expect(!markup.contains(">{</mo>"))
    }

    @Test("\\newline breaks the line as \\\\ does")
    func newline() {
        #expect(Self.body("a \\newline b") == Self.body("a \\\\ b"))
    }

    @Test("the new accents and arrows stretch over or under their argument", arguments: [
        ("\\widecheck{AB}", "mover(mrow(mi,mi),mo)"), ("\\utilde{x}", "munder(mi,mo)"),
        ("\\overrightharpoon{v}", "mover(mi,mo)"), ("\\undergroup{ab}", "munder(mrow(mi,mi),mo)"),
    ])
    func accents(_ tex: String, _ expected: String) {
        #expect(Self.body(tex) == expected)
    }
}
