@testable import Calc
import Testing

@Suite struct LexerTests {
    private func kinds(_ source: String) -> [Token.Kind] {
        guard case .success(let tokens) = Lexer.tokenize(source) else { return [] }
        return tokens.map(\.kind)
    }

    @Test(arguments: [
        ("3", 3.0), ("3.25", 3.25), ("1e-3", 0.001), ("2.5E+2", 250.0), (".5", 0.5), ("7.", 7.0), ("1e400", Double.infinity),
    ])
    func numbers(source: String, expected: Double) {
        #expect(kinds(source) == [.number(expected), .end])
    }

    @Test func operatorsAreLongestMatch() {
        #expect(kinds("** // == != <= >= = < > @ %") == [
            .symbol(.power), .symbol(.doubleSlash), .symbol(.equal), .symbol(.notEqual), .symbol(.lessEqual),
            .symbol(.greaterEqual), .symbol(.assign), .symbol(.less), .symbol(.greater), .symbol(.at), .symbol(.percent), .end,
        ])
    }

    @Test func keywordsInBothSpellings() {
        #expect(kinds("true True false False and or not") == [
            .keyword(.trueValue), .keyword(.pythonTrue), .keyword(.falseValue), .keyword(.pythonFalse),
            .keyword(.and), .keyword(.or), .keyword(.not), .end,
        ])
    }

    @Test func newlinesInsideBracketsDoNotSeparate() {
        #expect(kinds("[1,\n2]\nx") == [
            .symbol(.leftBracket), .number(1), .symbol(.comma), .number(2), .symbol(.rightBracket),
            .separator, .identifier("x"), .end,
        ])
    }

    @Test func commentsAndBackslashContinuation() {
        #expect(kinds("1 + \\\n 2 # two\n;") == [.number(1), .symbol(.plus), .number(2), .separator, .separator, .end])
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // "é" in the string is one scalar (two UTF-8 bytes); `x` starts at scalar 6.
        guard case .success(let tokens) = Lexer.tokenize("'é' + x") else {
            Issue.record("did not lex")
            return
        }
        #expect(tokens.map(\.offset) == [0, 4, 6, 7])
        #expect(tokens[0].kind == .string("é"))
    }

    @Test(arguments: [
        ("1 $ 2", 2, "calc.unexpected-character"),
        ("'abc", 0, "calc.unterminated-string"),
        ("x = 1e+", 4, "calc.bad-number"),
        ("2x", 0, "calc.bad-number"),
        ("1.2.3", 0, "calc.bad-number"),
        ("é", 0, "calc.unexpected-character"),
        ("a + −b", 4, "calc.unexpected-character"),
    ])
    func lexicalErrors(source: String, offset: Int, code: String) {
        guard case .failure(let error) = Lexer.tokenize(source) else {
            Issue.record("expected an error for \(source)")
            return
        }
        #expect(error.offset == offset)
        #expect(error.code == code)
    }
}
