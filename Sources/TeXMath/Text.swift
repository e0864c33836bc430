#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes a tree node shows, as a pointer and a length: a plain value, so nodes holding it
/// copy without reference counting.
///
/// The bytes outlive every tree that points at them: a string literal (in the binary), a
/// command table entry (`permanent`, kept for the life of the process) or the tree's own text
/// pool (`NodeArena.text`), freed with the tree. The bytes are never written after the text
/// is made, which is why it can be shared across threads (the command table's texts are).
struct Text: Equatable, ExpressibleByStringLiteral, @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    init(stringLiteral value: StaticString) {
        // Literals, one-scalar ones included, are stored as UTF-8 in the binary.
        base = value.utf8Start
        count = value.utf8CodeUnitCount
    }

    init(unicodeScalarLiteral value: StaticString) { self.init(stringLiteral: value) }
    init(extendedGraphemeClusterLiteral value: StaticString) { self.init(stringLiteral: value) }

    static func == (left: Text, right: Text) -> Bool {
        left.count == right.count && (left.count == 0 || memcmp(left.base, right.base, left.count) == 0)
    }

    var isEmpty: Bool { count == 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The text as a `String` (for the rare paths that look it up in a dictionary).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The first byte, or 0 for empty text.
    var firstByte: UInt8 { count > 0 ? base[0] : 0 }

    /// Whether the text is more than one Unicode scalar (continuation bytes do not start one).
    var hasSeveralScalars: Bool {
        var scalars = 0
        for index in 0..<count where base[index] & 0xC0 != 0x80 {
            scalars += 1
            if scalars > 1 { return true }
        }
        return false
    }

    /// A copy of `string` that is never freed: for the command table, built once per process.
    static func permanent(_ string: String) -> Text {
        let utf8 = Array(string.utf8)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(utf8.count, 1))
        storage.initialize(from: utf8, count: utf8.count)
        return Text(base: UnsafePointer(storage), count: utf8.count)
    }

    /// The one-byte text of an ASCII byte, pointing into a literal of all 128 of them (a
    /// constant: no lazy initialisation to check on every call, as a `static let` would need).
    static func ascii(_ byte: UInt8) -> Text {
        let all: StaticString = "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{E}\u{F}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1A}\u{1B}\u{1C}\u{1D}\u{1E}\u{1F} !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u{7F}"
        return Text(base: all.utf8Start + Int(byte & 0x7F), count: 1)
    }
}
