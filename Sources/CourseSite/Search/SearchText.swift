import CourseKit
import LecternMarkdown

/// The plain text of checked trees: what search finds and what exports show as text.
///
/// Every Lectern construct decides here what a reader may find of it: a quiz gives its question
/// only (never its options' marks, answer, explanation or hint), a worked example nothing (its
/// `>>>` lines are code, not prose), a plot its title, a formula its linear form, a value its
/// formatted text. A new fence kind must be added to this `switch` to compile.
package struct SearchText {
    /// The text so far as UTF-8 bytes: appending a string's bytes to an array costs less than
    /// appending to a string, and the collapse reads bytes anyway.
    private var out: [UInt8] = []
    /// Formulas already read in this build, when the caller shares them.
    private var memo: MathTextMemo?

    /// The text of `blocks`, white space collapsed.
    package static func of(_ blocks: [Block<CheckedStage>]) -> String {
        var writer = SearchText()
        writer.blocks(blocks)
        return writer.out.withUnsafeBufferPointer(HTMLPlainText.collapse(utf8:))
    }

    /// The text of `inlines`, white space collapsed.
    package static func of(_ inlines: [Inline<CheckedStage>]) -> String {
        var writer = SearchText()
        writer.inlines(inlines)
        return writer.out.withUnsafeBufferPointer(HTMLPlainText.collapse(utf8:))
    }

    /// One section of a lesson: the text under a `##` or `###` heading (or before the first).
    package struct Section {
        /// The heading's text; nil for the text before the first heading.
        package var title: String?
        /// The heading's anchor.
        package var anchor: String?
        /// The section's text.
        package var text: String
    }

    /// `document` split at its top-level `##` and `###` headings, so a result opens the section
    /// that matched rather than the top of the page. `memo` shares the formulas' linear forms
    /// between lessons (`SearchPage.write`).
    package static func sections(of document: CheckedDocument, memo: MathTextMemo? = nil) -> [Section] {
        var sections: [Section] = []
        var current = Section(title: nil, anchor: nil, text: "")
        // One writer for the whole walk: each section's text is its blocks' text one after
        // another, as `of` would write them, and the buffer is emptied, not made, per section.
        var writer = SearchText()
        writer.memo = memo
        for block in document.blocks {
            if case .heading(let heading) = block, heading.level == 2 || heading.level == 3 {
                current.text = writer.collapsed()
                sections.append(current)
                writer.inlines(heading.inlines)
                current = Section(title: writer.collapsed(), anchor: heading.anchor, text: "")
            } else {
                writer.block(block)
            }
        }
        current.text = writer.collapsed()
        sections.append(current)
        return sections
    }

    /// The text written so far, white space collapsed; the writer starts again empty.
    private mutating func collapsed() -> String {
        let text = out.withUnsafeBufferPointer(HTMLPlainText.collapse(utf8:))
        out.removeAll(keepingCapacity: true)
        return text
    }

    private func linear(_ node: CheckedMath) -> String {
        memo?.linear(node) ?? MathText.linear(node)
    }

    private mutating func blocks(_ blocks: [Block<CheckedStage>]) {
        for block in blocks { self.block(block) }
    }

    private mutating func block(_ block: Block<CheckedStage>) {
        switch block {
        case .paragraph(let node): inlines(node.inlines)
        case .heading(let node): inlines(node.inlines)
        case .thematicBreak: break
        case .blockQuote(let node): blocks(node.blocks)
        case .list(let node): for item in node.items { blocks(item.blocks) }
        case .codeBlock(let node): out += node.code.utf8
        case .htmlBlock(let node): out += HTMLPlainText.from(html: node.html).utf8
        case .table(let node):
            for cell in node.header + node.rows.flatMap({ $0 }) {
                inlines(cell.inlines)
                out.append(UInt8(ascii: " "))
            }
        case .footnoteDefinition(let node): blocks(node.blocks)
        case .math(let node): out += linear(node).utf8
        case .fence(let node): fence(node)
        case .alert(let node):
            if let title = node.title { inlines(title) }
            out.append(UInt8(ascii: " "))
            blocks(node.blocks)
        case .opaque(let node): out += HTMLPlainText.from(html: node.html).utf8
        }
        out.append(UInt8(ascii: " "))
    }

    private mutating func fence(_ node: CheckedBlock) {
        switch node {
        case .quiz(let quiz): blocks(quiz.texts.question.blocks)
        case .example: break
        case .plot(let plot): out += (plot.spec?.title ?? "").utf8
        case .invalid: break
        }
    }

    private mutating func inlines(_ inlines: [Inline<CheckedStage>]) {
        for inline in inlines {
            switch inline {
            case .text(let node): out += node.text.utf8
            case .softBreak, .lineBreak: out.append(UInt8(ascii: " "))
            case .code(let node): out += node.code.utf8
            case .html(let node): out += node.html.utf8
            case .emphasis(let node), .strong(let node), .strikethrough(let node): self.inlines(node.inlines)
            case .link(let node), .image(let node): self.inlines(node.inlines)
            case .footnoteReference: break
            case .math(let node): out += linear(node).utf8
            case .value(let node): out += (node.text ?? "").utf8
            case .glossaryLink(let node): out += node.node.shownText.utf8
            case .opaque(let node): out += HTMLPlainText.from(html: node.html).utf8
            }
        }
    }
}
