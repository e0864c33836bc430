/// Splits a formula into tokens, dropping `%` comments.
///
/// Reads the formula's UTF-8 bytes (fast to scan, command names are ASCII) while counting
/// Unicode scalars, so that every token carries the scalar offset diagnostics need.
struct Lexer {
    /// The tokens of `tex`, always ending with `.endOfInput` at the scalar count.
    ///
    /// The caller owns the buffer and deallocates it (`Token` is a plain value, so nothing needs
    /// deinitialising). An `Array` would cost a generic metadata look-up per allocation here,
    /// several hundred instructions for each formula.
    static func tokenize(_ tex: String) -> UnsafeMutableBufferPointer<Token> {
        // Every token but the last takes at least one byte, so `count + 1` tokens always fit.
        let tokens = UnsafeMutableBufferPointer<Token>.allocate(capacity: tex.utf8.count + 1)
        let count = tokenize(tex, into: tokens.baseAddress!)
        return UnsafeMutableBufferPointer(rebasing: tokens[0..<count])
    }

    /// Writes the tokens of `tex` into `tokens`, which has room for `tex.utf8.count + 1` of
    /// them (the converter's arena), and returns how many it wrote.
    static func tokenize(_ tex: String, into tokens: UnsafeMutablePointer<Token>) -> Int {
        var source = tex
        return source.withUTF8 { tokenize(bytes: $0, into: tokens) }
    }

    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<Token>) -> Int {
        let table = CommandTable.shared
        let count = bytes.count
        var next = 0
        do {
            var index = 0
            var offset = 0
            func add(_ kind: Token.Kind, _ start: Int, _ length: Int) {
                (tokens + next).initialize(to: Token(kind: kind, offset: start, length: length))
                next += 1
            }
            while index < count {
                let byte = bytes[index]
                let start = offset
                switch byte {
                case 0x5C:  // backslash
                    index += 1
                    offset += 1
                    if index >= count {
                        // A lone backslash at the end: an empty control sequence name.
                        add(.command(Command(id: CommandTable.unknown, nameStart: Int32(index), nameLength: 0)), start, 1)
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
                    add(.command(command), start, offset - start)
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
                    add(.space, start, offset - start)
                case 0x7B, 0x7D, 0x5E, 0x5F, 0x26:
                    let kind: Token.Kind
                    switch byte {
                    case 0x7B: kind = .openBrace
                    case 0x7D: kind = .closeBrace
                    case 0x5E: kind = .superscript
                    case 0x5F: kind = .subscript
                    default: kind = .alignment
                    }
                    index += 1
                    offset += 1
                    add(kind, start, 1)
                case 0..<0x80:
                    index += 1
                    offset += 1
                    add(.character(Unicode.Scalar(byte)), start, 1)
                default:
                    let scalar = decode(bytes, at: &index)
                    offset += 1
                    add(.character(scalar), start, 1)
                }
            }
            add(.endOfInput, offset, 1)
        }
        return next
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
