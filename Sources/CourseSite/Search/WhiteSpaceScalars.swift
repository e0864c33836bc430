/// Unicode's `White_Space` scalars as a switch over their values, in place of
/// `Character.isWhitespace`, whose property lookup was most of the cost of collapsing a formula's
/// text for search (issue 13).
///
/// The property has held the same 25 scalars since Unicode 6.3 dropped U+180E; a test compares
/// this list with `Unicode.Scalar.Properties.isWhitespace` over every scalar, so a toolchain with
/// a different table fails it rather than changing the index.
enum WhiteSpaceScalars {
    /// Whether the scalar `value` is white space: `Character(scalar).isWhitespace`, which for one
    /// scalar is the scalar's own property.
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
