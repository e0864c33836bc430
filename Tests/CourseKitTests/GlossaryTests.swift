import Activations
import Diagnostics
import Testing
@testable import CourseKit

/// A registry with just enough functions to check `see:` lines without the real library.
func miniRegistry() -> Registry {
    let identity: @Sendable ([Tensor]) throws(ActivationError) -> Tensor = { $0[0] }
    return Registry(functions: ["relu", "sigmoid", "tanh", "softmax"].map { name in
        RegisteredFunction(name: name, aliases: name == "sigmoid" ? ["logistic"] : [], kind: .elementwise,
                           parameters: [FunctionParameter("x")], doc: "", formula: "", derivativeFormula: "",
                           evaluate: identity, derivative: identity)
    })
}

@Suite struct GlossaryParserTests {
    private func parse(_ text: String) -> (Glossary, [Diagnostic]) {
        GlossaryParser(registry: miniRegistry()).parse(SourceText(file: "content/glossary.md", text: text))
    }

    private func at(_ d: Diagnostic) -> String { d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-" }

    @Test func readsTermsAliasesSeeAndDefinitions() {
        let (glossary, diagnostics) = parse("""
        # Glossary

        ## Sigmoid
        aliases: logistic function, σ
        see: logistic

        An S-shaped curve from $\\mathbb{R}$ to $(0, 1)$.

        Second paragraph.

        ## ReLU
        see: relu
        Zero for negative inputs, the input itself otherwise.
        ```
        ## not a heading inside a fence
        ```
        """)
        #expect(diagnostics.isEmpty)
        #expect(glossary.entries.map(\.term) == ["ReLU", "Sigmoid"])
        let sigmoid = glossary.entries[1]
        #expect(sigmoid.aliases == ["logistic function", "σ"])
        #expect(sigmoid.see == "sigmoid")
        #expect(sigmoid.slug == "sigmoid")
        #expect(sigmoid.definition == "An S-shaped curve from $\\mathbb{R}$ to $(0, 1)$.\n\nSecond paragraph.")
        #expect(sigmoid.range.start.line == 3 && sigmoid.range.start.column == 4)
        // The definition keeps its file positions: line 7 is its first line.
        #expect(sigmoid.definitionSource.line(7) == "An S-shaped curve from $\\mathbb{R}$ to $(0, 1)$.")
        #expect(sigmoid.definitionSource.line(5) == nil && sigmoid.definitionSource.firstLine == 7)
        #expect(glossary.entries[0].definition.hasSuffix("```\n## not a heading inside a fence\n```"))
    }

    @Test(arguments: ["relu", "ReLU", "  relu ", "Rectified   Linear unit", "RECTIFIED LINEAR UNIT"])
    func linksMatchTermsAndAliasesIgnoringCase(target: String) {
        let (glossary, _) = parse("## ReLU\naliases: rectified linear unit\nThe ramp.\n")
        #expect(glossary.entry(for: target)?.term == "ReLU")
    }

    @Test func slugsFindTheirOwnEntry() {
        let (glossary, _) = parse("## Zeta\nZ.\n## Leaky ReLU\nL.\n## ReLU\nR.\n## Élan\nE.\n")
        #expect(glossary.entries.count == 4)
        for entry in glossary.entries {
            #expect(glossary.entry(slug: entry.slug)?.term == entry.term)
        }
        #expect(glossary.entry(slug: "leaky-relu")?.term == "Leaky ReLU")
        #expect(glossary.entry(slug: "Leaky ReLU") == nil)
        #expect(glossary.entry(slug: "") == nil)
    }

    /// The byte path for ASCII names gives what lowering and splitting by `Character` give.
    @Test(arguments: ["relu", "ReLU", "  Leaky\tReLU\n ", "a  b\t\tc", "", "   ", "\t", "A-Z_[x]", "a\r\nb", "Ünïcode  Term", "MIXED é Case"])
    func keysOfASCIINamesMatchTheCharacterRule(name: String) {
        let reference = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        #expect(Glossary.key(name) == reference)
    }

    @Test func accentedTermsSortAndFileUnderTheirBaseLetter() {
        let (glossary, _) = parse("## Zeta\nZ.\n## Élan\nE.\n## echo\nE.\n## 2-norm\nN.\n## Ω\nO.\n")
        #expect(glossary.entries.map(\.term) == ["2-norm", "echo", "Élan", "Zeta", "Ω"])
        #expect(glossary.entries.map(\.indexLetter) == ["#", "E", "E", "Z", "#"])
    }

    @Test func unknownLinkSuggestsTheClosestTerm() {
        let (glossary, _) = parse("## Sigmoid\nS-curve.\n## Softmax\nNormalised exponentials.\n")
        let range = SourceRange(start: SourceLocation(file: "content/lessons/a.md", line: 12, column: 7), length: 12)
        #expect(glossary.entry(for: "Sigmod") == nil)
        let diagnostic = glossary.unknownTerm("Sigmod", at: range)
        #expect(diagnostic.code == "glossary.unknown-term")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range == range)
        #expect(diagnostic.message == "unknown glossary term 'Sigmod'")
        #expect(diagnostic.notes.map(\.message) == ["did you mean 'Sigmoid'?"])
    }

    @Test func termsNoLessonUsesAreWarnings() {
        let (glossary, _) = parse("## Sigmoid\nS-curve.\n\n## Logits\nRaw scores.\n")
        let warnings = glossary.unusedWarnings(used: ["sigmoid"])
        #expect(warnings.map(\.code) == ["glossary.unused-term"])
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.map(at) == ["4:4"])
    }

    @Test(arguments: [
        ("## ReLU\nRamp.\n## relu\nAgain.\n", "glossary.duplicate-term", "3:4"),
        ("## ReLU\naliases: ramp\nRamp.\n## Other\naliases: x, Ramp\nText.\n", "glossary.duplicate-term", "5:13"),
        ("## Sigmoid\nsee: sigmod\nS-curve.\n", "glossary.unknown-function", "2:6"),
        ("## Sigmoid\nsee: sigmoid\n\n## Tanh\nS-curve.\n", "glossary.empty-definition", "1:4"),
        ("##\nText.\n", "glossary.empty-term", "1:1"),
    ])
    func reportsProblemsAtTheirPosition(text: String, code: String, position: String) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.map(at) == [position])
    }

    @Test func duplicateNotesPointAtTheFirstDefinition() {
        let (glossary, diagnostics) = parse("## ReLU\nRamp.\n## relu\nAgain.\n")
        #expect(glossary.entries.count == 1)
        #expect(diagnostics.first?.notes.first?.range?.start.line == 1)
    }

    @Test func seeAcceptsAliasesAndDerivativeNames() {
        let (glossary, diagnostics) = parse("## Logistic\nsee: logistic\nS-curve.\n## Slope\nsee: sigmoid_prime\nIts slope.\n")
        #expect(diagnostics.isEmpty)
        #expect(glossary.entries.map(\.see) == ["sigmoid", "sigmoid"])
    }

    @Test func unknownSeeSuggestsALibraryFunction() {
        let (_, diagnostics) = parse("## Sigmoid\nsee: sigmod\nS-curve.\n")
        #expect(diagnostics.first?.notes.map(\.message) == ["did you mean 'sigmoid'?"])
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Non-Linearity", "non-linearity"), ("ReLU", "relu"), ("Neural Networks", "neural-networks"),
        ("  Loss functions!  ", "loss-functions"), ("Café au lait", "cafe-au-lait"), ("∑", "item"),
        ("What is the \"Dying ReLU\" problem?", "what-is-the-dying-relu-problem"),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }
}
