/// Where a node lives in its `NodeArena`.
struct NodeRef: Equatable {
    let index: Int32
}

/// A run of node references in the arena's list storage (a row's items).
struct NodeList {
    let start: Int32
    let count: Int32

    var isEmpty: Bool { count == 0 }
}

/// The nodes of one formula, their child lists and their text (and, for `TeXMath.convert`, the
/// lexer's tokens), in one block that later growth adds blocks to.
///
/// The parser adds nodes and the emitter reads them; nothing is freed until `deallocate()`,
/// which frees the whole tree in a handful of calls. Nodes are plain values (children are
/// indices, text is `Text`), so building and reading the tree involves no reference counting
/// and no allocation per node, which is where the converter used to spend a quarter of its
/// instructions (a heap box per `indirect` case, an array per row).
///
/// Rows are built on a scratch stack: a row remembers the stack's height (`mark`), pushes its
/// items (nested rows push and pop above it) and then moves them into list storage with
/// `row(from:)`.
struct NodeArena {
    /// One block holding the tokens and the first nodes, lists, stack and text chunk (one
    /// allocation per formula instead of five); a region that outgrows it moves to a block of
    /// its own.
    private let slab: UnsafeMutableRawPointer
    private var nodes: UnsafeMutablePointer<Node>
    private var nodeCount = 0
    private var nodeCapacity: Int
    private var lists: UnsafeMutablePointer<NodeRef>
    private var listCount = 0
    private var listCapacity: Int
    private var stack: UnsafeMutablePointer<NodeRef>
    private var stackCount = 0
    private var stackCapacity: Int
    /// The text pool: the current chunk and the full ones (chunks never move, so `Text`s
    /// pointing into them stay valid).
    private var chunk: UnsafeMutablePointer<UInt8>
    private var chunkUsed = 0
    private var chunkCapacity: Int
    /// Blocks allocated after the slab, freed with it.
    private var blocks: [UnsafeMutableRawPointer] = []
    /// Environments and stacked lines: rare, so kept in an ordinary array.
    private(set) var tables: [Table] = []
    /// What each `<mstyle>` changes, for the same reason.
    private(set) var styles: [StyleChange] = []
    /// What each `<mpadded>` changes (box commands, rarer still).
    var paddings: [Padding] = []

    /// Room for the lexer's tokens at the start of the slab (empty unless asked for).
    let tokenStorage: UnsafeMutablePointer<Token>

    /// An arena sized for a formula of `tokens` tokens and `bytes` bytes, with room for
    /// `tokenSlots` tokens that the caller fills (`Lexer.tokenize(_:into:)`).
    init(tokens: Int, bytes: Int, tokenSlots: Int = 0) {
        let capacity = max(tokens + 8, 16)
        nodeCapacity = capacity
        listCapacity = capacity
        stackCapacity = capacity
        chunkCapacity = max(bytes * 2, 64)
        // Tokens and nodes first (8-byte aligned, as `malloc` returns), then the 4-byte
        // references, then text bytes.
        let tokenBytes = MemoryLayout<Token>.stride * tokenSlots
        let nodeBytes = MemoryLayout<Node>.stride * capacity
        let refBytes = MemoryLayout<NodeRef>.stride * capacity
        slab = Memory.allocate(tokenBytes + nodeBytes + 2 * refBytes + chunkCapacity)
        tokenStorage = slab.bindMemory(to: Token.self, capacity: tokenSlots)
        nodes = (slab + tokenBytes).bindMemory(to: Node.self, capacity: capacity)
        lists = (slab + tokenBytes + nodeBytes).bindMemory(to: NodeRef.self, capacity: capacity)
        stack = (slab + tokenBytes + nodeBytes + refBytes).bindMemory(to: NodeRef.self, capacity: capacity)
        chunk = (slab + tokenBytes + nodeBytes + 2 * refBytes).bindMemory(to: UInt8.self, capacity: chunkCapacity)
    }

    /// Frees every block; no `NodeRef` or pool `Text` of this arena may be used afterwards.
    mutating func deallocate() {
        Memory.free(slab)
        for block in blocks { Memory.free(block) }
        blocks = []
        nodeCount = 0
        listCount = 0
        stackCount = 0
    }

    /// A block for `count` values of `T`, freed with the arena.
    private mutating func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let block = Memory.allocate(MemoryLayout<T>.stride * count)
        blocks.append(block)
        return block.bindMemory(to: T.self, capacity: count)
    }

    // MARK: - Nodes

    subscript(ref: NodeRef) -> Node {
        _read { yield nodes[Int(ref.index)] }
    }

    /// Replaces the node at `ref` (the parser adjusts an operator it has just made).
    mutating func replace(_ ref: NodeRef, with node: Node) {
        nodes[Int(ref.index)] = node
    }

    @inline(__always)
    mutating func add(_ node: Node) -> NodeRef {
        if nodeCount == nodeCapacity { growNodes() }
        (nodes + nodeCount).initialize(to: node)
        nodeCount += 1
        return NodeRef(index: Int32(nodeCount - 1))
    }

    @inline(never)
    private mutating func growNodes() {
        nodeCapacity *= 2
        let grown = allocate(Node.self, count: nodeCapacity)
        grown.moveInitialize(from: nodes, count: nodeCount)
        nodes = grown
    }

    /// The reference at `offset` of `list`.
    func item(_ list: NodeList, _ offset: Int) -> NodeRef {
        lists[Int(list.start) + offset]
    }

    // MARK: - Rows

    /// The scratch stack's height, where a row being built starts.
    var mark: Int { stackCount }

    /// How many items were pushed since `mark`.
    func pushed(since mark: Int) -> Int { stackCount - mark }

    /// The item pushed at `offset` past `mark`.
    func pushedItem(_ mark: Int, _ offset: Int) -> NodeRef { stack[mark + offset] }

    @inline(__always)
    mutating func push(_ ref: NodeRef) {
        if stackCount == stackCapacity { growStack() }
        (stack + stackCount).initialize(to: ref)
        stackCount += 1
    }

    @inline(never)
    private mutating func growStack() {
        stackCapacity *= 2
        let grown = allocate(NodeRef.self, count: stackCapacity)
        grown.moveInitialize(from: stack, count: stackCount)
        stack = grown
    }

    /// Pushes the items of `list`.
    mutating func push(contentsOf list: NodeList) {
        for offset in 0..<Int(list.count) { push(item(list, offset)) }
    }

    /// Drops the items pushed since `mark`.
    mutating func pop(to mark: Int) { stackCount = mark }

    /// Moves the items pushed since `mark` into list storage.
    mutating func list(from mark: Int) -> NodeList {
        let count = stackCount - mark
        if listCount + count > listCapacity {
            listCapacity = max(listCapacity * 2, listCount + count)
            let grown = allocate(NodeRef.self, count: listCapacity)
            grown.moveInitialize(from: lists, count: listCount)
            lists = grown
        }
        (lists + listCount).update(from: stack + mark, count: count)
        let list = NodeList(start: Int32(listCount), count: Int32(count))
        listCount += count
        stackCount = mark
        return list
    }

    /// An `<mrow>` of the items pushed since `mark`, even for one item.
    mutating func row(from mark: Int) -> NodeRef {
        add(.row(list(from: mark)))
    }

    /// The items pushed since `mark` as one node: the item itself when there is one, else a row.
    mutating func rowOrSingle(from mark: Int) -> NodeRef {
        if stackCount - mark == 1 {
            let single = stack[mark]
            stackCount = mark
            return single
        }
        return row(from: mark)
    }

    /// An empty row (nothing to draw).
    mutating func emptyRow() -> NodeRef {
        add(.row(NodeList(start: 0, count: 0)))
    }

    /// Whether `ref` is an empty row.
    func isEmptyRow(_ ref: NodeRef) -> Bool {
        if case .row(let items) = self[ref] { return items.isEmpty }
        return false
    }

    // MARK: - Tables

    mutating func add(_ table: Table) -> NodeRef {
        tables.append(table)
        return add(.table(Int32(tables.count - 1)))
    }

    mutating func addStyle(_ change: StyleChange, _ body: NodeRef) -> NodeRef {
        styles.append(change)
        return add(.style(Int32(styles.count - 1), body))
    }

    // MARK: - Text

    /// Room for `capacity` bytes of text that `write` fills, returning how many it wrote.
    mutating func text(capacity: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> Text {
        if chunkUsed + capacity > chunkCapacity {
            // The full chunk stays where it is: texts point into it.
            chunkCapacity = max(chunkCapacity * 2, capacity)
            chunk = allocate(UInt8.self, count: chunkCapacity)
            chunkUsed = 0
        }
        let start = chunk + chunkUsed
        let count = write(start)
        chunkUsed += count
        return Text(base: UnsafePointer(start), count: count)
    }

    /// A copy of `string` in the pool.
    mutating func text(_ string: String) -> Text {
        var string = string
        return string.withUTF8 { bytes in
            text(capacity: bytes.count) { start in
                if let base = bytes.baseAddress { start.update(from: base, count: bytes.count) }
                return bytes.count
            }
        }
    }

    /// The one-scalar text for `scalar`: ASCII from the shared table, others in the pool.
    mutating func text(_ scalar: Unicode.Scalar) -> Text {
        if scalar.isASCII { return Text.ascii(UInt8(truncatingIfNeeded: scalar.value)) }
        return text(capacity: 4) { start in
            var count = 0
            UTF8.encode(scalar) { byte in
                start[count] = byte
                count += 1
            }
            return count
        }
    }

    /// `first` followed by `second`, in the pool.
    mutating func text(_ first: Text, _ second: Text) -> Text {
        text(capacity: first.count + second.count) { start in
            if first.count > 0 { start.update(from: first.base, count: first.count) }
            if second.count > 0 { (start + first.count).update(from: second.base, count: second.count) }
            return first.count + second.count
        }
    }
}
