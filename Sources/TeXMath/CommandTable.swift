#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything the parser knows about one command name, gathered from the family tables of
/// `Commands`, `Symbols` and the parser, so that a name is hashed once (in the lexer) instead of
/// once per table the parser consults. The family tables stay the single source of the facts;
/// this is an index over them.
struct CommandEntry: Sendable {
    /// Names the parser tests for on hot paths, as one small value.
    enum Role: UInt8, Sendable {
        case none
        /// `\\`, `\cr`: end a row (and a line or table row).
        case newline, cr
        /// `\end`, `\right`, `\middle`: end a row; their construct decides what follows.
        case end, right, middle
        /// `\limits`, `\nolimits`, checked after every atom.
        case limits, nolimits
        /// `\over` and friends, which split the current row.
        case infix
        /// Style, size, colour and old-style font switches, which apply to the rest of the row.
        case rowSwitch
        /// `\prime` stands for `′` in text but is drawn as an operator in math.
        case prime

        /// Whether the command ends a row (`\\`, `\cr`, `\end`, `\right`, `\middle`).
        var endsRow: Bool {
            switch self {
            case .newline, .cr, .end, .right, .middle: return true
            default: return false
            }
        }

        var isLimits: Bool { self == .limits || self == .nolimits }
    }

    /// The name without the backslash; empty for the entry of unknown names.
    let name: String
    var role = Role.none
    var symbol: SymbolEntry?
    var isIntegral = false
    var kind: Parser.CommandKind?
    var function: (text: Text, limits: Bool)?
    var space: Text?
    var accent: Commands.Accent?
    var arrow: Text?
    var big: (size: DelimiterSize, role: Commands.BigRole)?
    var font: MathFont?
    var textFont: MathFont?
    var isColor = false
    var style: (display: Bool, level: Int)?
    var size: Text?
    var delimiter: Text?
    var box: BoxCommand?
    /// `\hspace`, `\kern`…: a space whose width is the length that follows.
    var lengthSpace: LengthSpace?

    init(name: String) { self.name = name }
}

/// A symbol command's characters (kept for the life of the process) and class.
struct SymbolEntry: Sendable {
    let text: Text
    let symbolClass: SymbolClass
}

/// An open-addressing hash table from a command name's UTF-8 bytes to its `CommandEntry`,
/// built once. Entry 0 stands for every unknown name.
struct CommandTable: Sendable {
    /// The table the lexer and parser share.
    static let shared = CommandTable()

    /// Index of the entry for names the table does not hold.
    static let unknown: UInt16 = 0

    let entries: [CommandEntry]
    /// Entry index per slot, 0 for an empty slot; the slot count is a power of two.
    private let slots: [UInt16]
    private let mask: Int
    /// Every entry's name bytes, back to back; entry `i` spans `nameStarts[i]..<nameStarts[i + 1]`.
    private let nameBytes: [UInt8]
    private let nameStarts: [Int]

    private init() {
        var byName: [String: CommandEntry] = [:]
        func update(_ name: String, _ change: (inout CommandEntry) -> Void) {
            var entry = byName[name] ?? CommandEntry(name: name)
            change(&entry)
            byName[name] = entry
        }
        for (name, symbol) in Symbols.table {
            update(name) { $0.symbol = SymbolEntry(text: .permanent(symbol.text), symbolClass: symbol.symbolClass) }
        }
        for name in Commands.integrals { update(name) { $0.isIntegral = true } }
        for (name, kind) in Parser.commandKinds { update(name) { $0.kind = kind } }
        for (name, function) in Commands.namedFunctions {
            update(name) { $0.function = (.permanent(function.text), function.limits) }
        }
        for (name, width) in Commands.spaces { update(name) { $0.space = width } }
        for (name, accent) in Commands.accents { update(name) { $0.accent = accent } }
        for (name, arrow) in Commands.extensibleArrows { update(name) { $0.arrow = arrow } }
        for (name, big) in Commands.bigSizes { update(name) { $0.big = big } }
        for (name, font) in Commands.fonts { update(name) { $0.font = font } }
        for (name, font) in Commands.texts { update(name) { $0.textFont = font } }
        for name in Commands.colors { update(name) { $0.isColor = true } }
        for (name, style) in Commands.styles { update(name) { $0.style = style } }
        for (name, size) in Commands.sizes { update(name) { $0.size = size } }
        for (name, delimiter) in Commands.delimiterCommands { update(name) { $0.delimiter = delimiter } }
        for (name, box) in BoxCommand.table { update(name) { $0.box = box } }
        for (name, space) in LengthSpace.table { update(name) { $0.lengthSpace = space } }
        Commands.addTextbookCommands(update)
        let roles: [(String, CommandEntry.Role)] = [
            ("\\", .newline), ("cr", .cr), ("end", .end), ("right", .right), ("middle", .middle),
            ("limits", .limits), ("nolimits", .nolimits), ("prime", .prime),
        ]
        for (name, role) in roles { update(name) { $0.role = role } }
        for name in Parser.rowCommands {
            update(name) { $0.role = Parser.infixCommands.contains(name) ? .infix : .rowSwitch }
        }

        // Sorted, so that entry numbers do not depend on dictionary order.
        let entries = [CommandEntry(name: "")] + byName.keys.sorted().map { byName[$0]! }
        var slotCount = 1
        while slotCount < entries.count * 4 { slotCount *= 2 }
        var slots = [UInt16](repeating: 0, count: slotCount)
        var nameBytes: [UInt8] = []
        var nameStarts: [Int] = [0]
        for (index, entry) in entries.enumerated() {
            nameBytes += Array(entry.name.utf8)
            nameStarts.append(nameBytes.count)
            guard index > 0 else { continue }
            var slot = Self.hash(Array(entry.name.utf8)) & (slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt16(index)
        }
        self.entries = entries
        self.slots = slots
        self.mask = slotCount - 1
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
    }

    /// FNV-1a over the bytes: a few instructions per byte, and command names are short.
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }

    /// The entry index of the name in `bytes`, or `unknown`.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        var slot = Self.hash(bytes) & mask
        while true {
            let index = slots[slot]
            if index == 0 { return Self.unknown }
            let start = nameStarts[Int(index)]
            if nameStarts[Int(index) + 1] - start == bytes.count,
               nameBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 }) {
                return index
            }
            slot = (slot + 1) & mask
        }
    }
}
