/// Where an inline value `{= … }` is: the one rule for prose, headings, table cells, quiz
/// texts and values inside math.
///
/// A value opens with `{=` and closes at the `}` that balances it, so an expression may hold
/// `{…}`; its text must not be blank. TeX's own `{=}` (as in `\overset{\text{def}}{=}` or
/// `\mathrel{=}`) is therefore a group holding an equals sign, not a value. Calc's
/// `InlineValue.split` then divides the text into expression and format.
package enum InlineValueSyntax {
    /// The value opening at `start`: the byte range of its text and the offset just past its `}`.
    package static func extent<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> (inner: Range<Int>, end: Int)?
    where Bytes.Index == Int {
        let end = bytes.endIndex
        guard start + 1 < end, bytes[start] == UInt8(ascii: "{"), bytes[start + 1] == UInt8(ascii: "=") else {
            return nil
        }
        var depth = 0
        var index = start + 2
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                if depth == 0 {
                    let inner = (start + 2)..<index
                    guard bytes[inner].contains(where: { !isBlank($0) }) else { return nil }
                    return (inner, index + 1)
                }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Every value in `text` (a formula's TeX), in order, as ranges of Unicode scalar offsets:
    /// the whole `{= … }` and its inner text.
    ///
    /// Inside math, a `{=…}` whose text holds a backslash is TeX, not a value: textbooks write
    /// `\underbrace{…}_{=\,0}` and `_{=: D(p, q)}`, and no Calc expression or format holds a
    /// backslash, so such a group could only ever fail as a value.
    package static func values(in text: String) -> [(whole: Range<Int>, inner: Range<Int>)] {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return [] }
        // Offsets are reported in scalars, the unit of `SnippetMap`; the bytes looked up are
        // ASCII braces, each its own scalar.
        var scalarOfByte: [Int] = []
        scalarOfByte.reserveCapacity(bytes.count + 1)
        var scalar = 0
        for byte in bytes {
            scalarOfByte.append(scalar)
            if byte & 0xC0 != 0x80 { scalar += 1 }
        }
        scalarOfByte.append(scalar)
        var found: [(Range<Int>, Range<Int>)] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let value = extent(in: bytes, at: index),
               !bytes[value.inner].contains(UInt8(ascii: "\\")) {
                found.append((scalarOfByte[index]..<scalarOfByte[value.end],
                              scalarOfByte[value.inner.lowerBound]..<scalarOfByte[value.inner.upperBound]))
                index = value.end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
