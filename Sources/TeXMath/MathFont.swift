/// A math alphabet selected by `\mathbf`, `\mathbb` and friends.
///
/// MathML Core honours `mathvariant` only as `normal` on `<mi>`, so styled letters are written
/// as characters of Unicode's Mathematical Alphanumeric Symbols block instead (𝐱, ℝ, 𝒟),
/// as Temml does.
enum MathFont: Sendable {
    /// The default: letters italic, digits and capital Greek upright.
    case normal
    /// Upright (`\mathrm`, `\operatorname`).
    case roman
    case bold
    case italic
    case boldItalic
    /// `\boldsymbol`: bold italic letters and lowercase Greek, bold upright digits and capitals.
    case boldSymbol
    case script
    case fraktur
    case doubleStruck
    case sansSerif
    case monospace

    /// The styled form of a Latin letter, digit or Greek letter; nil when it has none.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return latin(value - 0x41, capital: true)
        case 0x61...0x7A: return latin(value - 0x61, capital: false)
        case 0x30...0x39: return digit(value - 0x30)
        case 0x391...0x3A9 where value != 0x3A2: return greek(value - 0x391, capital: true)
        case 0x3B1...0x3C9: return greek(value - 0x3B1, capital: false)
        case 0x3F5: return greekSymbol(1)  // ϵ
        case 0x3D1: return greekSymbol(2)  // ϑ
        case 0x3F0: return greekSymbol(3)  // ϰ
        case 0x3D5: return greekSymbol(4)  // ϕ
        case 0x3F1: return greekSymbol(5)  // ϱ
        case 0x3D6: return greekSymbol(6)  // ϖ
        default: return nil
        }
    }

    /// Whether a styled single letter should be marked `mathvariant="normal"` (upright).
    var isUpright: Bool { self == .roman }

    private func latin(_ index: UInt32, capital: Bool) -> Unicode.Scalar? {
        let base: UInt32
        switch self {
        case .normal, .roman: return nil
        case .bold: base = 0x1D400
        case .italic: base = 0x1D434
        case .boldItalic, .boldSymbol: base = 0x1D468
        case .script: base = 0x1D49C
        case .fraktur: base = 0x1D504
        case .doubleStruck: base = 0x1D538
        case .sansSerif: base = 0x1D5A0
        case .monospace: base = 0x1D670
        }
        let letter = Unicode.Scalar(UInt8((capital ? 0x41 : 0x61) + index))
        // Letters encoded earlier in the Letterlike Symbols block leave holes here.
        if let hole = Self.holes[self]?[letter] { return hole }
        return Unicode.Scalar(base + (capital ? 0 : 26) + index)
    }

    private func digit(_ index: UInt32) -> Unicode.Scalar? {
        let base: UInt32
        switch self {
        case .bold, .boldSymbol: base = 0x1D7CE
        case .doubleStruck: base = 0x1D7D8
        case .sansSerif: base = 0x1D7E2
        case .monospace: base = 0x1D7F6
        default: return nil
        }
        return Unicode.Scalar(base + index)
    }

    private func greek(_ index: UInt32, capital: Bool) -> Unicode.Scalar? {
        // The Greek blocks follow U+0391…U+03A9 and U+03B1…U+03C9 one to one, with ϴ in
        // the place of the unused U+03A2 and ∇ between capitals and small letters.
        let base: UInt32
        switch self {
        case .bold: base = 0x1D6A8
        case .italic: base = 0x1D6E2
        case .boldItalic: base = 0x1D71C
        case .boldSymbol: base = capital ? 0x1D6A8 : 0x1D71C
        default: return nil
        }
        return Unicode.Scalar(base + (capital ? 0 : 26) + index)
    }

    private func greekSymbol(_ index: UInt32) -> Unicode.Scalar? {
        // ∂ ϵ ϑ ϰ ϕ ϱ ϖ follow the small letters of each Greek alphabet.
        switch self {
        case .bold: return Unicode.Scalar(0x1D6DB + index)
        case .italic: return Unicode.Scalar(0x1D715 + index)
        case .boldItalic, .boldSymbol: return Unicode.Scalar(0x1D74F + index)
        default: return nil
        }
    }

    private static let holes: [MathFont: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "\u{210E}"],
        .script: [
            "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
            "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}",
            "o": "\u{2134}",
        ],
        .fraktur: ["C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}"],
        .doubleStruck: [
            "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
            "R": "\u{211D}", "Z": "\u{2124}",
        ],
    ]
}
