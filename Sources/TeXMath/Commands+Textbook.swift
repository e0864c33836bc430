/// Commands that real textbooks use and that the family tables of `Commands` lacked, kept apart
/// so that each family table stays as it was: control spaces, more fixed spaces, accents,
/// arrows and font commands.
extension Commands {
    /// A backslash before a line break or tab is TeX's control space, like `\ ` (an author
    /// who ends a line with `\` before continuing the formula means a space).
    static let textbookSpaces: [String: Text] = [
        "\n": "0.3333em", "\t": "0.3333em", "\r": "0.3333em", "enskip": "0.5em",
    ]

    static let textbookAccents: [String: Accent] = [
        "widecheck": Accent("\u{2C7}", stretchy: true),
        "utilde": Accent("~", stretchy: true, under: true),
        "overleftharpoon": Accent("\u{21BC}", stretchy: true),
        "overrightharpoon": Accent("\u{21C0}", stretchy: true),
        "underleftrightarrow": Accent("\u{2194}", stretchy: true, under: true),
        "overgroup": Accent("\u{23E0}", stretchy: true),
        "undergroup": Accent("\u{23E1}", stretchy: true, under: true),
        "overlinesegment": Accent("\u{203E}", stretchy: true),
        "underlinesegment": Accent("\u{203E}", stretchy: true, under: true),
    ]

    static let textbookArrows: [String: Text] = [
        "xlongequal": "=", "xtwoheadrightarrow": "\u{21A0}", "xtwoheadleftarrow": "\u{219E}",
        "xrightharpoonup": "\u{21C0}", "xrightharpoondown": "\u{21C1}",
        "xleftharpoonup": "\u{21BC}", "xleftharpoondown": "\u{21BD}",
        "xrightleftharpoons": "\u{21CC}", "xleftrightharpoons": "\u{21CB}",
        "xrightleftarrows": "\u{21C4}", "xtofrom": "\u{21C4}",
    ]

    /// `\pmb` ("poor man's bold") is drawn in the bold symbols `\boldsymbol` uses.
    static let textbookFonts: [String: MathFont] = ["pmb": .boldSymbol]
    static let textbookTexts: [String: MathFont] = ["textmd": .normal]

    /// Adds these tables to the command table (through its `update`).
    static func addTextbookCommands(_ update: (String, (inout CommandEntry) -> Void) -> Void) {
        for (name, width) in textbookSpaces { update(name) { $0.space = width } }
        for (name, accent) in textbookAccents { update(name) { $0.accent = accent } }
        for (name, arrow) in textbookArrows { update(name) { $0.arrow = arrow } }
        for (name, font) in textbookFonts { update(name) { $0.font = font } }
        for (name, font) in textbookTexts { update(name) { $0.textFont = font } }
        // `\newline` ends a line as `\\` does.
        update("newline") { $0.role = .newline }
        // `\substack{a \\ b}` stacks its lines, which any group with `\\` does already.
        update("substack") { $0.kind = .mathClass }
    }

    /// The names above and the box and length commands, for "did you mean" notes.
    static let textbookNames: [String] = {
        var names = Array(textbookAccents.keys) + Array(textbookArrows.keys) + Array(textbookFonts.keys)
        names += Array(textbookTexts.keys) + Array(BoxCommand.table.keys) + Array(LengthSpace.table.keys)
        names += ["enskip", "newline", "substack"]
        return names
    }()
}
