@testable import LecternMarkdown
import Diagnostics

/// Parsing helpers shared by the Markdown tests.
enum MD {
    /// The fence words CourseKit configures (its block kinds).
    static let fenceWords: Set<String> = ["quiz", "example", "plot"]

    static func parse(_ text: String, allowHTML: Bool = false) -> SourceDocument {
        MarkdownParser(allowHTML: allowHTML, fenceWords: fenceWords).parse(SourceText(file: "lesson.md", text: text)).0
    }

    static func html(_ text: String, allowHTML: Bool = false) -> String {
        HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: allowHTML).render(parse(text, allowHTML: allowHTML))
    }

    static func math(_ text: String) -> [MathNode] {
        parse(text).mathNodes
    }

    /// "line:column" of a location, for compact expectations.
    static func at(_ location: SourceLocation) -> String {
        "\(location.line):\(location.column)"
    }

    /// "line:column-line:column" of a range.
    static func span(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }
}

/// A parsed document with its Lectern constructs as written.
typealias SourceDocument = MarkdownDocument<SourceStage>

extension MarkdownDocument where Stage == SourceStage {
    /// Every block of the document, depth first in source order (containers before their
    /// content), including blocks inside lists, quotes, alerts and footnotes.
    var allBlocks: [Block<SourceStage>] {
        depthFirst(blocks) { block in
            switch block {
            case .blockQuote(let quote): quote.blocks
            case .list(let list): list.items.flatMap(\.blocks)
            case .footnoteDefinition(let definition): definition.blocks
            case .alert(let alert): alert.blocks
            default: []
            }
        }
    }

    /// Every inline of the document, depth first in source order, including alert titles and table cells.
    var allInlines: [Inline<SourceStage>] {
        allBlocks.flatMap(Self.nestedInlines)
    }

    /// All math in source order: `$…$`, `$$…$$` and ```` ```math ```` fences.
    var mathNodes: [MathNode] {
        allBlocks.flatMap { block -> [MathNode] in
            var result: [MathNode] = []
            if case .math(let math) = block { result.append(math) }
            for case .math(let math) in Self.nestedInlines(of: block) { result.append(math) }
            return result
        }
    }

    /// A block's own inlines and everything inside them, but nothing from its child blocks.
    private static func nestedInlines(of block: Block<SourceStage>) -> [Inline<SourceStage>] {
        let own: [Inline<SourceStage>]
        switch block {
        case .paragraph(let paragraph): own = paragraph.inlines
        case .heading(let heading): own = heading.inlines
        case .table(let table): own = (table.header + table.rows.flatMap { $0 }).flatMap(\.inlines)
        case .alert(let alert): own = alert.title ?? []
        default: own = []
        }
        return depthFirst(own) { inline in
            switch inline {
            case .emphasis(let node), .strong(let node), .strikethrough(let node): node.inlines
            case .link(let link), .image(let link): link.inlines
            default: []
            }
        }
    }

    /// All ```` ```quiz ````, ```` ```example ```` and ```` ```plot ```` fences in source order.
    var fences: [FenceNode] {
        allBlocks.compactMap { if case .fence(let fence) = $0 { fence } else { nil } }
    }

    /// All inline values (`{= …}`) in source order.
    var inlineValues: [InlineValueNode] {
        allInlines.compactMap { if case .value(let value) = $0 { value } else { nil } }
    }

    /// All glossary links (`[[…]]`) in source order.
    var glossaryLinks: [GlossaryLinkNode] {
        allInlines.compactMap { if case .glossaryLink(let link) = $0 { link } else { nil } }
    }
}

/// `roots` and everything below them, depth first in source order (a node before its children).
private func depthFirst<Node>(_ roots: [Node], children: (Node) -> [Node]) -> [Node] {
    var result: [Node] = []
    var stack: [Node] = roots.reversed()
    while let node = stack.popLast() {
        result.append(node)
        stack.append(contentsOf: children(node).reversed())
    }
    return result
}
