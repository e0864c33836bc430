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
    /// The formula as written, without its snippet map: the check made every diagnostic of
    /// the formula, and the render reads only the TeX and the MathML.
    package var node: MathNode
    /// The TeX converted: the author's, with the values of any `{= … }` in it.
    package var tex: String
    /// Maps offsets in `tex` to the author's file when values were substituted into it; empty
    /// (no segments) for a formula converted as written.
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

