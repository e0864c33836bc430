/// Tables of the commands the parser treats by family (functions, accents, spaces, sizes).
enum Commands {
    /// Named functions typeset upright, with `true` for those taking limits in display style.
    static let namedFunctions: [String: (text: String, limits: Bool)] = {
        var table: [String: (text: String, limits: Bool)] = [:]
        for name in [
            "arccos", "arcsin", "arctan", "arctg", "arcctg", "arg", "ch", "cos", "cosec", "cosh",
            "cot", "cotg", "coth", "csc", "ctg", "cth", "deg", "dim", "exp", "hom", "ker", "lg",
            "ln", "log", "sec", "sh", "sin", "sinh", "tan", "tanh", "tg", "th",
        ] {
            table[name] = (name, false)
        }
        for name in ["det", "gcd", "inf", "lim", "liminf", "limsup", "max", "min", "Pr", "sup"] {
            table[name] = (name, true)
        }
        // Written as two words, as amsmath and the ML literature print them.
        table["argmax"] = ("arg\u{2009}max", true)
        table["argmin"] = ("arg\u{2009}min", true)
        table["injlim"] = ("inj\u{2009}lim", true)
        table["projlim"] = ("proj\u{2009}lim", true)
        return table
    }()

    /// Large operators whose limits stay beside them even in display style.
    static let integrals: Set<String> = [
        "int", "iint", "iiint", "oint", "oiint", "oiiint", "intop", "smallint",
    ]

    /// Explicit spaces and their widths in em.
    static let spaces: [String: Text] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", "negmedspace": "-0.2222em", "negthickspace": "-0.2778em",
        " ": "0.3333em", "space": "0.3333em", "nobreakspace": "0.3333em", "enspace": "0.5em", "enskip": "0.5em",
        "quad": "1em", "qquad": "2em",
    ]

    /// An accent drawn over (or under) its argument.
    struct Accent: Sendable {
        let mark: Text
        /// Stretches to the width of the argument (`\widehat`, `\overline`).
        let stretchy: Bool
        let under: Bool
        /// Drawn as a limit-taking brace: a following `^`/`_` goes over/under it.
        let brace: Bool

        init(_ mark: Text, stretchy: Bool = false, under: Bool = false, brace: Bool = false) {
            self.mark = mark
            self.stretchy = stretchy
            self.under = under
            self.brace = brace
        }
    }

    static let accents: [String: Accent] = [
        "hat": Accent("^"), "widehat": Accent("^", stretchy: true),
        "tilde": Accent("~"), "widetilde": Accent("~", stretchy: true),
        "bar": Accent("\u{AF}"), "overline": Accent("\u{203E}", stretchy: true),
        "underline": Accent("\u{203E}", stretchy: true, under: true),
        "underbar": Accent("\u{203E}", stretchy: true, under: true),
        "vec": Accent("\u{2192}"), "dot": Accent("\u{2D9}"), "ddot": Accent("\u{A8}"),
        "dddot": Accent("\u{20DB}"), "acute": Accent("\u{B4}"), "grave": Accent("`"),
        "breve": Accent("\u{2D8}"), "check": Accent("\u{2C7}"), "mathring": Accent("\u{2DA}"),
        "overrightarrow": Accent("\u{2192}", stretchy: true),
        "overleftarrow": Accent("\u{2190}", stretchy: true),
        "overleftrightarrow": Accent("\u{2194}", stretchy: true),
        "Overrightarrow": Accent("\u{21D2}", stretchy: true),
        "underrightarrow": Accent("\u{2192}", stretchy: true, under: true),
        "underleftarrow": Accent("\u{2190}", stretchy: true, under: true),
        "overbrace": Accent("\u{23DE}", stretchy: true, brace: true),
        "underbrace": Accent("\u{23DF}", stretchy: true, under: true, brace: true),
    ]

    /// `\xrightarrow` and friends: an arrow stretched under text.
    static let extensibleArrows: [String: Text] = [
        "xrightarrow": "\u{2192}", "xleftarrow": "\u{2190}", "xleftrightarrow": "\u{2194}",
        "xRightarrow": "\u{21D2}", "xLeftarrow": "\u{21D0}", "xLeftrightarrow": "\u{21D4}",
        "xmapsto": "\u{21A6}", "xhookrightarrow": "\u{21AA}", "xhookleftarrow": "\u{21A9}",
    ]

    /// `\big`-family sizes (as KaTeX and TeX's plain format size them).
    static let bigSizes: [String: (size: DelimiterSize, role: BigRole)] = {
        var table: [String: (size: DelimiterSize, role: BigRole)] = [:]
        for (stem, size) in [("big", DelimiterSize.big), ("Big", .Big), ("bigg", .bigg), ("Bigg", .Bigg)] {
            table[stem] = (size, .ordinary)
            table[stem + "l"] = (size, .opening)
            table[stem + "r"] = (size, .closing)
            table[stem + "m"] = (size, .relation)
        }
        return table
    }()

    /// How a `\big` delimiter acts.
    enum BigRole: Sendable { case ordinary, opening, closing, relation }

    /// Size switches and the `mathsize` they set.
    static let sizes: [String: Text] = [
        "tiny": "0.5em", "scriptsize": "0.7em", "footnotesize": "0.8em", "small": "0.9em",
        "normalsize": "1em", "large": "1.2em", "Large": "1.44em", "LARGE": "1.728em",
        "huge": "2.074em", "Huge": "2.488em",
    ]

    /// Style switches: display style, and the script level they set.
    static let styles: [String: (display: Bool, level: Int)] = [
        "displaystyle": (true, 0), "textstyle": (false, 0), "scriptstyle": (false, 1),
        "scriptscriptstyle": (false, 2),
    ]

    /// Math font commands.
    static let fonts: [String: MathFont] = [
        "mathbb": .doubleStruck, "Bbb": .doubleStruck, "mathbf": .bold, "bf": .bold,
        "mathrm": .roman, "rm": .roman, "mathit": .italic, "it": .italic,
        "mathcal": .script, "cal": .script, "mathscr": .script, "mathfrak": .fraktur,
        "frak": .fraktur, "mathsf": .sansSerif, "sf": .sansSerif, "mathtt": .monospace,
        "tt": .monospace, "boldsymbol": .boldSymbol, "bm": .boldSymbol, "bold": .bold,
        "mathnormal": .normal, "mathbfit": .boldItalic,
    ]

    /// Text commands (content typeset as text, spaces kept) and the font of their letters.
    static let texts: [String: MathFont] = [
        "text": .normal, "textrm": .normal, "textnormal": .normal, "mbox": .normal,
        "hbox": .normal, "textup": .normal, "textbf": .bold, "textit": .italic,
        "textsf": .sansSerif, "texttt": .monospace, "emph": .italic,
    ]

    /// texvc's colour shorthands (`\red{x}`).
    static let colors: Set<String> = [
        "red", "green", "blue", "black", "white", "gray", "cyan", "magenta", "yellow", "orange",
        "purple", "brown",
    ]

    /// Characters allowed after `\left`, `\right`, `\middle` and `\big` as plain characters.
    static let delimiterCharacters: [Unicode.Scalar: Text] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "\u{27E8}",
        ">": "\u{27E9}", ".": "",
    ]

    /// Delimiter commands and the character each draws.
    static let delimiterCommands: [String: Text] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
        "langle": "\u{27E8}", "rangle": "\u{27E9}", "vert": "|", "|": "\u{2016}",
        "Vert": "\u{2016}", "lvert": "|", "rvert": "|", "lVert": "\u{2016}", "rVert": "\u{2016}",
        "lfloor": "\u{230A}", "rfloor": "\u{230B}", "lceil": "\u{2308}", "rceil": "\u{2309}",
        "uparrow": "\u{2191}", "downarrow": "\u{2193}", "updownarrow": "\u{2195}",
        "Uparrow": "\u{21D1}", "Downarrow": "\u{21D3}", "Updownarrow": "\u{21D5}",
        "backslash": "\\", "lgroup": "\u{27EE}", "rgroup": "\u{27EF}",
        "lmoustache": "\u{23B0}", "rmoustache": "\u{23B1}", "ulcorner": "\u{231C}",
        "urcorner": "\u{231D}", "llcorner": "\u{231E}", "lrcorner": "\u{231F}",
        "lparen": "(", "rparen": ")", "mid": "|",
    ]

    /// Every command name the parser knows, for "did you mean" suggestions.
    static let allNames: [String] = {
        var names = Set(Symbols.table.keys)
        names.formUnion(namedFunctions.keys)
        names.formUnion(integrals)
        names.formUnion(spaces.keys.filter { $0.count > 1 })
        names.formUnion(accents.keys)
        names.formUnion(extensibleArrows.keys)
        names.formUnion(bigSizes.keys)
        names.formUnion(sizes.keys)
        names.formUnion(styles.keys)
        names.formUnion(fonts.keys)
        names.formUnion(texts.keys)
        names.formUnion(colors)
        names.formUnion(delimiterCommands.keys.filter { $0.count > 1 })
        names.formUnion(structural)
        names.formUnion(textbookNames)
        return names.sorted()
    }()

    /// Commands with their own parsing rule in the parser.
    static let structural: [String] = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "over", "choose", "atop",
        "sqrt", "left", "right", "middle", "begin", "end", "operatorname", "mathop", "mathrel",
        "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "overset", "underset",
        "stackrel", "limits", "nolimits", "not", "pmod", "bmod", "mod", "pod", "tag", "notag",
        "nonumber", "hline", "Set", "Braket", "braket", "set", "color", "textcolor", "phantom",
        "hphantom", "vphantom", "prime", "vert", "Vert", "mid", "substack",
    ]
}
