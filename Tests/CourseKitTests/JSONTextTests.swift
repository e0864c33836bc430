import Foundation
import Testing
@testable import CourseSite

/// `JSONText.quoted` copies unescaped byte runs whole; it must give exactly what escaping
/// scalar by scalar gives, and what JSON parsers read back as the original text.
@Suite struct JSONTextTests {
    /// The escaping rule written the plain way, scalar by scalar, as the reference.
    private static func reference(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    @Test(arguments: [
        "", "plain words", "\"quoted\" and \\back\\slash", "</script><!-- & -->", "tab\tnew\nline\r\n",
        "\u{0}\u{1}\u{1f}\u{7f}", "line\u{2028}para\u{2029}end", "\u{2027}\u{202A}€ ≤ 𝑥 👍🏽 e\u{301}",
        "ends with a separator\u{2028}", "\u{E2}", "σ(x) = 1 / (1 + e^{-x})",
    ])
    func quotingMatchesTheScalarRuleAndRoundTrips(text: String) throws {
        let quoted = JSONText.quoted(text)
        #expect(quoted == Self.reference(text))
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [text])
        #expect(!quoted.contains("<") && !quoted.contains("\u{2028}"))
    }

    /// Every ASCII scalar, each alone and all in a row, and every scalar sharing U+2028's lead
    /// byte: the table of bytes copied as they are must agree with the rule for each.
    @Test func everyASCIIScalarAndEveryE2ScalarIsQuotedByTheRule() {
        let scalars = (0..<0x80).compactMap { Unicode.Scalar(UInt32($0)) } + (0x2000..<0x3000).compactMap { Unicode.Scalar(UInt32($0)) }
        var all = ""
        for scalar in scalars {
            let text = "a" + String(scalar) + "b"
            #expect(JSONText.quoted(text) == Self.reference(text), "U+\(String(scalar.value, radix: 16))")
            all.unicodeScalars.append(scalar)
        }
        #expect(JSONText.quoted(all) == Self.reference(all))
    }
}
