/// Splits a formula into tokens, dropping `%` comments.
///
/// Reads the formula's UTF-8 bytes (fast to scan, command names are ASCII) while counting
/// Unicode scalars, so that every token carries the scalar offset diagnostics need.
struct Lexer {
    /// The tokens of `tex`, always ending with `.endOfInput` at the scalar count.
    static func tokenize(_ tex: String) -> [Token] {
        var source = tex
        return source.withUTF8 { tokenize(bytes: $0) }
    }

    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let table = CommandTable.shared
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 2 + 2)
        let count = bytes.count
        var index = 0
        var offset = 0
        while index < count {
            let byte = bytes[index]
            let start = offset
            switch byte {
            case 0x5C:  // backslash
                index += 1
                offset += 1
                if index >= count {
                    // A lone backslash at the end: an empty control sequence name.
                    let command = Command(id: CommandTable.unknown, nameStart: Int32(index), nameLength: 0)
                    tokens.append(Token(kind: .command(command), offset: start, length: 1))
                    continue
                }
                let nameStart = index
                if isLetter(bytes[index]) {
                    while index < count, isLetter(bytes[index]) { index += 1 }
                    offset += index - nameStart
                } else {
                    // A control symbol: one scalar, whatever its length in bytes.
                    index += 1
                    while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    offset += 1
                }
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
                let command = Command(id: table.find(name), nameStart: Int32(nameStart), nameLength: Int32(name.count))
                tokens.append(Token(kind: .command(command), offset: start, length: offset - start))
            case 0x25:  // % comment, to the end of the line
                while index < count, bytes[index] != 0x0A {
                    if bytes[index] & 0xC0 != 0x80 { offset += 1 }
                    index += 1
                }
            case 0x20, 0x09, 0x0A, 0x0D:
                while index < count, isSpace(bytes[index]) {
                    index += 1
                    offset += 1
                }
                tokens.append(Token(kind: .space, offset: start, length: offset - start))
            case 0x7B:
                tokens.append(single(.openBrace, at: start, &index, &offset))
            case 0x7D:
                tokens.append(single(.closeBrace, at: start, &index, &offset))
            case 0x5E:
                tokens.append(single(.superscript, at: start, &index, &offset))
            case 0x5F:
                tokens.append(single(.subscript, at: start, &index, &offset))
            case 0x26:
                tokens.append(single(.alignment, at: start, &index, &offset))
            default:
                let scalar = decode(bytes, at: &index)
                offset += 1
                tokens.append(Token(kind: .character(scalar), offset: start, length: 1))
            }
        }
        tokens.append(Token(kind: .endOfInput, offset: offset, length: 1))
        return tokens
    }

    private static func single(_ kind: Token.Kind, at start: Int, _ index: inout Int, _ offset: inout Int) -> Token {
        index += 1
        offset += 1
        return Token(kind: kind, offset: start, length: 1)
    }

    /// The scalar starting at `index` (valid UTF-8, as Swift strings are); moves past it.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        var value: UInt32
        var extra: Int
        switch lead {
        case 0..<0x80: value = lead; extra = 0
        case 0xC0..<0xE0: value = lead & 0x1F; extra = 1
        case 0xE0..<0xF0: value = lead & 0x0F; extra = 2
        default: value = lead & 0x07; extra = 3
        }
        index += 1
        while extra > 0, index < bytes.count {
            value = (value << 6) | (UInt32(bytes[index]) & 0x3F)
            index += 1
            extra -= 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
