/// FNV-1a over UTF-8: the one hash Lectern derives ids from (quiz ids, plot ids). Unlike
/// `Hasher` it is the same on every platform and in every release, so ids stay put.
package enum StableHash {
    /// The FNV-1a hash of `text` at the width of `Hash` (32 or 64 bits).
    package static func fnv1a<Hash: FixedWidthInteger & UnsignedInteger>(_ text: String, as _: Hash.Type = UInt64.self) -> Hash {
        // FNV's published offset basis and prime for each width.
        let (basis, prime): (UInt64, UInt64) = Hash.bitWidth == 32
            ? (0x811C_9DC5, 0x0100_0193) : (0xCBF2_9CE4_8422_2325, 0x0000_0100_0000_01B3)
        var hash = Hash(truncatingIfNeeded: basis)
        for byte in text.utf8 {
            hash ^= Hash(byte)
            hash = hash &* Hash(truncatingIfNeeded: prime)
        }
        return hash
    }

    /// `value` as lower-case hex padded to its full width, so ids have a fixed shape.
    package static func hex<Hash: FixedWidthInteger & UnsignedInteger>(_ value: Hash) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, Hash.bitWidth / 4 - digits.count)) + digits
    }
}
