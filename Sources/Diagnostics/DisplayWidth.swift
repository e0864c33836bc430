/// How many terminal cells a character takes, so a caret can be padded under the right one.
///
/// East Asian wide and fullwidth characters (中, 文, ｱ is narrow, Ａ is wide) and emoji shown
/// as pictures take two cells in a monospaced terminal; invisible format characters (a
/// zero-width space, a lone joiner) take none; everything else takes one. Tabs are not sized
/// here: the caret line copies them from the source line, so they expand the same way.
enum DisplayWidth {
    /// The cells `character` occupies in a terminal.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // An emoji presentation selector turns text-style symbols (❤) into wide pictures.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        if scalars.count == 1, first.properties.generalCategory == .format { return 0 }
        return 1
    }

    /// The cells of a run of characters.
    static func of<S: Sequence<Character>>(_ characters: S) -> Int {
        characters.reduce(0) { $0 + of($1) }
    }

    /// East_Asian_Width W or F, by the blocks that hold them (Unicode 15, EastAsianWidth.txt).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
