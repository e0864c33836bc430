/// What an `<mpadded>` (or a framed row) changes about its content: the box commands
/// `\smash`, `\rlap`, `\boxed`, `\fbox` and `\mathstrut`.
struct Padding {
    /// `width`, `height`, `depth` as MathML Core lengths; nil keeps the content's own.
    var width: Text? = nil
    var height: Text? = nil
    var depth: Text? = nil
    /// `\boxed`, `\fbox`: a rule around the content, drawn with CSS because MathML Core has no
    /// `<menclose>`.
    var framed = false
}

/// The box commands and how each treats its argument.
enum BoxCommand: Sendable {
    /// `\smash`: no height or depth, so the line spacing ignores the content. The optional
    /// `[t]` or `[b]` keeps one of them.
    case smash
    /// `\rlap`, `\mathrlap`: no width, the content overlapping what follows.
    case rightOverlap
    /// `\llap`, `\clap` and their math forms overlap to the left or both sides in TeX; MathML
    /// Core cannot shift content by its own width, so they keep their width, which only widens
    /// the line a little instead of drawing over a neighbour.
    case fullWidth(text: Bool)
    /// `\boxed` (math) and `\fbox` (text): the content in a frame.
    case framed(text: Bool)
    /// `\mathstrut`: an invisible parenthesis of no width, for the height and depth of one.
    case strut

    /// Box commands by name.
    static let table: [String: BoxCommand] = [
        "smash": .smash, "rlap": .rightOverlap, "mathrlap": .rightOverlap,
        "llap": .fullWidth(text: true), "clap": .fullWidth(text: true),
        "mathllap": .fullWidth(text: false), "mathclap": .fullWidth(text: false),
        "boxed": .framed(text: false), "fbox": .framed(text: true), "framebox": .framed(text: true),
        "mathstrut": .strut,
    ]
}

extension Parser {
    /// A box command and its argument.
    mutating func parseBox(_ box: BoxCommand, token: Token) throws(MathError) -> Primary {
        switch box {
        case .smash:
            let keep = try parseSmashOption()
            let body = try parseArgument(of: token)
            // `[t]` smashes the top only, `[b]` the bottom only (mathtools).
            var padding = Padding()
            if keep != "b" { padding.height = "0" }
            if keep != "t" { padding.depth = "0" }
            return Primary(tree.addPadding(padding, body))
        case .rightOverlap:
            return Primary(tree.addPadding(Padding(width: "0"), try boxArgument(of: token, text: name(of: token) == "rlap")))
        case .fullWidth(let text):
            return Primary(try boxArgument(of: token, text: text))
        case .framed(let text):
            return Primary(tree.addPadding(Padding(framed: true), try boxArgument(of: token, text: text)))
        case .strut:
            let paren = tree.add(.op(Operator(text: "(", stretchy: false)))
            return Primary(tree.addPadding(Padding(width: "0"), tree.add(.phantom(paren))))
        }
    }

    /// The argument of a box command: text for the text-mode boxes (`\fbox{…}`), math otherwise.
    private mutating func boxArgument(of token: Token, text: Bool) throws(MathError) -> NodeRef {
        text ? try parseText(of: token, font: .normal) : try parseArgument(of: token)
    }

    /// `[t]` or `[b]` after `\smash`, as a single letter (nil when absent).
    private mutating func parseSmashOption() throws(MathError) -> String? {
        guard case .character("[") = peek().kind else { return nil }
        let open = peek()
        advance()
        var word = ""
        while true {
            let token = peek()
            switch token.kind {
            case .character("]"):
                advance()
                return word
            case .character(let scalar):
                word.unicodeScalars.append(scalar)
                advance()
            default:
                throw MathError(
                    offset: open.offset, code: MathErrorCode.unclosedBracket,
                    message: "unclosed '[': the optional argument needs a ']'",
                    notes: ["write e.g. '\\smash[b]{y}'"])
            }
        }
    }
}

extension NodeArena {
    /// An `<mpadded>` (or framed row) around `body`.
    mutating func addPadding(_ padding: Padding, _ body: NodeRef) -> NodeRef {
        paddings.append(padding)
        return add(.padded(Int32(paddings.count - 1), body))
    }
}

extension Emitter {
    /// `<mpadded>` with the changed dimensions, or a row framed by a CSS border.
    mutating func emitPadding(_ padding: Padding, _ body: NodeRef) {
        if padding.framed {
            // The border sits on the row's box; the padding keeps it off the glyphs as
            // `\fboxsep` (3pt at 10pt) does.
            raw("<mrow style=\"border:0.06em solid;padding:0.3em\">")
            emitWrapped(body)
            raw("</mrow>")
            return
        }
        raw("<mpadded")
        if let width = padding.width {
            raw(" width=\"")
            put(width)
            raw("\"")
        }
        if let height = padding.height {
            raw(" height=\"")
            put(height)
            raw("\"")
        }
        if let depth = padding.depth {
            raw(" depth=\"")
            put(depth)
            raw("\"")
        }
        raw(">")
        emitWrapped(body)
        raw("</mpadded>")
    }
}
