/// The growing UTF-8 buffer the emitter writes markup into.
///
/// `Array.append(contentsOf:)` and `String.append` each cost a few dozen instructions of
/// bookkeeping per call, and the emitter makes dozens of short appends per formula; here an
/// append is a capacity check and a `memcpy`. The owner calls `finish()` exactly once, which
/// turns the bytes into a `String` and frees the storage.
struct OutputBuffer {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = Memory.allocate(self.capacity).assumingMemoryBound(to: UInt8.self)
    }

    /// Makes room for `extra` more bytes: inlined, a comparison; growing is out of line.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let grown = Memory.allocate(newCapacity).assumingMemoryBound(to: UInt8.self)
        grown.update(from: start, count: count)
        Memory.free(start)
        start = grown
        capacity = newCapacity
    }

    /// Appends the `length` bytes at `base`.
    mutating func append(_ base: UnsafePointer<UInt8>?, length: Int) {
        guard let base, length > 0 else { return }
        reserve(length)
        (start + count).update(from: base, count: length)
        count += length
    }

    /// Inlined, so that each piece of markup's length is a constant and the copy compiles to a
    /// few moves instead of a call.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        reserve(length)
        (start + count).update(from: literal.utf8Start, count: length)
        count += length
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0.baseAddress, length: $0.count) }
    }

    /// Appends `text` with `&`, `<`, `>` (and in attributes `"`) escaped, copying the runs
    /// between those characters whole.
    mutating func appendEscaped(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { appendEscaped($0, attribute: attribute) }
    }

    /// Appends `bytes` with `&`, `<`, `>` (and in attributes `"`) escaped.
    ///
    /// Inlined: most text (an identifier, an operator, the formula itself) has nothing to
    /// escape, and then this is one scan and one copy.
    @inline(__always)
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        if !Self.needsEscaping(bytes, attribute: attribute) {
            append(bytes.baseAddress, length: bytes.count)
            return
        }
        appendEscapedRuns(bytes, attribute: attribute)
    }

    @inline(never)
    private mutating func appendEscapedRuns(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        var runStart = 0
        for index in 0..<bytes.count {
            let escape: StaticString
            switch bytes[index] {
            case 0x26: escape = "&amp;"
            case 0x3C: escape = "&lt;"
            case 0x3E: escape = "&gt;"
            case 0x22 where attribute: escape = "&quot;"
            default: continue
            }
            append(bytes.baseAddress.map { $0 + runStart }, length: index - runStart)
            append(escape)
            runStart = index + 1
        }
        append(bytes.baseAddress.map { $0 + runStart }, length: bytes.count - runStart)
    }

    /// Whether `bytes` hold a byte `appendEscaped` replaces. Those are all below 64, so one
    /// comparison clears letters and every byte of a non-ASCII character, and a bit mask the
    /// rest.
    @inline(__always)
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool {
        let special: UInt64 = (1 << 0x26) | (1 << 0x3C) | (1 << 0x3E) | (attribute ? 1 << 0x22 : 0)
        for byte in bytes where byte < 64 && (special >> UInt64(byte)) & 1 != 0 { return true }
        return false
    }

    /// The markup as a `String`; the buffer is freed and must not be used again.
    ///
    /// The bytes are valid UTF-8 by construction: static markup is ASCII, and text is copied
    /// from Swift strings whole or split only before or after an ASCII byte. So the copy skips
    /// the validation `String(decoding:as:)` would repeat over every byte (an eighth of all the
    /// converter's instructions).
    mutating func finish() -> String {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        let result: String
        if #available(macOS 26.0, *) {
            result = unsafe String(copying: UTF8Span(unchecked: bytes.span))
        } else {
            result = String(decoding: bytes, as: UTF8.self)
        }
        Memory.free(start)
        count = 0
        capacity = 0
        return result
    }
}
