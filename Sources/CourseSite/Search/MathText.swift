import CourseKit

/// A formula as readable linear text for search excerpts and alt text, made from its MathML:
/// `\frac{1}{1 + e^{-z}}` reads `1/(1 + e^(−z))`, never as TeX source.
///
/// The MathML is read once, on its UTF-8 bytes, into one output buffer: each element's children
/// leave their text at the end of the buffer and the element rewrites that tail. Every byte
/// decision below stands for the Character decision `GraphemeMathText` makes, which holds while
/// every scalar is a character of its own; MathML with a scalar that may join its neighbours
/// (a combining mark, say) is read by `GraphemeMathText` instead.
package enum MathText {
    /// The linear form of a checked formula; its TeX when it has no MathML.
    package static func linear(_ math: CheckedMath) -> String {
        guard let mathML = math.mathML else { return math.node.tex }
        return linear(mathML: mathML)
    }

    /// The linear form of a `<math>` element.
    package static func linear(mathML: String) -> String {
        byteLinear(mathML: mathML) ?? GraphemeMathText.linear(mathML: mathML)
    }

    /// The linear form read on bytes; nil when a scalar of `mathML` may not be a character of
    /// its own.
    static func byteLinear(mathML: String) -> String? {
        var mathML = mathML
        return mathML.withUTF8 { bytes -> String? in
            guard StandAloneScalars.all(in: bytes) else { return nil }
            var reader = ByteReader(bytes: bytes)
            reader.readChildren(blankTextIsPart: true)
            return reader.finish()
        }
    }
}

/// Reads the well-formed MathML that TeXMath writes (elements, attributes, text, the five
/// entities it escapes) and writes the linear form.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The text made so far: finished parts of open elements, one after another.
    var out: [UInt8] = []
    /// Where each finished part of the open elements starts and ends in `out`.
    var parts: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        out.reserveCapacity(bytes.count / 4)
        parts.reserveCapacity(32)
    }

    // MARK: Reading

    /// Reads nodes up to the next closing tag (or the end), leaving one part per node.
    /// Whitespace-only text is dropped inside elements, kept at the top.
    mutating func readChildren(blankTextIsPart: Bool) {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = out.count
                let textStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                decode(textStart..<index)
                if blankTextIsPart || !isBlank(start..<out.count) {
                    parts.append(start..<out.count)
                } else {
                    out.removeSubrange(start...)
                }
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            guard end < bytes.count else { index = bytes.count; return }
            let tag = (index + 1)..<end
            index = end + 1
            if !tag.isEmpty, bytes[tag.lowerBound] == UInt8(ascii: "/") { return }
            var nameEnd = tag.lowerBound
            while nameEnd < tag.upperBound, bytes[nameEnd] != UInt8(ascii: " "), bytes[nameEnd] != UInt8(ascii: "/") {
                nameEnd += 1
            }
            let name = UnsafeBufferPointer(rebasing: bytes[tag.lowerBound..<nameEnd])
            let start = out.count
            let firstPart = parts.count
            let kind = Element(name)
            if tag.isEmpty || bytes[tag.upperBound - 1] != UInt8(ascii: "/") {
                // An annotation's text (the TeX source) leaves no text: skipped unread when a
                // closing tag follows it, as it always does in TeXMath's MathML.
                if kind == .annotation, skipTextAndClosingTag() {
                    parts.append(start..<start)
                    continue
                }
                readChildren(blankTextIsPart: false)
            }
            element(kind, start: start, firstPart: firstPart)
        }
    }

    /// Moves past text and the closing tag after it when a closing tag follows the text;
    /// otherwise stays put and answers false.
    mutating func skipTextAndClosingTag() -> Bool {
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
        guard end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "/") else { return false }
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        guard end < bytes.count else { return false }
        index = end + 1
        return true
    }

    /// Appends the text of the bytes in `range` with `&lt;`, `&gt;`, `&quot;`, `&#39;` and `&amp;` read.
    mutating func decode(_ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&") {
                if let (character, length) = entity(at: i, before: range.upperBound) {
                    out.append(character)
                    i += length
                    continue
                }
            }
            out.append(byte)
            i += 1
        }
    }

    func entity(at i: Int, before end: Int) -> (UInt8, Int)? {
        for (name, character) in Self.entities where i + name.count <= end {
            var matches = true
            for (offset, byte) in name.enumerated() where bytes[i + offset] != byte {
                matches = false
                break
            }
            if matches { return (character, name.count) }
        }
        return nil
    }

    static let entities: [([UInt8], UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    // MARK: Writing

    /// Replaces the parts of the element `name`, from `firstPart` on, by the element's text.
    mutating func element(_ kind: Element, start: Int, firstPart: Int) {
        let count = parts.count - firstPart
        let end = out.count
        func part(_ n: Int) -> Range<Int> { parts[firstPart + n] }
        // The children's parts lie side by side from `start` to `end`. Where the element's text
        // is just those bytes, they stay where they are instead of being copied and removed.
        switch kind {
        case .annotation:
            out.removeLast(end - start)
            replaceParts(from: firstPart, with: start..<start)
            return
        case .mo where !(end - start <= 3 && (isComma(start..<end) || isSpacedOperator(start..<end))):
            replaceParts(from: firstPart, with: start..<end)
            return
        case .other where !needsSpace(from: firstPart, count: count):
            replaceParts(from: firstPart, with: start..<end)
            return
        default:
            break
        }
        switch kind {
        case .annotation:
            break
        case .mfrac where count == 2:
            group(part(0)); append("/"); group(part(1))
        case .msup where count == 2:
            if allScalars(in: part(1), { (0x2032...0x2034).contains($0.value) }) {
                copy(part(0)); copy(part(1))
            } else {
                copy(part(0)); append("^"); group(part(1))
            }
        case .msub where count == 2:
            copy(part(0)); append("_"); group(part(1))
        case .msubsup where count == 3:
            copy(part(0)); append("_"); group(part(1)); append("^"); group(part(2))
        case .munder where count == 2, .mover where count == 2:
            copy(part(0)); group(part(1))
        case .munderover where count == 3:
            copy(part(0)); append("_"); group(part(1)); append("^"); group(part(2)); append(" ")
        case .msqrt:
            append("√"); group(start..<end)
        case .mroot where count == 2:
            group(part(1)); append("√"); group(part(0))
        case .mo:
            if end - start <= 3, isComma(start..<end) {
                append(", ")
            } else if end - start <= 3, isSpacedOperator(start..<end) {
                append(" "); copy(start..<end); append(" ")
            } else {
                copy(start..<end)
            }
        case .mspace:
            append(" ")
        case .mtr:
            for n in 0..<count {
                if n > 0 { append(", ") }
                copy(part(n))
            }
            append("; ")
        default:
            // Neighbouring symbols stay apart: `w_i x_i`, not `w_ix_i`.
            var last: Unicode.Scalar?
            for n in 0..<count {
                let range = part(n)
                guard let first = firstScalar(in: range) else { continue }
                if let last, isLetterOrNumber(last) || last == ")", isLetterOrNumber(first) { append(" ") }
                copy(range)
                last = lastScalar(in: range)
            }
        }
        out.removeSubrange(start..<end)
        replaceParts(from: firstPart, with: start..<out.count)
    }

    /// Replaces the parts from `firstPart` on by `range`.
    mutating func replaceParts(from firstPart: Int, with range: Range<Int>) {
        // An element has a few parts: one `removeLast()` each costs less than a range removal.
        while parts.count > firstPart { parts.removeLast() }
        parts.append(range)
    }

    /// Whether the default reading puts a space between two of the element's parts.
    func needsSpace(from firstPart: Int, count: Int) -> Bool {
        guard count > 1 else { return false }
        var last: Unicode.Scalar?
        for n in 0..<count {
            let range = parts[firstPart + n]
            guard !range.isEmpty else { continue }
            if let last, isLetterOrNumber(last) || last == ")" {
                let lead = out[range.lowerBound]
                if lead < 0x80 ? isASCIILetterOrDigit(lead) : isLetterOrNumber(scalar(at: range.lowerBound).scalar) { return true }
            }
            let end = out[range.upperBound - 1]
            last = end < 0x80 ? Unicode.Scalar(end) : lastScalar(in: range)
        }
        return false
    }

    func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether `out[range]` is `,`.
    func isComma(_ range: Range<Int>) -> Bool {
        range.count == 1 && out[range.lowerBound] == UInt8(ascii: ",")
    }

    /// Whether `out[range]` is one of `spacedOperators`.
    func isSpacedOperator(_ range: Range<Int>) -> Bool {
        Self.spacedOperators.contains { $0.count == range.count && out[range].elementsEqual($0) }
    }

    /// The elements whose text is not their children's side by side.
    enum Element {
        case annotation, mfrac, msup, msub, msubsup, munder, mover, munderover, msqrt, mroot, mo, mspace, mtr, other

        init(_ name: UnsafeBufferPointer<UInt8>) {
            self = .other
            // Every special name starts with `m` or `a`, and most elements are `mi`, `mn` or
            // `mrow`: those are settled by their length and first bytes, without the table.
            guard name.count >= 2, name[0] == UInt8(ascii: "m") || name[0] == UInt8(ascii: "a") else { return }
            if name.count == 2, name[1] != UInt8(ascii: "o") { return }
            if name.count == 4, name[1] == UInt8(ascii: "r") { return }
            for (element, spelling) in Self.spellings where spelling.count == name.count && spelling.elementsEqual(name) {
                self = element
                return
            }
        }

        static let spellings: [(Element, [UInt8])] = [
            (.mo, "mo"), (.msup, "msup"), (.msub, "msub"), (.mfrac, "mfrac"), (.msqrt, "msqrt"), (.mover, "mover"),
            (.munder, "munder"), (.msubsup, "msubsup"), (.munderover, "munderover"), (.mroot, "mroot"),
            (.mspace, "mspace"), (.mtr, "mtr"), (.annotation, "annotation"), (.annotation, "annotation-xml"),
        ].map { ($0, Array($1.utf8)) }
    }

    /// Operators read with a space on either side: `a = b`, not `a=b`.
    static let spacedOperators: [[UInt8]] = (["=", "+", "−", "-", "<", ">", "≤", "≥", "≈", "→", "×", "·"].map { Array($0.utf8) })

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Appends a copy of bytes already in `out`.
    mutating func copy(_ range: Range<Int>) {
        out.reserveCapacity(out.count + range.count)
        for i in range { out.append(out[i]) }
    }

    /// Appends `range` as one operand: bare when it is one symbol or a number, else in
    /// parentheses; spaces around it dropped.
    mutating func group(_ range: Range<Int>) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, out[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, out[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        let trimmed = lower..<upper
        var scalars = 0
        for i in trimmed where out[i] & 0xC0 != 0x80 { scalars += 1 }
        if scalars <= 1 || allScalars(in: trimmed, { $0 == "." || isNumber($0) }) {
            copy(trimmed)
        } else {
            append("("); copy(trimmed); append(")")
        }
    }

    // MARK: Scalars

    func isBlank(_ range: Range<Int>) -> Bool {
        // A text starting with an ASCII byte other than white space is not blank.
        if let first = range.first, out[first] < 0x80, out[first] != UInt8(ascii: " "), !(0x09...0x0D).contains(out[first]) {
            return false
        }
        return allScalars(in: range) { scalar in
            WhiteSpaceScalars.contains(scalar.value)
        }
    }

    func allScalars(in range: Range<Int>, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (scalar, length) = scalar(at: i)
            if !predicate(scalar) { return false }
            i += length
        }
        return true
    }

    func firstScalar(in range: Range<Int>) -> Unicode.Scalar? {
        range.isEmpty ? nil : scalar(at: range.lowerBound).scalar
    }

    func lastScalar(in range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        var i = range.upperBound - 1
        while i > range.lowerBound, out[i] & 0xC0 == 0x80 { i -= 1 }
        return scalar(at: i).scalar
    }

    /// The scalar whose first byte is `out[i]`, and its length in bytes.
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = out[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(out[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }

    func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : Character(scalar).isNumber
    }

    // MARK: Finishing

    /// The linear form of what was read: invisible operators dropped, spaces collapsed, and a
    /// minus that opens a group or follows an operator read as a sign.
    mutating func finish() -> String {
        var text: [UInt8] = []
        text.reserveCapacity(out.count)
        var previous = UInt8(ascii: " ")
        var i = 0
        while i < out.count {
            let byte = out[i]
            // U+2061…U+2064 are E2 81 A1…A4.
            if byte == 0xE2, i + 2 < out.count, out[i + 1] == 0x81, (0xA1...0xA4).contains(out[i + 2]) {
                i += 3
                continue
            }
            i += 1
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "(") { continue }
            text.append(byte)
            previous = byte
        }
        for (spaced, sign) in Self.signs { text = replacing(spaced, with: sign, in: text) }
        if text.starts(with: Self.leadingSign) { text.replaceSubrange(0..<Self.leadingSign.count, with: Self.minus) }
        text = replacing(Self.spacedParenthesis, with: Self.parenthesis, in: text)
        var lower = 0, upper = text.count
        while lower < upper, text[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, text[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return String(decoding: text[lower..<upper], as: UTF8.self)
    }

    static let signs = [("( − ", "(−"), ("= − ", "= −"), ("^(− ", "^(−"), (", − ", ", −")].map { (Array($0.utf8), Array($1.utf8)) }
    static let leadingSign = Array("− ".utf8), minus = Array("−".utf8)
    static let spacedParenthesis = Array(" )".utf8), parenthesis = Array(")".utf8)

    /// `text` with every occurrence of `pattern`, left to right, replaced.
    func replacing(_ pattern: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard let head = pattern.first, text.count >= pattern.count else { return text }
        var result: [UInt8] = []
        var i = 0
        var copied = 0
        while i + pattern.count <= text.count {
            if text[i] == head, text[i..<(i + pattern.count)].elementsEqual(pattern) {
                if result.isEmpty { result.reserveCapacity(text.count) }
                result += text[copied..<i]
                result += replacement
                i += pattern.count
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return text }
        result += text[copied...]
        return result
    }
}
