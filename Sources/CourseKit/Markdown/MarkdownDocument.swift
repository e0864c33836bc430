import Diagnostics

/// A parsed Markdown file: ordinary GFM blocks plus Lectern's typed constructs, every node
/// carrying its range in the author's file (1-based lines, character columns).
///
/// The tree is plain Swift values; nothing from cmark survives the parse.
package struct MarkdownDocument: Sendable, Hashable {
    /// The top-level blocks in source order. Footnote definitions come last, in the order
    /// cmark-gfm numbers them (first reference first).
    package var blocks: [Block]

    /// Creates a document from its top-level blocks.
    package init(blocks: [Block]) {
        self.blocks = blocks
    }
}

/// A block-level node.
package indirect enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case heading(Heading)
    case thematicBreak(SourceRange)
    case blockQuote(BlockQuote)
    case list(ListBlock)
    case codeBlock(CodeBlock)
    /// Raw HTML as the author wrote it (rendered only when HTML is allowed).
    case htmlBlock(RawHTML)
    case table(Table)
    case footnoteDefinition(FootnoteDefinition)
    /// A ```` ```math ```` fence: display math.
    case math(MathNode)
    /// A ```` ```quiz ````, ```` ```example ```` or ```` ```plot ```` fence.
    case fence(FenceNode)
    /// A GitHub alert (`> [!NOTE]`).
    case alert(AlertNode)
    /// Markup nested deeper than Lectern keeps as a tree, already rendered by cmark-gfm.
    case opaque(OpaqueHTML)

    /// Where the block is in the author's file.
    package var range: SourceRange {
        switch self {
        case .paragraph(let node): node.range
        case .heading(let node): node.range
        case .thematicBreak(let range): range
        case .blockQuote(let node): node.range
        case .list(let node): node.range
        case .codeBlock(let node): node.range
        case .htmlBlock(let node): node.range
        case .table(let node): node.range
        case .footnoteDefinition(let node): node.range
        case .math(let node): node.range
        case .fence(let node): node.range
        case .alert(let node): node.range
        case .opaque(let node): node.range
        }
    }
}

/// An inline node.
package indirect enum Inline: Sendable, Hashable {
    case text(Text)
    case softBreak(SourceRange)
    case lineBreak(SourceRange)
    case code(Code)
    /// Raw inline HTML as the author wrote it (rendered only when HTML is allowed).
    case html(RawHTML)
    case emphasis(Container)
    case strong(Container)
    case strikethrough(Container)
    case link(Link)
    case image(Link)
    case footnoteReference(FootnoteReference)
    /// `$…$` or `$$…$$`.
    case math(MathNode)
    /// `{= expression :format}`.
    case value(InlineValueNode)
    /// `[[Target]]` or `[[Target|text]]`.
    case glossaryLink(GlossaryLinkNode)
    /// Markup nested deeper than Lectern keeps as a tree, already rendered by cmark-gfm.
    case opaque(OpaqueHTML)

    /// Where the inline is in the author's file.
    package var range: SourceRange {
        switch self {
        case .text(let node): node.range
        case .softBreak(let range), .lineBreak(let range): range
        case .code(let node): node.range
        case .html(let node): node.range
        case .emphasis(let node), .strong(let node), .strikethrough(let node): node.range
        case .link(let node), .image(let node): node.range
        case .footnoteReference(let node): node.range
        case .math(let node): node.range
        case .value(let node): node.range
        case .glossaryLink(let node): node.range
        case .opaque(let node): node.range
        }
    }
}

/// A paragraph of inlines.
package struct Paragraph: Sendable, Hashable {
    /// The paragraph's content.
    package var inlines: [Inline]
    /// Where the paragraph is.
    package var range: SourceRange
}

/// An ATX or setext heading with its anchor id.
package struct Heading: Sendable, Hashable {
    /// 1 to 6.
    package var level: Int
    /// The heading's content.
    package var inlines: [Inline]
    /// A GitHub-style slug of the heading text, unique within the document (`why-relu`, `why-relu-1`).
    package var anchor: String
    /// Where the heading is.
    package var range: SourceRange
}

/// A block quote that is not a GitHub alert.
package struct BlockQuote: Sendable, Hashable {
    /// The quoted blocks.
    package var blocks: [Block]
    /// Where the quote is.
    package var range: SourceRange
}

/// A bullet or ordered list.
package struct ListBlock: Sendable, Hashable {
    /// The kind of list marker.
    package enum Kind: Sendable, Hashable {
        case bullet
        /// An ordered list with its first number and delimiter (`.` or `)`).
        case ordered(start: Int, delimiter: Character)
    }
    /// The list's marker kind.
    package var kind: Kind
    /// Tight lists render their paragraphs without `<p>`.
    package var isTight: Bool
    /// The list items.
    package var items: [ListItem]
    /// Where the list is.
    package var range: SourceRange
}

/// One list item.
package struct ListItem: Sendable, Hashable {
    /// nil for an ordinary item; for a task list item (`- [x]`), whether it is checked.
    package var task: Bool?
    /// The item's blocks.
    package var blocks: [Block]
    /// Where the item is.
    package var range: SourceRange
}

/// An indented or fenced code block (fences other than Lectern's own).
package struct CodeBlock: Sendable, Hashable {
    /// The info string of a fence, unescaped; empty for indented code.
    package var info: String
    /// The code, each line ending in a newline.
    package var code: String
    /// Whether the block is fenced.
    package var isFenced: Bool
    /// Where the block is.
    package var range: SourceRange
}

/// Raw HTML, block or inline.
package struct RawHTML: Sendable, Hashable {
    /// The markup exactly as written.
    package var html: String
    /// Where it is.
    package var range: SourceRange
}

/// A GFM table.
package struct Table: Sendable, Hashable {
    /// Column alignment from the delimiter row.
    package enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }
    /// One alignment per column.
    package var alignments: [Alignment]
    /// The header row's cells.
    package var header: [TableCell]
    /// The body rows.
    package var rows: [[TableCell]]
    /// Where the table is.
    package var range: SourceRange
}

/// One table cell.
package struct TableCell: Sendable, Hashable {
    /// The cell's content.
    package var inlines: [Inline]
    /// Where the cell is.
    package var range: SourceRange
}

/// A footnote definition (`[^note]: …`) that is referenced at least once.
package struct FootnoteDefinition: Sendable, Hashable {
    /// The label as written, without `[^` and `]`.
    package var label: String
    /// How many references point at this definition.
    package var referenceCount: Int
    /// The definition's blocks.
    package var blocks: [Block]
    /// Where the definition is.
    package var range: SourceRange
}

/// A footnote reference (`[^note]`).
package struct FootnoteReference: Sendable, Hashable {
    /// The label of the definition it points at, as the definition writes it.
    package var label: String
    /// The footnote's number (1 for the first footnote referenced).
    package var number: Int
    /// 1 for the first reference to this footnote, 2 for the second, …
    package var referenceIndex: Int
    /// Where the reference is.
    package var range: SourceRange
}

/// Plain text (entities and escapes already resolved).
package struct Text: Sendable, Hashable {
    /// The text.
    package var text: String
    /// Where it is.
    package var range: SourceRange
}

/// A code span.
package struct Code: Sendable, Hashable {
    /// The code, with the span's normalisation of spaces applied.
    package var code: String
    /// Where the span is.
    package var range: SourceRange
}

/// Emphasis, strong emphasis or strikethrough around inlines.
package struct Container: Sendable, Hashable {
    /// The enclosed inlines.
    package var inlines: [Inline]
    /// Where the node is.
    package var range: SourceRange
}

/// A link or an image.
package struct Link: Sendable, Hashable {
    /// The destination, unescaped.
    package var destination: String
    /// The title, possibly empty.
    package var title: String
    /// The link text (or the image description).
    package var inlines: [Inline]
    /// Where the node is.
    package var range: SourceRange
}

/// HTML that cmark-gfm rendered for a subtree nested too deeply to keep as Swift values.
package struct OpaqueHTML: Sendable, Hashable {
    /// The rendered markup.
    package var html: String
    /// Whether the markup starts a new output line (every block but a tight list's paragraph).
    package var startsOnNewLine: Bool
    /// Where the subtree is.
    package var range: SourceRange
}
