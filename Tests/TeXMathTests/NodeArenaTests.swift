import Testing
@testable import TeXMath

/// The arena keeps every node and text where the parser put it while its blocks grow.
@Suite("Node arena")
struct NodeArenaTests {
    @Test("texts stay valid when the pool moves on to new chunks")
    func textChunks() {
        var arena = NodeArena(tokens: 1, bytes: 1)
        defer { arena.deallocate() }
        // Far more text than the first 64-byte chunk holds, in pieces of varying length.
        let words = (0..<200).map { "w\($0)-\(String(repeating: "é", count: $0 % 7))" }
        let texts = words.map { arena.text($0) }
        #expect(texts.map(\.string) == words)
        let joined = arena.text(texts[3], texts[150])
        #expect(joined.string == words[3] + words[150])
        #expect(arena.text(Unicode.Scalar(0x3B1)!).string == "α")
        #expect(arena.text(Unicode.Scalar(0x41)!) == "A")
    }

    @Test("nested rows built on the stack keep their own items as the blocks grow")
    func nestedRows() {
        var arena = NodeArena(tokens: 1, bytes: 1)
        defer { arena.deallocate() }
        let outer = arena.mark
        var expected: [[String]] = []
        // 40 inner rows of 1 to 5 identifiers each: more nodes, list entries and stack slots
        // than the initial 16 of each.
        for row in 0..<40 {
            let inner = arena.mark
            var names: [String] = []
            for item in 0...(row % 5) {
                let name = "r\(row)i\(item)"
                names.append(name)
                arena.push(arena.add(.identifier(arena.text(name), normal: false)))
            }
            arena.push(arena.row(from: inner))
            expected.append(names)
        }
        let root = arena.row(from: outer)
        #expect(arena.mark == outer)
        guard case .row(let rows) = arena[root] else {
            Issue.record("the root is not a row")
            return
        }
        var found: [[String]] = []
        for offset in 0..<Int(rows.count) {
            guard case .row(let items) = arena[arena.item(rows, offset)] else { continue }
            found.append((0..<Int(items.count)).map { index in
                if case .identifier(let text, _) = arena[arena.item(items, index)] { return text.string }
                return "?"
            })
        }
        #expect(found == expected)
    }

    @Test("one pushed item is returned as itself, several become a row")
    func rowOrSingle() {
        var arena = NodeArena(tokens: 4, bytes: 4)
        defer { arena.deallocate() }
        let x = arena.add(.identifier("x", normal: false))
        var mark = arena.mark
        arena.push(x)
        #expect(arena.rowOrSingle(from: mark) == x)
        mark = arena.mark
        arena.push(x)
        arena.push(arena.add(.number("2")))
        let row = arena.rowOrSingle(from: mark)
        #expect(row != x)
        if case .row(let items) = arena[row] { #expect(items.count == 2) } else { Issue.record("not a row") }
        #expect(arena.isEmptyRow(arena.emptyRow()))
        #expect(!arena.isEmptyRow(x))
    }
}
