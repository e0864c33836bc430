#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Display formulas whose `$$` stand alone on their lines, as textbooks (Jupyter Book, MyST,
/// d2l) write them, are blocks of TeX even when a line inside starts like a Markdown block:
///
///     $$
///     - \frac{\partial}{\partial \theta} \log p
///       + \lambda \lVert \theta \rVert^2
///     $$
///
/// cmark would end the paragraph at `- ` or `+ ` and leave both `$$` unclosed. Such a block is
/// handed to cmark as a ```` ```math ```` fence instead, which keeps every line of the formula
/// where the author wrote it, so positions inside it stay the author's. A MyST equation label
/// after the closing `$$` (`$$ (eq:bellman)`) also makes the formula a fence, which drops the
/// label. Other formulas, which cmark reads correctly, are left alone, so their pages do not
/// change.
enum DisplayMathBlocks {
    /// The text cmark should parse instead of `text`, or nil when no formula needs it.
    ///
    /// Runs on every lesson, so it reads the bytes in place: `memchr` finds each line's end and
    /// only a line's first and last bytes are looked at; nothing is allocated unless a formula
    /// needs rewriting.
    static func rewritten(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard mayNeedFence(bytes) else { return nil }
            let replacements = scan(bytes)
            guard !replacements.isEmpty else { return nil }
            var output = [UInt8](bytes)
            for replacement in replacements.reversed() {
                output.replaceSubrange(replacement.range, with: Array(replacement.fence.utf8))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether some `$$` line opens a formula that needs a fence, ignoring code fences (`scan`
    /// then decides). Jumps from dollar to dollar, so lessons without such a formula, nearly
    /// all of them, cost a `memchr` over their bytes and a look at each display formula.
    private static func mayNeedFence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        func lineEnd(from start: Int) -> Int {
            guard start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
            return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        }
        var search = 0
        while search + 1 < bytes.count, let found = memchr(base + search, 0x24, bytes.count - search) {
            let dollar = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            search = dollar + 1
            var lineStart = dollar
            while lineStart > 0, dollar - lineStart < 4, bytes[lineStart - 1] == UInt8(ascii: " ") { lineStart -= 1 }
            guard lineStart == 0 || bytes[lineStart - 1] == 0x0A else { continue }
            let end = lineEnd(from: dollar)
            guard Line(bytes: bytes, start: lineStart, end: end).dollars(labelled: false) != nil else { continue }
            var next = end + 1
            while next <= bytes.count {
                let close = lineEnd(from: next)
                let line = Line(bytes: bytes, start: next, end: close)
                if line.isBlank { break }
                if let dollars = line.dollars(labelled: true) {
                    if dollars.count > 2 { return true }
                    next = close + 1  // the closing line opens nothing
                    break
                }
                if line.startsBlock { return true }
                next = close + 1
            }
            search = min(next, bytes.count)
        }
        return false
    }

    /// The `$$` (and label) byte ranges to replace by a fence, in order.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, fence: String)] {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return [] }
        var replacements: [(range: Range<Int>, fence: String)] = []
        var fence: (marker: UInt8, count: Int)? = nil
        // The open `$$` line's replaced range, and whether a line since then starts a block.
        var open: Range<Int>? = nil
        var breaks = false
        var start = 0
        while start <= bytes.count {
            var end = bytes.count
            if start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            let line = Line(bytes: bytes, start: start, end: end)
            if let marker = fence {
                if line.closesFence(marker) { fence = nil }
            } else if let opening = open {
                if line.isBlank || line.opensFence != nil {
                    // A blank line ends the paragraph, and a fence inside would close the one
                    // written here: the formula keeps its error.
                    open = nil
                    if let opened = line.opensFence { fence = opened }
                } else if let dollars = line.dollars(labelled: true) {
                    // A label would otherwise be printed after the formula as text.
                    if breaks || dollars.count > 2 {
                        replacements.append((opening, "```math"))
                        replacements.append((dollars, "```"))
                    }
                    open = nil
                } else if !breaks, line.startsBlock {
                    breaks = true
                }
            } else if let opened = line.opensFence {
                fence = opened
            } else if let dollars = line.dollars(labelled: false) {
                open = dollars
                breaks = false
            }
            start = end + 1
        }
        return replacements
    }

    /// Whether `line` would start a block that ends a paragraph: a list item, quote, heading,
    /// thematic break, setext underline or fence.
    static func startsBlock(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { Line(bytes: $0, start: 0, end: $0.count).startsBlock }
    }

    /// Whether `line` is `$$` alone (with a label when `labelled`).
    static func isDollarLine(_ line: String, labelled: Bool = false) -> Bool {
        var line = line
        return line.withUTF8 { Line(bytes: $0, start: 0, end: $0.count).dollars(labelled: labelled) != nil }
    }
}

/// One line of the lesson, as byte offsets: `first` after the indentation, `last` before
/// trailing blanks (a carriage return included).
private struct Line {
    let bytes: UnsafeBufferPointer<UInt8>
    let indent: Int
    let first: Int
    let last: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.bytes = bytes
        var first = start
        while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
        var last = end
        while last > first, Line.isBlank(bytes[last - 1]) { last -= 1 }
        self.indent = first - start
        self.first = first
        self.last = last
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    var isBlank: Bool { first == last }

    private func byte(_ offset: Int) -> UInt8? { first + offset < last ? bytes[first + offset] : nil }

    /// The range of `$$` alone (up to three spaces before it), or with `labelled` of `$$` and a
    /// MyST equation label, `$$ (eq:bellman)`, which the fence drops: Lectern does not number
    /// equations.
    func dollars(labelled: Bool) -> Range<Int>? {
        guard indent <= 3, last - first >= 2, byte(0) == UInt8(ascii: "$"), byte(1) == UInt8(ascii: "$") else { return nil }
        if last - first == 2 { return first..<last }
        guard labelled else { return nil }
        var label = first + 2
        while label < last, Line.isBlank(bytes[label]) { label += 1 }
        guard bytes[label] == UInt8(ascii: "("), bytes[last - 1] == UInt8(ascii: ")") else { return nil }
        for index in label..<last where bytes[index] == UInt8(ascii: "$") { return nil }
        return first..<last
    }

    var startsBlock: Bool {
        guard indent <= 3, let head = byte(0) else { return false }
        let blankAfter = byte(1).map(Line.isBlank) ?? true
        switch head {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            if blankAfter { return true }
        case UInt8(ascii: ">"):
            return true
        case UInt8(ascii: "#"):
            var hashes = 0
            while byte(hashes) == UInt8(ascii: "#") { hashes += 1 }
            if hashes <= 6, byte(hashes).map(Line.isBlank) ?? true { return true }
        case UInt8(ascii: "1"):
            if byte(1) == UInt8(ascii: ".") || byte(1) == UInt8(ascii: ")"), let after = byte(2), Line.isBlank(after) {
                return true
            }
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            if opensFence != nil { return true }
        default:
            break
        }
        // Setext underlines (`===`, `---`) and thematic breaks (`***`, `_ _ _`).
        guard head == UInt8(ascii: "=") || head == UInt8(ascii: "-") || head == UInt8(ascii: "*") || head == UInt8(ascii: "_") else {
            return false
        }
        var marks = 0
        for index in first..<last {
            if bytes[index] == head { marks += 1 } else if !Line.isBlank(bytes[index]) { return false }
        }
        return head == UInt8(ascii: "=") || head == UInt8(ascii: "-") || marks >= 3
    }

    var opensFence: (marker: UInt8, count: Int)? {
        guard indent <= 3, let marker = byte(0), marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        var count = 0
        while byte(count) == marker { count += 1 }
        guard count >= 3 else { return nil }
        if marker == UInt8(ascii: "`") {
            for index in (first + count)..<last where bytes[index] == marker { return nil }
        }
        return (marker, count)
    }

    func closesFence(_ open: (marker: UInt8, count: Int)) -> Bool {
        guard indent <= 3 else { return false }
        var count = 0
        while byte(count) == open.marker { count += 1 }
        return count >= open.count && first + count == last
    }
}
