import Calc
import Diagnostics
import LecternMarkdown

/// The kinds of fenced block Lectern interprets, by the word after the opening fence.
///
/// Adding a block type starts here: a kind, its case in `LecternBlock` (parsed) and in
/// `CheckedBlock` (checked), and its parsing in `LecternBlock.init(parsing:with:)`. The compiler
/// then lists the three other places that must handle it: the checker (`LessonChecker`), the HTML
/// writer (`LessonHTML`, with a partial in `templates/partials/`) and the search indexer (`SearchText`).
package enum LecternBlockKind: String, Sendable, CaseIterable {
    case quiz, example, plot

    /// The fence words the Markdown parser turns into Lectern nodes.
    package static let words = Set(allCases.map(\.rawValue))
}

/// A Lectern fence after the Parse pass.
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

extension LecternBlock {
    /// Reads a fence's body into its node; problems go to `parser`'s diagnostics.
    init(parsing fence: FenceNode, with parser: inout FenceParser) {
        switch LecternBlockKind(rawValue: fence.word) {
        case .quiz:
            let (parsed, problems) = QuizParser().parse(body: fence.body, bodyMap: fence.bodyMap, fenceRange: fence.range)
            parser.diagnostics += problems
            guard let quiz = parsed else { self = .invalid(fence); return }
            self = .quiz(QuizNode(quiz: quiz, texts: parser.texts(of: quiz)))
        case .example:
            self = .example(ExampleNode(example: WorkedExample(body: fence.body), bodyMap: fence.bodyMap, range: fence.range))
        case .plot:
            let (spec, series, problems) = PlotSpecParser().parseCollecting(fence.body, map: fence.bodyMap, block: fence.range)
            parser.diagnostics += problems
            self = .plot(PlotNode(spec: spec, series: series, bodyMap: fence.bodyMap, range: fence.range))
        case nil:
            self = .invalid(fence)
        }
    }
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

/// A quiz: its fields and its texts, each a small tree of the same stage as the lesson.
package struct QuizNode: Sendable {
    /// The quiz as the author wrote it.
    package var quiz: Quiz
    /// The question, options, explanation and hint as trees.
    package var texts: QuizTexts<ParsedStage>
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

    /// A plot as the parse pass makes it (the plot fuzz harness makes one directly).
    package init(spec: PlotSpec?, series: [PlotSpec.Series], bodyMap: SnippetMap, range: SourceRange) {
        self.spec = spec
        self.series = series
        self.bodyMap = bodyMap
        self.range = range
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

/// A plot after the Check pass: its series sampled, ready to draw.
package struct CheckedPlot: Sendable {
    /// The plot's fields; nil when some were wrong (reported).
    package var spec: PlotSpec?
    /// The samples; nil when a field or a series was wrong (reported).
    package var sampled: SampledPlot?
    /// The id naming the chart on its page: the spec's content id, with a suffix when the
    /// lesson already has a chart of that id.
    package var id: String
    /// The whole fence.
    package var range: SourceRange
}
