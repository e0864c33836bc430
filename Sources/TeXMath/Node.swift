/// One node of the math tree the parser builds (in a `NodeArena`) and the emitter writes out as
/// MathML Core.
///
/// Each case maps to one MathML construct; decisions that depend on the math style (limits
/// under or beside an operator) are left to the emitter, which tracks the style. A plain value:
/// children are `NodeRef`s into the arena and text is `Text`, so nodes copy without reference
/// counting.
enum Node {
    /// `<mi>`; `normal` adds `mathvariant="normal"` (upright letters, capital Greek).
    case identifier(Text, normal: Bool)
    /// `<mn>`.
    case number(Text)
    /// `<mo>`.
    case op(Operator)
    /// `<mtext>`, spaces kept.
    case text(Text)
    /// `<mspace width="…">`.
    case space(Text)
    /// `<mrow>` (the emitter drops the wrapper for a single child where MathML allows).
    case row(NodeList)
    case fraction(Fraction)
    /// `<msqrt>` or, with an index, `<mroot>`.
    case root(NodeRef, index: NodeRef?)
    case scripts(Scripts)
    /// `<munder>`, `<mover>` or `<munderover>` with fixed placement (accents, `\overset`).
    case underOver(UnderOver)
    /// An entry of the arena's `tables`.
    case table(Int32)
    /// `<mstyle>` for `\displaystyle`, sizes and colours: an entry of the arena's `styles`
    /// (rare and the largest payload, so kept out of every node) and the body.
    case style(Int32, NodeRef)
    /// `<mphantom>`.
    case phantom(NodeRef)
    /// `<mpadded>` or a framed row: an entry of the arena's `paddings` and the body.
    case padded(Int32, NodeRef)
}

/// An `<mo>` with the attributes MathML Core needs to lay it out as TeX would.
struct Operator {
    var text: Text
    /// `stretchy="true|false"`; nil leaves the operator dictionary's choice.
    var stretchy: Bool? = nil
    var fence = false
    var separator = false
    /// `minsize` and `maxsize` for the `\big` family.
    var size: DelimiterSize? = nil
    /// `lspace` and `rspace` (always equal here: TeX's spacing is symmetric per class).
    var space: OperatorSpace? = nil
    var movableLimits: Bool? = nil
    /// `\sum`-like operators: limits go under and over in display style.
    var limitsInDisplay = false
}

/// Sizes of the `\big` family, as TeX's plain format (and KaTeX) draw them.
enum DelimiterSize: UInt8, Sendable {
    // The cases are spelled as the commands (`\big`, `\Big`), whose case is the size.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case big, Big, bigg, Bigg

    var em: Text {
        switch self {
        case .big: return "1.2em"
        case .Big: return "1.623em"
        case .bigg: return "2.047em"
        case .Bigg: return "2.470em"
        }
    }
}

/// Explicit operator spacing. A small enum keeps `Node` small: leaves are stored inline.
enum OperatorSpace: UInt8, Sendable {
    case zero, hair, medium, thick

    var em: Text {
        switch self {
        case .zero: return "0em"
        case .hair: return "0.05em"
        case .medium: return "0.2222em"
        case .thick: return "0.2778em"
        }
    }
}

extension Operator {
    /// A vertical bar (`|`, `‖`) at its natural size, without the operator spacing MathML
    /// would give it between two atoms (TeX treats a plain bar as an ordinary symbol).
    static func bar(_ text: Text) -> Operator {
        Operator(text: text, stretchy: false, space: .zero)
    }
}

/// `\frac` and relatives.
struct Fraction {
    var numerator: NodeRef
    var denominator: NodeRef
    /// `linethickness`, `"0"` for `\binom` and `\atop`.
    var lineThickness: Text? = nil
    /// `\dfrac` (true), `\tfrac` (false), `\frac` (nil: the current style).
    var displayStyle: Bool? = nil
    /// `\cfrac`: numerator and denominator stay in display style.
    var continued = false
}

/// Where the limits of an operator go.
enum LimitPlacement: Sendable {
    /// Always beside, as sub- and superscripts.
    case beside
    /// Under and over in display style, beside otherwise (`\sum`, `\lim`).
    case displayOnly
    /// Always under and over (`\limits`, `\overbrace`).
    case always
}

/// A base with a subscript, a superscript or both.
struct Scripts {
    var base: NodeRef
    var sub: NodeRef?
    var sup: NodeRef?
    var placement: LimitPlacement
}

/// A base with fixed under and over parts.
struct UnderOver {
    var base: NodeRef
    var under: NodeRef?
    var over: NodeRef?
    /// `accent="true"` on `<mover>` (the over part is an accent, drawn close to the base).
    var accent = false
    /// `accentunder="true"` on `<munder>`.
    var accentUnder = false
}

/// An environment's grid, with the fences drawn around it.
struct Table {
    var rows: [[NodeRef]]
    /// One value per column (`left`, `center`, `right`); the last repeats.
    var columnAlign: [String]
    var columnSpacing: String? = nil
    var rowSpacing: String? = nil
    /// Cells in display style (`aligned`, `gathered`) rather than text style (matrices).
    var displayStyle = false
    var open: Text? = nil
    var close: Text? = nil
    /// Script-sized cells (`smallmatrix`).
    var small = false
    /// Columns come in right/left pairs that touch (`aligned`).
    var alignedPairs = false
}

/// What an `<mstyle>` changes.
struct StyleChange {
    var displayStyle: Bool? = nil
    var scriptLevel: Int? = nil
    var color: Text? = nil
    var size: Text? = nil
}
