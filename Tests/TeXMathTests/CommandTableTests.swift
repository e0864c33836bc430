import Testing
@testable import TeXMath

/// The command table the lexer looks names up in: it must hold exactly the names of the family
/// tables it indexes, and tokens must point back at their names' bytes in the formula.
@Suite("Command table")
struct CommandTableTests {
    static func find(_ name: String) -> UInt16 {
        var name = name
        return name.withUTF8 { CommandTable.shared.find($0) }
    }

    @Test("every known name finds the entry of that name")
    func knownNames() {
        let names = Set(Commands.allNames).union(Parser.rowCommands).union(Commands.delimiterCommands.keys)
            .union(Commands.spaces.keys).union(["\\", "cr", "limits", "nolimits"])
        for name in names {
            let id = Self.find(name)
            #expect(id != CommandTable.unknown, "\(name) is missing")
            #expect(CommandTable.shared.entries[Int(id)].name == name)
        }
    }

    @Test("names the tables do not hold are unknown", arguments: ["fracc", "Frac", "alph", "alphaa", "é", "textcolour", "x"])
    func unknownNames(_ name: String) {
        #expect(Self.find(name) == CommandTable.unknown)
    }

    @Test("entries carry the facts of the family tables")
    func entryFacts() {
        let entries = CommandTable.shared.entries
        #expect(entries[Int(Self.find("alpha"))].symbol?.text == "\u{3B1}")
        #expect(entries[Int(Self.find("int"))].isIntegral)
        #expect(entries[Int(Self.find("sum"))].isIntegral == false)
        #expect(entries[Int(Self.find("frac"))].kind == .fraction)
        #expect(entries[Int(Self.find("over"))].role == .infix)
        #expect(entries[Int(Self.find("rm"))].role == .rowSwitch)
        #expect(entries[Int(Self.find("rm"))].font == .roman)
        #expect(entries[Int(Self.find("\\"))].role.endsRow)
        #expect(entries[Int(Self.find("limits"))].role.isLimits)
        #expect(entries[Int(Self.find("quad"))].space == "1em")
        #expect(entries[Int(Self.find("langle"))].delimiter == "\u{27E8}")
    }

    @Test("command tokens point at their name's bytes, known or not")
    func tokenNames() {
        let tex = "é\\alpha+\\foo\\,"
        let tokens = Lexer.tokenize(tex)
        defer { tokens.deallocate() }
        let parser = Parser(tokens: UnsafeBufferPointer(tokens), source: tex)
        let names = tokens.compactMap { token -> String? in
            guard case .command(let command) = token.kind else { return nil }
            return parser.name(of: command)
        }
        #expect(names == ["alpha", "foo", ","])
        // Offsets count Unicode scalars: `é` is one scalar of two bytes.
        #expect(tokens.map(\.offset) == [0, 1, 7, 8, 12, 14])
    }
}
