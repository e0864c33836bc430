/// The spacing commands that take a length: `\hspace{1cm}`, `\hskip 2pt`, `\kern-1em`,
/// `\mkern3mu`, `\mspace{6mu}`. The width is written in em, as Temml and KaTeX write it.
enum LengthSpace: Sendable {
    /// The length is in braces (`\hspace`, `\hspace*`, `\mspace`).
    case braced
    /// The length follows directly, TeX's primitive syntax (`\hskip`, `\kern`, `\mkern`,
    /// `\mskip`); braces are accepted too, as KaTeX accepts them.
    case primitive

    static let table: [String: LengthSpace] = [
        "hspace": .braced, "mspace": .braced,
        "hskip": .primitive, "kern": .primitive, "mkern": .primitive, "mskip": .primitive,
    ]

    /// Em per unit, for a 10pt font as TeX's default and KaTeX assume (1em = 10pt); `mu` is
    /// 1/18 em. Nil for a word that is no unit.
    static func emPerUnit(_ unit: String) -> Double? {
        let points: Double
        switch unit {
        case "em": return 1
        case "ex": return 0.431  // the x-height of Computer Modern, in em
        case "mu": return 1.0 / 18
        case "pt": points = 1
        case "pc": points = 12
        case "in": points = 72.27
        case "bp": points = 72.27 / 72
        case "cm": points = 72.27 / 2.54
        case "mm": points = 72.27 / 25.4
        case "dd": points = 1238.0 / 1157
        case "cc": points = 12 * 1238.0 / 1157
        case "sp": points = 1.0 / 65536
        case "px": points = 72.27 / 96
        default: return nil
        }
        return points / 10
    }

    /// `text` (`-0.5 cm`, `3mu`, `.5em`) as an em width such as `-1.4226em`; nil when it is no
    /// length. Stretch and shrink (`plus 1fil`) are ignored, as MathML has no glue.
    static func emWidth(_ text: String) -> String? {
        var scalars = Substring(text).unicodeScalars.drop { $0 == " " }
        var negative = false
        while let sign = scalars.first, sign == "-" || sign == "+" {
            if sign == "-" { negative.toggle() }
            scalars = scalars.dropFirst().drop { $0 == " " }
        }
        var number = ""
        while let scalar = scalars.first, ("0"..."9").contains(scalar) || scalar == "." || scalar == "," {
            number.unicodeScalars.append(scalar == "," ? "." : scalar)
            scalars = scalars.dropFirst()
        }
        if number.isEmpty || number == "." { return nil }
        guard let value = Double(number.hasPrefix(".") ? "0" + number : number) else { return nil }
        scalars = scalars.drop { $0 == " " }
        let unit = String(String.UnicodeScalarView(scalars.prefix(2)))
        guard let perUnit = emPerUnit(unit) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(2))).trimmingSpaces
        guard rest.isEmpty || rest.hasPrefix("plus") || rest.hasPrefix("minus") else { return nil }
        let em = (negative ? -value : value) * perUnit
        // Four decimals, trailing zeros dropped: enough for a space, and stable text.
        var digits = String(Int((abs(em) * 10_000).rounded()))
        while digits.count < 5 { digits = "0" + digits }
        var whole = String(digits.dropLast(4))
        var fraction = String(digits.suffix(4))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        let sign = em < 0 && (whole != "0" || !fraction.isEmpty) ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}

extension Parser {
    /// A spacing command and its length, as an `<mspace>`.
    mutating func parseLengthSpace(_ kind: LengthSpace, token: Token) throws(MathError) -> Primary {
        let text: String
        if case .openBrace = peek().kind {
            text = try parseWordArgument(of: token)
        } else if kind == .braced {
            // `\hspace*{…}`: the star only keeps the space at a line break.
            if case .character("*") = peek().kind { advance() }
            guard case .openBrace = peek().kind else { throw invalidLength(token, found: nil) }
            text = try parseWordArgument(of: token)
        } else {
            text = readPrimitiveLength()
        }
        guard let width = LengthSpace.emWidth(text) else {
            throw invalidLength(token, found: text.allSatisfy { $0 == " " } ? nil : text)
        }
        return leaf(.space(tree.text(width)))
    }

    /// The characters of a length written straight after `\hskip` or `\kern`: a sign, digits
    /// and a two-letter unit, with the spaces TeX allows between them.
    private mutating func readPrimitiveLength() -> String {
        var text = ""
        var letters = 0
        while letters < 2 {
            let token = peekRaw()
            switch token.kind {
            case .space where letters == 0:
                text += " "
            case .character(let scalar) where letters == 0 && ("0"..."9" ~= scalar || "+-.,".unicodeScalars.contains(scalar)):
                text.unicodeScalars.append(scalar)
            case .character(let scalar) where Self.isLetter(scalar):
                text.unicodeScalars.append(scalar)
                letters += 1
            default:
                return text
            }
            advance()
        }
        return text
    }

    private func invalidLength(_ command: Token, found: String?) -> MathError {
        MathError(
            offset: command.offset, length: command.length, code: MathErrorCode.invalidLength,
            message: found.map { "'\($0)' is not a length '\(display(command))' can use" }
                ?? "'\(display(command))' needs a length",
            notes: ["write a number and a unit, e.g. '\(display(command)){1em}', '{-3mu}' or '{0.5cm}'"])
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
    }
}
