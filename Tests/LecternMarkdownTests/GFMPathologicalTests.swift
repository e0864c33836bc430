import Testing
@testable import LecternMarkdown
import Diagnostics

/// The pathological inputs of cmark-gfm's `test/pathological_tests.py`, through Lectern's whole
/// parse and render. Each must finish quickly (a hang guard with a generous limit, not a
/// benchmark) and produce what cmark-gfm produces.
@Suite("GFM pathological inputs", .serialized)
struct GFMPathologicalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: @Sendable () -> String
        /// The whole expected output, or a part it must contain.
        var expected: @Sendable () -> String
        var whole = false
        var testDescription: String { name }
    }

    static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }

    static let cases: [Case] = [
        Case(name: "nested strong emph",
             input: { repeated("*a **a ", 65000) + "b" + repeated(" a** a*", 65000) },
             expected: { repeated("<em>a <strong>a ", 65000) + "b" + repeated(" a</strong> a</em>", 65000) }),
        Case(name: "many emph closers with no openers",
             input: { repeated("a_ ", 65000) },
             expected: { repeated("a_ ", 64999) + "a_" }),
        Case(name: "many emph openers with no closers",
             input: { repeated("_a ", 65000) },
             expected: { repeated("_a ", 64999) + "_a" }),
        Case(name: "many link closers with no openers",
             input: { repeated("a]", 65000) },
             expected: { repeated("a]", 65000) }),
        Case(name: "many link openers with no closers",
             input: { repeated("[a", 65000) },
             expected: { repeated("[a", 65000) }),
        Case(name: "mismatched openers and closers",
             input: { repeated("*a_ ", 50000) },
             expected: { repeated("*a_ ", 49999) + "*a_" }),
        Case(name: "openers and closers multiple of 3",
             input: { "a**b" + repeated("c* ", 50000) },
             expected: { "a**b" + repeated("c* ", 49999) + "c*" }),
        Case(name: "link openers and emph closers",
             input: { repeated("[ a_", 50000) },
             expected: { repeated("[ a_", 50000) }),
        Case(name: "pattern [ (]( repeated",
             input: { repeated("[ (](", 80000) },
             expected: { repeated("[ (](", 80000) }),
        Case(name: "hard link/emph case",
             input: { "**x [a*b**c*](d)" },
             expected: { "**x <a href=\"d\">a<em>b**c</em></a>" }),
        // Lectern deviation: the innermost `[[a]]` is a glossary link.
        Case(name: "nested brackets",
             input: { repeated("[", 50000) + "a" + repeated("]", 50000) },
             expected: {
                 repeated("[", 49998) + "<span class=\"lectern-glossary\">a</span>" + repeated("]", 49998)
             }),
        Case(name: "nested block quotes",
             input: { repeated("> ", 50000) + "a" },
             expected: { repeated("<blockquote>\n", 50000) }),
        Case(name: "deeply nested lists",
             input: { (0..<1000).map { repeated("  ", $0) + "* a\n" }.joined() },
             expected: { "<ul>\n" + repeated("<li>a\n<ul>\n", 999) + "<li>a</li>\n</ul>\n" + repeated("</li>\n</ul>\n", 999) }),
        Case(name: "U+0000 in input",
             input: { "abc\u{0000}de\u{0000}" },
             expected: { "abc\u{FFFD}de\u{FFFD}" }),
        Case(name: "backticks",
             input: { (1..<5000).map { "e" + repeated("`", $0) }.joined() },
             expected: { "<p>" + (1..<5000).map { "e" + repeated("`", $0) }.joined() + "</p>\n" },
             whole: true),
        Case(name: "unclosed links A",
             input: { repeated("[a](<b", 30000) },
             expected: { repeated("[a](&lt;b", 30000) }),
        Case(name: "unclosed links B",
             input: { repeated("[a](b", 30000) },
             expected: { repeated("[a](b", 30000) }),
        Case(name: "tables",
             input: { repeated("aaa\rbbb\n-\u{0B}\n", 30000) },
             expected: {
                 "<p>aaa</p>\n<table>\n<thead>\n<tr>\n<th>bbb</th>\n</tr>\n</thead>\n<tbody>\n"
                     + repeated("<tr>\n<td>aaa</td>\n</tr>\n<tr>\n<td>bbb</td>\n</tr>\n<tr>\n<td>-\u{0B}</td>\n</tr>\n", 29999)
                     + "</tbody>\n</table>\n"
             },
             whole: true),
        Case(name: "reference collisions",
             input: { referenceCollisions().document },
             expected: {
                 let bad = referenceCollisions().badKey
                 return repeated("<p>[\(bad)]</p>\n", 49999)
             }),
    ]

    /// Upstream's input whose reference labels all land in one bucket of cmark's old hash table.
    static func referenceCollisions() -> (document: String, badKey: String) {
        func badHash(_ key: String) -> Bool {
            var hash: UInt32 = 0
            for scalar in key.unicodeScalars {
                hash = scalar.value &+ (hash << 6) &+ (hash << 16) &- hash
            }
            return hash % 16 == 0
        }
        var keys: [String] = []
        var index = 0
        while keys.count < 50000 {
            let key = "x\(index)"
            if badHash(key) { keys.append(key) }
            index += 1
        }
        let bad = keys[0]
        let document = keys.dropFirst().map { "[\($0)]: /url\n\n[\(bad)]\n\n" }.joined()
        return (document, bad)
    }

    @Test(arguments: cases)
    func finishesQuicklyWithCmarksOutput(_ testCase: Case) {
        // The SourceText (line table) is the caller's; only Lectern's parse and render are timed.
        let source = SourceText(file: "p.md", text: testCase.input())
        let clock = ContinuousClock()
        var html = ""
        let elapsed = clock.measure {
            let (document, _) = MarkdownParser(allowHTML: false).parse(source)
            html = HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: false).render(document)
        }
        let expected = testCase.expected()
        if testCase.whole {
            #expect(html == expected)
        } else {
            #expect(html.contains(expected))
        }
        // A hang guard, not a benchmark: quadratic behaviour on these inputs takes minutes, while
        // the largest (90,000 table rows, 12.5 MB of backticks) need a few seconds in a debug
        // build on a busy machine (10.8 s once, with six builds sharing two cores).
        #expect(elapsed < .seconds(60), "\(testCase.name) took \(elapsed)")
    }
}
