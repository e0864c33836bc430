import Diagnostics

/// The Lectern constructs of a document in reading order, found once for every check.
package enum LecternNodeWalk {
    /// One construct a check may look at. Alerts are not listed; their contents are.
    package enum Item: Sendable {
        case math(MathNode)
        case value(InlineValueNode)
        case glossaryLink(GlossaryLinkNode)
        case fence(FenceNode)

        /// Where the construct is; the key of its results.
        package var range: SourceRange {
            switch self {
            case .math(let node): node.range
            case .value(let node): node.range
            case .glossaryLink(let node): node.range
            case .fence(let node): node.range
            }
        }
    }

    /// Every construct of `document`, in source order.
    package static func items(in document: MarkdownDocument) -> [Item] {
        var items: [Item] = []
        for block in document.blocks { visit(block, into: &items) }
        return items
    }

    private static func visit(_ block: Block, into items: inout [Item]) {
        switch block {
        case .paragraph(let node): visit(node.inlines, into: &items)
        case .heading(let node): visit(node.inlines, into: &items)
        case .blockQuote(let node): node.blocks.forEach { visit($0, into: &items) }
        case .list(let node): node.items.forEach { $0.blocks.forEach { visit($0, into: &items) } }
        case .table(let node):
            node.header.forEach { visit($0.inlines, into: &items) }
            node.rows.forEach { $0.forEach { visit($0.inlines, into: &items) } }
        case .footnoteDefinition(let node): node.blocks.forEach { visit($0, into: &items) }
        case .math(let node): items.append(.math(node))
        case .fence(let node): items.append(.fence(node))
        case .alert(let node):
            if let title = node.title { visit(title, into: &items) }
            node.blocks.forEach { visit($0, into: &items) }
        case .thematicBreak, .codeBlock, .htmlBlock, .opaque: break
        }
    }

    private static func visit(_ inlines: [Inline], into items: inout [Item]) {
        for inline in inlines {
            switch inline {
            case .emphasis(let node), .strong(let node), .strikethrough(let node): visit(node.inlines, into: &items)
            case .link(let node), .image(let node): visit(node.inlines, into: &items)
            case .math(let node): items.append(.math(node))
            case .value(let node): items.append(.value(node))
            case .glossaryLink(let node): items.append(.glossaryLink(node))
            case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .opaque: break
            }
        }
    }
}
