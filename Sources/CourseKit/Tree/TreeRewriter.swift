import LecternMarkdown

// The walk lives in CourseKit, beside every rewriter, so that the optimiser specialises it for
// each one: called across the module boundary it ran unspecialised, and about a tenth of the
// Check pass went to generic metadata lookups.

/// Turns a tree of one stage into a tree of the next: the Markdown structure is copied, each
/// Lectern leaf is handed to the rewriter in document order (a container before its content,
/// an alert's title before its blocks), so a rewriter may keep state across leaves (one Calc
/// interpreter for a whole lesson).
package protocol TreeRewriter {
    /// The stage of the tree read.
    associatedtype From: TreeStage
    /// The stage of the tree made.
    associatedtype To: TreeStage

    /// The next stage of a formula.
    mutating func math(_ node: From.Math) -> To.Math
    /// The next stage of an inline value.
    mutating func value(_ node: From.Value) -> To.Value
    /// The next stage of a glossary link.
    mutating func glossaryLink(_ node: From.Link) -> To.Link
    /// The next stage of a Lectern fence.
    mutating func fence(_ node: From.Fence) -> To.Fence
}

extension MarkdownDocument {
    /// The document with every Lectern leaf rewritten by `rewriter`, in document order.
    package func rewritten<R: TreeRewriter>(by rewriter: inout R) -> MarkdownDocument<R.To> where R.From == Stage {
        MarkdownDocument<R.To>(blocks: blocks.map { $0.rewritten(by: &rewriter) })
    }
}

extension Block {
    /// The block with every Lectern leaf inside it rewritten by `rewriter`, in document order.
    package func rewritten<R: TreeRewriter>(by rewriter: inout R) -> Block<R.To> where R.From == Stage {
        switch self {
        case .paragraph(let node):
            return .paragraph(Paragraph(inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .heading(let node):
            return .heading(Heading(level: node.level, inlines: node.inlines.rewritten(by: &rewriter),
                                    anchor: node.anchor, range: node.range))
        case .thematicBreak(let range):
            return .thematicBreak(range)
        case .blockQuote(let node):
            return .blockQuote(BlockQuote(blocks: node.blocks.rewritten(by: &rewriter), range: node.range))
        case .list(let node):
            var items: [ListItem<R.To>] = []
            for item in node.items {
                items.append(ListItem(task: item.task, blocks: item.blocks.rewritten(by: &rewriter), range: item.range))
            }
            return .list(ListBlock(kind: node.kind, isTight: node.isTight, items: items, range: node.range))
        case .codeBlock(let node):
            return .codeBlock(node)
        case .htmlBlock(let node):
            return .htmlBlock(node)
        case .table(let node):
            let header = node.header.rewrittenCells(by: &rewriter)
            var rows: [[TableCell<R.To>]] = []
            for row in node.rows { rows.append(row.rewrittenCells(by: &rewriter)) }
            return .table(Table(alignments: node.alignments, header: header, rows: rows, range: node.range))
        case .footnoteDefinition(let node):
            return .footnoteDefinition(FootnoteDefinition(label: node.label, referenceCount: node.referenceCount,
                                                          blocks: node.blocks.rewritten(by: &rewriter), range: node.range))
        case .math(let node):
            return .math(rewriter.math(node))
        case .fence(let node):
            return .fence(rewriter.fence(node))
        case .alert(let node):
            let title = node.title.map { $0.rewritten(by: &rewriter) }
            return .alert(AlertNode(kind: node.kind, title: title, blocks: node.blocks.rewritten(by: &rewriter), range: node.range))
        case .opaque(let node):
            return .opaque(node)
        }
    }
}

extension Inline {
    /// The inline with every Lectern leaf inside it rewritten by `rewriter`.
    package func rewritten<R: TreeRewriter>(by rewriter: inout R) -> Inline<R.To> where R.From == Stage {
        switch self {
        case .text(let node): .text(node)
        case .softBreak(let range): .softBreak(range)
        case .lineBreak(let range): .lineBreak(range)
        case .code(let node): .code(node)
        case .html(let node): .html(node)
        case .emphasis(let node): .emphasis(Container(inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .strong(let node): .strong(Container(inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .strikethrough(let node): .strikethrough(Container(inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .link(let node):
            .link(Link(destination: node.destination, title: node.title, inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .image(let node):
            .image(Link(destination: node.destination, title: node.title, inlines: node.inlines.rewritten(by: &rewriter), range: node.range))
        case .footnoteReference(let node): .footnoteReference(node)
        case .math(let node): .math(rewriter.math(node))
        case .value(let node): .value(rewriter.value(node))
        case .glossaryLink(let node): .glossaryLink(rewriter.glossaryLink(node))
        case .opaque(let node): .opaque(node)
        }
    }
}

extension Array {
    /// Blocks rewritten in order.
    package func rewritten<S, R: TreeRewriter>(by rewriter: inout R) -> [Block<R.To>] where Element == Block<S>, R.From == S {
        var result: [Block<R.To>] = []
        result.reserveCapacity(count)
        for block in self { result.append(block.rewritten(by: &rewriter)) }
        return result
    }

    /// Inlines rewritten in order.
    package func rewritten<S, R: TreeRewriter>(by rewriter: inout R) -> [Inline<R.To>] where Element == Inline<S>, R.From == S {
        var result: [Inline<R.To>] = []
        result.reserveCapacity(count)
        for inline in self { result.append(inline.rewritten(by: &rewriter)) }
        return result
    }

    fileprivate func rewrittenCells<S, R: TreeRewriter>(by rewriter: inout R) -> [TableCell<R.To>] where Element == TableCell<S>, R.From == S {
        var result: [TableCell<R.To>] = []
        for cell in self { result.append(TableCell(inlines: cell.inlines.rewritten(by: &rewriter), range: cell.range)) }
        return result
    }
}
