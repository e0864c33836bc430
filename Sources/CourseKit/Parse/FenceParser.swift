import Calc
import Diagnostics
import LecternMarkdown

/// Reads the body of every Lectern fence into its typed node (`LecternBlock.init(parsing:with:)`),
/// reporting its field problems at the author's lines and columns; formulas, values and links pass
/// through as written.
struct FenceParser: TreeRewriter {
    typealias From = SourceStage
    typealias To = ParsedStage

    /// Whether quiz texts keep raw HTML (course.yml's `allow_html`).
    let allowHTML: Bool
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []

    init(allowHTML: Bool) {
        self.allowHTML = allowHTML
    }

    func math(_ node: MathNode) -> MathNode { node }
    func value(_ node: InlineValueNode) -> InlineValueNode { node }
    func glossaryLink(_ node: GlossaryLinkNode) -> GlossaryLinkNode { node }

    mutating func fence(_ fence: FenceNode) -> LecternBlock {
        LecternBlock(parsing: fence, with: &self)
    }

    /// The quiz's texts as trees; each is parsed on its own, its problems moved to the author's file.
    mutating func texts(of quiz: Quiz) -> QuizTexts<ParsedStage> {
        func parse(_ text: QuizText) -> ParsedDocument {
            let origin = QuizTextOrigin(text: text)
            let (markdown, problems) = MarkdownParser(allowHTML: allowHTML).parse(origin.source)
            diagnostics += problems.map(origin.remap)
            // One rewrite that moves the leaves and parses fences, not two copies of the tree.
            var relocated = RelocatedFenceParser(relocation: QuizTextRelocation(origin: origin), inner: FenceParser(allowHTML: allowHTML))
            return markdown.rewritten(by: &relocated)
        }
        return QuizTexts(
            question: parse(quiz.question),
            options: quiz.options.map { parse($0.text) },
            explanation: quiz.explanation.map(parse),
            hint: quiz.hint.map(parse))
    }
}

/// `QuizTextRelocation` then `FenceParser` in one rewrite: each leaf is moved to the author's
/// file, and a fence is then parsed, as the two rewrites one after the other did.
private struct RelocatedFenceParser: TreeRewriter {
    typealias From = SourceStage
    typealias To = ParsedStage

    let relocation: QuizTextRelocation
    var inner: FenceParser

    func math(_ node: MathNode) -> MathNode { relocation.math(node) }
    func value(_ node: InlineValueNode) -> InlineValueNode { relocation.value(node) }
    func glossaryLink(_ node: GlossaryLinkNode) -> GlossaryLinkNode { relocation.glossaryLink(node) }
    mutating func fence(_ node: FenceNode) -> LecternBlock { inner.fence(relocation.fence(node)) }
}
