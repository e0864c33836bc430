import Calc
import Diagnostics
import LecternMarkdown

/// The lesson tree after the Parse pass: every Lectern fence understood (a quiz with its texts
/// as sub-trees, a worked example, a plot), formulas and values still as written.
package enum ParsedStage: TreeStage {
    package typealias Math = MathNode
    package typealias Value = InlineValueNode
    package typealias Link = GlossaryLinkNode
    package typealias Fence = LecternBlock
}

/// A lesson body, glossary definition or FAQ answer after the Parse pass.
package typealias ParsedDocument = MarkdownDocument<ParsedStage>

/// A Lectern fence after the Parse pass. Adding a case here makes the compiler list every pass
/// that must handle it: the parser (`FenceParser`), the checker (`LessonChecker`), the HTML
/// writer (`LessonHTML`) and the search indexer (`SearchText`).
package enum LecternBlock: SourceNode {
    /// A ```` ```quiz ```` fence.
    case quiz(QuizNode)
    /// An ```` ```example ```` fence.
    case example(ExampleNode)
    /// A ```` ```plot ```` fence.
    case plot(PlotNode)
    /// A fence whose body could not be understood; its problems were reported by the parse.
    case invalid(FenceNode)

    /// The whole fence.
    package var range: SourceRange {
        switch self {
        case .quiz(let node): node.quiz.range
        case .example(let node): node.range
        case .plot(let node): node.range
        case .invalid(let node): node.range
        }
    }
}

/// A quiz: its fields and its texts, each a small tree of the same stage as the lesson.
package struct QuizNode: Sendable {
    /// The quiz as the author wrote it.
    package var quiz: Quiz
    /// The question, options, explanation and hint as trees.
    package var texts: QuizTexts<ParsedStage>
}

/// The Markdown texts of one quiz, each a tree whose ranges are the author's.
package struct QuizTexts<Stage: TreeStage>: Sendable {
    /// The question.
    package var question: MarkdownDocument<Stage>
    /// Each option, in the author's order.
    package var options: [MarkdownDocument<Stage>]
    /// The explanation, if any.
    package var explanation: MarkdownDocument<Stage>?
    /// The hint, if any.
    package var hint: MarkdownDocument<Stage>?

    /// The texts with every Lectern leaf rewritten, in the order a reader meets them.
    package func rewritten<R: TreeRewriter>(by rewriter: inout R) -> QuizTexts<R.To> where R.From == Stage {
        let question = question.rewritten(by: &rewriter)
        var options: [MarkdownDocument<R.To>] = []
        for option in self.options { options.append(option.rewritten(by: &rewriter)) }
        let explanation = explanation?.rewritten(by: &rewriter)
        let hint = hint?.rewritten(by: &rewriter)
        return QuizTexts<R.To>(question: question, options: options, explanation: explanation, hint: hint)
    }
}

/// A worked example with where its lines are.
package struct ExampleNode: Sendable {
    /// The statements and expected outputs.
    package var example: WorkedExample
    /// Maps offsets in the fence body to the author's file.
    package var bodyMap: SnippetMap
    /// The whole fence.
    package var range: SourceRange
}

/// A plot; its series are compiled and sampled by the Check pass.
package struct PlotNode: Sendable {
    /// The plot's fields; nil when some were wrong (reported), though its series are still checked.
    package var spec: PlotSpec?
    /// The `y:` series that could be read.
    package var series: [PlotSpec.Series]
    /// Maps offsets in the fence body to the author's file.
    package var bodyMap: SnippetMap
    /// The whole fence.
    package var range: SourceRange
}
