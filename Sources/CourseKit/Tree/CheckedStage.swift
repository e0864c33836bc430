import Calc
import Diagnostics
import LecternMarkdown

/// The lesson tree after the Check pass: every Lectern leaf carries what checking it gave.
/// The Render pass reads only this.
package enum CheckedStage: TreeStage {
    package typealias Math = CheckedMath
    package typealias Value = CheckedValue
    package typealias Link = CheckedLink
    package typealias Fence = CheckedBlock
}

/// A lesson body, glossary definition or FAQ answer after the Check pass.
package typealias CheckedDocument = MarkdownDocument<CheckedStage>

/// A formula and its MathML.
package struct CheckedMath: SourceNode {
    /// The formula as written.
    package var node: MathNode
    /// The TeX converted: the author's, with the values of any `{= … }` in it.
    package var tex: String
    /// Maps offsets in `tex` to the author's file.
    package var map: SnippetMap
    /// The MathML of `tex`; nil when it had an error (reported).
    package var mathML: String?

    package var range: SourceRange { node.range }
}

/// An inline value and its formatted text.
package struct CheckedValue: SourceNode {
    /// The value as written.
    package var node: InlineValueNode
    /// The formatted value; nil when it failed (reported).
    package var text: String?

    package var range: SourceRange { node.range }
}

/// A glossary link and the entry it resolved to.
package struct CheckedLink: SourceNode {
    /// The link as written.
    package var node: GlossaryLinkNode
    /// The entry's slug; nil when the term is unknown (reported).
    package var slug: String?

    package var range: SourceRange { node.range }
}

/// A Lectern fence after the Check pass.
package enum CheckedBlock: SourceNode {
    /// A quiz with its proven key.
    case quiz(CheckedQuiz)
    /// A worked example that ran.
    case example(CheckedExample)
    /// A plot drawn.
    case plot(CheckedPlot)
    /// A fence whose body could not be understood.
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

/// A worked example after the Check pass: what was written and what running it gave.
package struct CheckedExample: Sendable {
    /// The example as parsed from its fence.
    package var example: WorkedExample
    /// Each step's result and the diagnostics.
    package var outcome: ExampleOutcome
    /// The whole fence.
    package var range: SourceRange
}

/// A plot after the Check pass: the chart drawn from its sampled series.
package struct CheckedPlot: Sendable {
    /// The plot's fields; nil when some were wrong (reported).
    package var spec: PlotSpec?
    /// The chart; nil when a field or a series was wrong (reported).
    package var svg: String?
    /// The whole fence.
    package var range: SourceRange
}
