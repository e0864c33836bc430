import Calc
import Diagnostics
import LecternMarkdown

/// Reads the body of every Lectern fence into its typed node, reporting its field problems at
/// the author's lines and columns; formulas, values and links pass through as written.
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
        switch fence.kind {
        case .quiz:
            let (parsed, problems) = QuizParser().parse(body: fence.body, bodyMap: fence.bodyMap, fenceRange: fence.range)
            diagnostics += problems
            guard let quiz = parsed else { return .invalid(fence) }
            return .quiz(QuizNode(quiz: quiz, texts: texts(of: quiz)))
        case .example:
            let example = WorkedExample(body: fence.body)
            return .example(ExampleNode(example: example, bodyMap: fence.bodyMap, range: fence.range))
        case .plot:
            let (spec, series, problems) = PlotSpecParser().parseCollecting(fence.body, map: fence.bodyMap, block: fence.range)
            diagnostics += problems
            return .plot(PlotNode(spec: spec, series: series, bodyMap: fence.bodyMap, range: fence.range))
        }
    }

    /// The quiz's texts as trees; each is parsed on its own, its problems moved to the author's file.
    private mutating func texts(of quiz: Quiz) -> QuizTexts<ParsedStage> {
        func parse(_ text: QuizText) -> ParsedDocument {
            let origin = QuizTextOrigin(text: text)
            let (markdown, problems) = MarkdownParser(allowHTML: allowHTML, fences: false).parse(origin.source)
            diagnostics += problems.map(origin.remap)
            var relocation = QuizTextRelocation(origin: origin)
            var inner = FenceParser(allowHTML: allowHTML)
            return markdown.rewritten(by: &relocation).rewritten(by: &inner)
        }
        return QuizTexts(
            question: parse(quiz.question),
            options: quiz.options.map { parse($0.text) },
            explanation: quiz.explanation.map(parse),
            hint: quiz.hint.map(parse))
    }
}
