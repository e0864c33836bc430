import Diagnostics

/// Tracks footnote references while the tree is converted: which reference to a footnote this
/// is (cmark-gfm's `fnref-1-2` suffix) and how many references each footnote has.
struct FootnoteNumbering {
    /// Where cmark says a reference starts (line, byte column): no two references share one.
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// Each reference's index among the references to its footnote.
    let referenceIndices: [Position: Int]
    private var counts: [Int: Int] = [:]

    init(referenceIndices: [Position: Int]) {
        self.referenceIndices = referenceIndices
    }

    /// Records a reference to footnote `number` at `position` and returns its node.
    mutating func reference(at position: Position, label: String, number: Int, range: SourceRange) -> FootnoteReference {
        counts[number, default: 0] += 1
        let index = referenceIndices[position] ?? counts[number, default: 1]
        return FootnoteReference(label: label, number: number, referenceIndex: index, range: range)
    }

    /// Fills in the reference counts of the document's footnote definitions, which cmark-gfm
    /// moves to the end of the document in footnote-number order.
    func counted(_ blocks: [Block<SourceStage>]) -> [Block<SourceStage>] {
        var number = 0
        return blocks.map { block in
            guard case .footnoteDefinition(var definition) = block else { return block }
            number += 1
            definition.referenceCount = counts[number] ?? 0
            return .footnoteDefinition(definition)
        }
    }

    /// The label written at `location` (`[^label]`), read from the author's text. A
    /// definition's range starts at its content, so its `[^label]:` is searched backwards.
    static func label(at location: SourceLocation, in columns: SourceColumns) -> String {
        labelAndColumn(at: location, in: columns).label
    }

    /// The label and the 1-based column of its `[^`.
    static func labelAndColumn(at location: SourceLocation, in columns: SourceColumns) -> (label: String, column: Int) {
        let characters = Array(columns.lineText(location.line))
        func opens(_ index: Int) -> Bool {
            index >= 0 && index + 1 < characters.count && characters[index] == "[" && characters[index + 1] == "^"
        }
        var index = min(max(location.column - 1, 0), characters.count)
        while index >= 0, !opens(index) { index -= 1 }
        guard index >= 0 else { return ("", location.column) }
        var label = ""
        var cursor = index + 2
        while cursor < characters.count, characters[cursor] != "]" {
            if characters[cursor] == "\\", cursor + 1 < characters.count {
                label.append(characters[cursor])
                cursor += 1
            }
            label.append(characters[cursor])
            cursor += 1
        }
        return (label, index + 1)
    }
}
