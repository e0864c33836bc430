import Diagnostics

/// What the Lectern leaves of a tree are at one stage of the pipeline.
///
/// The Markdown structure (paragraphs, lists, tables…) is the same at every stage; what changes
/// is what a formula, an inline value, a glossary link and a Lectern fence carry: their source
/// after parsing (`SourceStage`), their meaning after CourseKit parses fences, their results
/// after the Check pass. A tree of one stage cannot be handed to a pass that expects another.
package protocol TreeStage: Sendable {
    /// A formula: `$…$`, `$$…$$` or a ```` ```math ```` fence.
    associatedtype Math: SourceNode
    /// An inline computed value `{= … }`.
    associatedtype Value: SourceNode
    /// A glossary link `[[…]]`.
    associatedtype Link: SourceNode
    /// A fenced block Lectern interprets (```` ```quiz ````, ```` ```example ````, ```` ```plot ````).
    associatedtype Fence: SourceNode
}

/// A node that knows where it is in the author's file.
package protocol SourceNode: Sendable {
    /// The whole construct in the author's file.
    var range: SourceRange { get }
}

/// The stage the Markdown parser produces: every Lectern construct as its located source.
package enum SourceStage: TreeStage {
    package typealias Math = MathNode
    package typealias Value = InlineValueNode
    package typealias Link = GlossaryLinkNode
    package typealias Fence = FenceNode
}

/// A parsed Markdown file: ordinary GFM blocks plus Lectern's constructs at stage `Stage`, every
/// node carrying its range in the author's file (1-based lines, character columns).
///
/// The tree is plain Swift values; nothing from cmark survives the parse.
package struct MarkdownDocument<Stage: TreeStage>: Sendable {
    /// The top-level blocks in source order. Footnote definitions come last, in the order
    /// cmark-gfm numbers them (first reference first).
    package var blocks: [Block<Stage>]

    /// Creates a document from its top-level blocks.
    package init(blocks: [Block<Stage>]) {
        self.blocks = blocks
    }
}

/// A block-level node.
package indirect enum Block<Stage: TreeStage>: Sendable {
    case paragraph(Paragraph<Stage>)
    case heading(Heading<Stage>)
    case thematicBreak(SourceRange)
    case blockQuote(BlockQuote<Stage>)
    case list(ListBlock<Stage>)
    case codeBlock(CodeBlock)
    /// Raw HTML as the author wrote it (rendered only when HTML is allowed).
    case htmlBlock(RawHTML)
    case table(Table<Stage>)
    case footnoteDefinition(FootnoteDefinition<Stage>)
    /// A ```` ```math ```` fence: display math.
    case math(Stage.Math)
    /// A ```` ```quiz ````, ```` ```example ```` or ```` ```plot ```` fence.
    case fence(Stage.Fence)
    /// A GitHub alert (`> [!NOTE]`).
    case alert(AlertNode<Stage>)
    /// Markup nested deeper than Lectern keeps as a tree, already rendered by cmark-gfm.
    case opaque(OpaqueHTML)
}

/// An inline node.
package indirect enum Inline<Stage: TreeStage>: Sendable {
    case text(Text)
    case softBreak(SourceRange)
    case lineBreak(SourceRange)
    case code(Code)
    /// Raw inline HTML as the author wrote it (rendered only when HTML is allowed).
    case html(RawHTML)
    case emphasis(Container<Stage>)
    case strong(Container<Stage>)
    case strikethrough(Container<Stage>)
    case link(Link<Stage>)
    case image(Link<Stage>)
    case footnoteReference(FootnoteReference)
    /// `$…$` or `$$…$$`.
    case math(Stage.Math)
    /// `{= expression :format}`.
    case value(Stage.Value)
    /// `[[Target]]` or `[[Target|text]]`.
    case glossaryLink(Stage.Link)
    /// Markup nested deeper than Lectern keeps as a tree, already rendered by cmark-gfm.
    case opaque(OpaqueHTML)
}

/// A paragraph of inlines.
package struct Paragraph<Stage: TreeStage>: Sendable {
    /// The paragraph's content.
    package var inlines: [Inline<Stage>]
    /// Where the paragraph is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(inlines: [Inline<Stage>], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }
}

/// An ATX or setext heading with its anchor id.
package struct Heading<Stage: TreeStage>: Sendable {
    /// 1 to 6.
    package var level: Int
    /// The heading's content.
    package var inlines: [Inline<Stage>]
    /// A GitHub-style slug of the heading text, unique within the document (`why-relu`, `why-relu-1`).
    package var anchor: String
    /// Where the heading is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(level: Int, inlines: [Inline<Stage>], anchor: String, range: SourceRange) {
        self.level = level
        self.inlines = inlines
        self.anchor = anchor
        self.range = range
    }
}

/// A block quote that is not a GitHub alert.
package struct BlockQuote<Stage: TreeStage>: Sendable {
    /// The quoted blocks.
    package var blocks: [Block<Stage>]
    /// Where the quote is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(blocks: [Block<Stage>], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// The kind of list marker.
package enum ListKind: Sendable, Hashable {
    case bullet
    /// An ordered list with its first number and delimiter (`.` or `)`).
    case ordered(start: Int, delimiter: Character)
}

/// A bullet or ordered list.
package struct ListBlock<Stage: TreeStage>: Sendable {
    /// The kind of list marker.
    package typealias Kind = ListKind
    /// The list's marker kind.
    package var kind: ListKind
    /// Tight lists render their paragraphs without `<p>`.
    package var isTight: Bool
    /// The list items.
    package var items: [ListItem<Stage>]
    /// Where the list is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(kind: ListKind, isTight: Bool, items: [ListItem<Stage>], range: SourceRange) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.range = range
    }
}

/// One list item.
package struct ListItem<Stage: TreeStage>: Sendable {
    /// nil for an ordinary item; for a task list item (`- [x]`), whether it is checked.
    package var task: Bool?
    /// The item's blocks.
    package var blocks: [Block<Stage>]
    /// Where the item is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(task: Bool?, blocks: [Block<Stage>], range: SourceRange) {
        self.task = task
        self.blocks = blocks
        self.range = range
    }
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

/// Column alignment from a table's delimiter row.
package enum TableAlignment: Sendable, Hashable {
    case none, left, center, right
}

/// A GFM table.
package struct Table<Stage: TreeStage>: Sendable {
    /// Column alignment from the delimiter row.
    package typealias Alignment = TableAlignment
    /// One alignment per column.
    package var alignments: [TableAlignment]
    /// The header row's cells.
    package var header: [TableCell<Stage>]
    /// The body rows.
    package var rows: [[TableCell<Stage>]]
    /// Where the table is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(alignments: [TableAlignment], header: [TableCell<Stage>], rows: [[TableCell<Stage>]], range: SourceRange) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
    }
}

/// One table cell.
package struct TableCell<Stage: TreeStage>: Sendable {
    /// The cell's content.
    package var inlines: [Inline<Stage>]
    /// Where the cell is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(inlines: [Inline<Stage>], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }
}

/// A footnote definition (`[^note]: …`) that is referenced at least once.
package struct FootnoteDefinition<Stage: TreeStage>: Sendable {
    /// The label as written, without `[^` and `]`.
    package var label: String
    /// How many references point at this definition.
    package var referenceCount: Int
    /// The definition's blocks.
    package var blocks: [Block<Stage>]
    /// Where the definition is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(label: String, referenceCount: Int, blocks: [Block<Stage>], range: SourceRange) {
        self.label = label
        self.referenceCount = referenceCount
        self.blocks = blocks
        self.range = range
    }
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
package struct Container<Stage: TreeStage>: Sendable {
    /// The enclosed inlines.
    package var inlines: [Inline<Stage>]
    /// Where the node is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(inlines: [Inline<Stage>], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }
}

/// A link or an image.
package struct Link<Stage: TreeStage>: Sendable {
    /// The destination, unescaped.
    package var destination: String
    /// The title, possibly empty.
    package var title: String
    /// The link text (or the image description).
    package var inlines: [Inline<Stage>]
    /// Where the node is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(destination: String, title: String, inlines: [Inline<Stage>], range: SourceRange) {
        self.destination = destination
        self.title = title
        self.inlines = inlines
        self.range = range
    }
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

/// The kinds of GitHub alert.
package enum AlertKind: String, Sendable, Hashable, CaseIterable {
    case note, tip, important, warning, caution
}

/// A GitHub alert: a block quote opened by `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
/// or `[!CAUTION]` (any case), optionally followed by a title on the same line.
package struct AlertNode<Stage: TreeStage>: Sendable {
    /// The alert's kind.
    package typealias Kind = AlertKind
    /// The alert's kind.
    package var kind: AlertKind
    /// The title after the marker (`> [!TIP] Tutor` gives "Tutor"), as inlines; nil without one.
    package var title: [Inline<Stage>]?
    /// The alert's content after the marker line.
    package var blocks: [Block<Stage>]
    /// Where the alert is.
    package var range: SourceRange

    /// Creates the node from its parts.
    package init(kind: AlertKind, title: [Inline<Stage>]?, blocks: [Block<Stage>], range: SourceRange) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.range = range
    }
}

extension Block: SourceNode {
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

extension Inline: SourceNode {
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

// Trees compare equal when their leaves do (the parser's tests compare whole documents).
extension MarkdownDocument: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Block: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Inline: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Paragraph: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Heading: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension BlockQuote: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension ListBlock: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension ListItem: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Table: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension TableCell: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension FootnoteDefinition: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Container: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension Link: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
extension AlertNode: Equatable where Stage.Math: Equatable, Stage.Value: Equatable, Stage.Link: Equatable, Stage.Fence: Equatable {}
