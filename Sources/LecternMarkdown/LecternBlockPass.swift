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
        changed(blocks) ?? blocks
    }

    /// `blocks` transformed, or nil when none of them changes. A block that does not change is
    /// kept as it is, not rebuilt: most paragraphs have no glossary link, most code is not a
    /// Lectern fence.
    private mutating func changed(_ blocks: [Block<SourceStage>]) -> [Block<SourceStage>]? {
        var result: [Block<SourceStage>]?
        for index in blocks.indices {
            let block = transform(blocks[index])
            if result == nil {
                guard let block else { continue }
                result = Array(blocks[..<index])
                result?.reserveCapacity(blocks.count)
                result?.append(block)
            } else {
                result?.append(block ?? blocks[index])
            }
        }
        return result
    }

    /// The block transformed, or nil when it stays as it is.
    private mutating func transform(_ block: Block<SourceStage>) -> Block<SourceStage>? {
        switch block {
        case .paragraph(var paragraph):
            guard let inlines = inlines(paragraph.inlines, in: paragraph.range) else { return nil }
            paragraph.inlines = inlines
            return .paragraph(paragraph)
        case .heading(var heading):
            heading.inlines = inlines(heading.inlines, in: heading.range) ?? heading.inlines
            heading.anchor = slugger.slug(for: PlainText.of(heading.inlines).trimmingBlanks)
            return .heading(heading)
        case .blockQuote(var quote):
            let blocks = changed(quote.blocks)
            if let blocks { quote.blocks = blocks }
            if lecternSyntax, let alert = AlertRecognizer.alert(from: quote) {
                return .alert(alert)
            }
            if lecternSyntax, let warning = AlertRecognizer.unknownMarker(in: quote) {
                diagnostics.append(warning)
            }
            return blocks == nil ? nil : .blockQuote(quote)
        case .list(var list):
            var changedItems = false
            for index in list.items.indices {
                guard let blocks = changed(list.items[index].blocks) else { continue }
                list.items[index].blocks = blocks
                changedItems = true
            }
            return changedItems ? .list(list) : nil
        case .codeBlock(let code):
            guard lecternSyntax, code.isFenced else { return nil }
            let recognizer = FenceRecognizer(columns: columns)
            if let node = recognizer.node(for: code, fenceWords: fenceWords) { return node }
            if !fenceWords.isEmpty, let warning = recognizer.misspelling(in: code, fenceWords: fenceWords) { diagnostics.append(warning) }
            return nil
        case .table(var table):
            var changedCells = false
            for index in table.header.indices {
                guard let inlines = inlines(table.header[index].inlines, in: table.header[index].range) else { continue }
                table.header[index].inlines = inlines
                changedCells = true
            }
            for row in table.rows.indices {
                for index in table.rows[row].indices {
                    let cell = table.rows[row][index]
                    guard let inlines = inlines(cell.inlines, in: cell.range) else { continue }
                    table.rows[row][index].inlines = inlines
                    changedCells = true
                }
            }
            return changedCells ? .table(table) : nil
        case .footnoteDefinition(var definition):
            guard let blocks = changed(definition.blocks) else { return nil }
            definition.blocks = blocks
            return .footnoteDefinition(definition)
        case .alert(var alert):
            guard let blocks = changed(alert.blocks) else { return nil }
            alert.blocks = blocks
            return .alert(alert)
        case .thematicBreak, .htmlBlock, .math, .fence, .opaque:
            return nil
        }
    }

    /// The inlines with glossary links cut out, or nil when they have none.
    private func inlines(_ inlines: [Inline<SourceStage>], in range: SourceRange) -> [Inline<SourceStage>]? {
        guard lecternSyntax else { return nil }
        return GlossaryLinkRecognizer(columns: columns, blockEndLine: range.end.line).applied(to: inlines)
    }
}
