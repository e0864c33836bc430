extension MarkdownDocument {
    /// Every block of the document, depth first in source order (containers before their
    /// content), including blocks inside lists, quotes, alerts and footnotes.
    package var allBlocks: [Block] {
        depthFirst(blocks, children: \.childBlocks)
    }

    /// Every inline of the document, depth first in source order (containers before their
    /// content), including alert titles and table cells.
    package var allInlines: [Inline] {
        allBlocks.flatMap(\.nestedInlines)
    }

    /// All math in source order: `$…$`, `$$…$$` and ```` ```math ```` fences.
    package var mathNodes: [MathNode] {
        allBlocks.flatMap { block in
            var result: [MathNode] = []
            if case .math(let math) = block { result.append(math) }
            for case .math(let math) in block.nestedInlines { result.append(math) }
            return result
        }
    }

    /// All ```` ```quiz ````, ```` ```example ```` and ```` ```plot ```` fences in source order.
    package var fences: [FenceNode] {
        allBlocks.compactMap { if case .fence(let fence) = $0 { fence } else { nil } }
    }

    /// All inline values (`{= …}`) in source order.
    package var inlineValues: [InlineValueNode] {
        allInlines.compactMap { if case .value(let value) = $0 { value } else { nil } }
    }

    /// All glossary links (`[[…]]`) in source order.
    package var glossaryLinks: [GlossaryLinkNode] {
        allInlines.compactMap { if case .glossaryLink(let link) = $0 { link } else { nil } }
    }
}

extension Block {
    /// The blocks directly inside this one.
    package var childBlocks: [Block] {
        switch self {
        case .blockQuote(let quote): quote.blocks
        case .list(let list): list.items.flatMap(\.blocks)
        case .footnoteDefinition(let definition): definition.blocks
        case .alert(let alert): alert.blocks
        default: []
        }
    }

    /// The block's own inlines and everything inside them, depth first in source order
    /// (containers before their content), but nothing from its child blocks.
    package var nestedInlines: [Inline] {
        depthFirst(ownInlines, children: \.childInlines)
    }

    /// The inlines directly inside this block (not inside its child blocks).
    package var ownInlines: [Inline] {
        switch self {
        case .paragraph(let paragraph): paragraph.inlines
        case .heading(let heading): heading.inlines
        case .table(let table): (table.header + table.rows.flatMap { $0 }).flatMap(\.inlines)
        case .alert(let alert): alert.title ?? []
        default: []
        }
    }
}

extension Inline {
    /// The inlines directly inside this one.
    package var childInlines: [Inline] {
        switch self {
        case .emphasis(let node), .strong(let node), .strikethrough(let node): node.inlines
        case .link(let link), .image(let link): link.inlines
        default: []
        }
    }
}

/// `roots` and everything below them, depth first in source order (a node before its
/// children); an explicit stack, so deep nesting cannot overflow the call stack.
private func depthFirst<Node>(_ roots: [Node], children: (Node) -> [Node]) -> [Node] {
    var result: [Node] = []
    var stack: [Node] = roots.reversed()
    while let node = stack.popLast() {
        result.append(node)
        stack.append(contentsOf: children(node).reversed())
    }
    return result
}
