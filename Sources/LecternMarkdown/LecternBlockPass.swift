import Diagnostics

/// The pure-Swift pass after conversion: Lectern's fences and alerts become typed nodes,
/// `[[…]]` in text becomes glossary links, and headings get unique anchors.
struct LecternBlockPass {
    let columns: SourceColumns
    let lecternSyntax: Bool
    let fenceWords: Set<String>
    var diagnostics: [Diagnostic] = []
    private var slugger = HeadingSlugger()

    init(columns: SourceColumns, lecternSyntax: Bool, fenceWords: Set<String>) {
        self.columns = columns
        self.lecternSyntax = lecternSyntax
        self.fenceWords = fenceWords
    }

    mutating func run(_ blocks: [Block<SourceStage>]) -> [Block<SourceStage>] {
        blocks.map { transform($0) }
    }

    private mutating func transform(_ block: Block<SourceStage>) -> Block<SourceStage> {
        switch block {
        case .paragraph(var paragraph):
            paragraph.inlines = inlines(paragraph.inlines, in: paragraph.range)
            return .paragraph(paragraph)
        case .heading(var heading):
            heading.inlines = inlines(heading.inlines, in: heading.range)
            heading.anchor = slugger.slug(for: PlainText.of(heading.inlines).trimmingBlanks)
            return .heading(heading)
        case .blockQuote(var quote):
            quote.blocks = run(quote.blocks)
            if lecternSyntax, let alert = AlertRecognizer.alert(from: quote) {
                return .alert(alert)
            }
            if lecternSyntax, let warning = AlertRecognizer.unknownMarker(in: quote) {
                diagnostics.append(warning)
            }
            return .blockQuote(quote)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = run(item.blocks)
                return item
            }
            return .list(list)
        case .codeBlock(let code):
            guard lecternSyntax, code.isFenced else { return block }
            let recognizer = FenceRecognizer(columns: columns)
            if let node = recognizer.node(for: code, fenceWords: fenceWords) { return node }
            if !fenceWords.isEmpty, let warning = recognizer.misspelling(in: code, fenceWords: fenceWords) { diagnostics.append(warning) }
            return block
        case .table(var table):
            table.header = table.header.map { cell in
                var cell = cell
                cell.inlines = inlines(cell.inlines, in: cell.range)
                return cell
            }
            table.rows = table.rows.map { row in
                row.map { cell in
                    var cell = cell
                    cell.inlines = inlines(cell.inlines, in: cell.range)
                    return cell
                }
            }
            return .table(table)
        case .footnoteDefinition(var definition):
            definition.blocks = run(definition.blocks)
            return .footnoteDefinition(definition)
        case .alert(var alert):
            alert.blocks = run(alert.blocks)
            return .alert(alert)
        case .thematicBreak, .htmlBlock, .math, .fence, .opaque:
            return block
        }
    }

    private func inlines(_ inlines: [Inline<SourceStage>], in range: SourceRange) -> [Inline<SourceStage>] {
        guard lecternSyntax else { return inlines }
        return GlossaryLinkRecognizer(columns: columns, blockEndLine: range.end.line).apply(to: inlines)
    }
}
