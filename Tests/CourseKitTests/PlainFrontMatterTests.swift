import Diagnostics
import Testing
@testable import CourseKit

/// `PlainFrontMatter` against composing the same YAML with Yams, as `FrontMatterReader` does for
/// any other front matter: whatever the direct reading accepts must give the same values, at
/// the same places, with no diagnostics.
@Suite struct PlainFrontMatterTests {
    /// The Yams reading: what `FrontMatterReader.read` did for every lesson.
    static func composed(_ yaml: String, source: SourceText) -> (LessonFrontMatter?, [Diagnostic]) {
        let document = YAMLDocument(yaml: yaml, source: source)
        var fields = MappingFields(document.root, in: document, allowed: FrontMatterReader.keys, codes: .lesson,
                                   fallback: SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1), length: 3),
                                   what: "front matter")
        guard document.diagnostics.isEmpty, let title = fields.string("title", required: true) else {
            return (nil, document.diagnostics + fields.diagnostics)
        }
        let frontMatter = LessonFrontMatter(title: title, summary: fields.string("summary"), tags: fields.strings("tags"),
                                            faq: fields.strings("faq"), discussion: fields.url("discussion", as: .link))
        return (frontMatter, document.diagnostics + fields.diagnostics)
    }

    static let goodKeys = ["title: ", "summary: ", "tags: ", "faq: ", "tags:  "]
    static let badKeys = ["discussion: ", "title:", "Title: ", " title: ", "title : "]
    /// Values of the plain shape (which may still be refused for their key), and others.
    static let goodValues = ["Sigmoid", "\"Lesson 4: sparse layer at -1.5\"", "'a # b'", "\"  x \"", "'say \"hi\"'",
                             "What a layer does with the input -1.5, and how to check it.", "ReLU's variants", "true",
                             "1984", "2024-01-01", "a#b", "[relu]", "[neural networks, relu]", "[]", "[a,b]", "[ a , b ]",
                             "(x) = y^2 + $z <w> ~v", "a  b", "a, b", "x?", "Null1", "[a.b_c-d, 9]"]
    static let badValues = ["'It''s'", "\"\"", "\"  \"", "''", "a: b", "a #b", "null", "Null", "~", "x ", "[ ]", "[a, ]",
                            "[,]", "[null]", "[-a]", "[a: b]", "[a, [b]]", "\"a\"b", "&anchor x", "*alias", "!!str x",
                            "|", "> x", "- x", "a\tb", "é", "−1 to 1", "https://x.org", "x\\y", "'a' b", "{a}", "a]",
                            "%x", "@x", "`x`", "?x", ""]

    /// Deterministic front matters of one to four lines, mostly of the plain shape, with blank
    /// lines between some.
    static var corpus: [String] {
        var state: UInt64 = 12_345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func pick(_ good: [String], _ bad: [String]) -> String {
            next(8) == 0 ? bad[next(bad.count)] : good[next(good.count)]
        }
        var result: [String] = []
        for _ in 0..<20_000 {
            var lines: [String] = []
            for _ in 0..<(1 + next(3)) {
                lines.append(pick(goodKeys, badKeys) + pick(goodValues, badValues))
                if next(5) == 0 { lines.append("") }
            }
            // A title first most of the time, as authors write them.
            if next(4) > 0 { lines.insert("title: " + pick(goodValues, badValues), at: 0) }
            result.append("\n" + lines.joined(separator: "\n"))
        }
        return result
    }

    @Test func whatItReadsIsWhatYamsReads() {
        var read = 0
        for yaml in Self.corpus {
            let file = "---" + yaml + "\n---\nBody.\n"
            let source = SourceText(file: "l.md", text: file)
            guard let plain = PlainFrontMatter.read(yaml, file: "l.md") else { continue }
            read += 1
            let (expected, diagnostics) = Self.composed(yaml, source: source)
            #expect(diagnostics.isEmpty, "\(yaml.debugDescription)")
            #expect(plain == expected, "\(yaml.debugDescription)")
        }
        // The comparison means something only if many front matters took the direct reading.
        #expect(read > 500)
    }

    @Test func theBenchmarkShapeIsReadDirectly() {
        let yaml = "\ntitle: \"Lesson 4: sparse layer at -1.5\"\nsummary: What a layer does, and how.\ntags: [benchmark, module-1]"
        let frontMatter = PlainFrontMatter.read(yaml, file: "l.md")
        #expect(frontMatter?.title == "Lesson 4: sparse layer at -1.5")
        #expect(frontMatter?.summary == "What a layer does, and how.")
        #expect(frontMatter?.tags.map(\.value) == ["benchmark", "module-1"])
        #expect(frontMatter?.tags.last?.range == SourceRange(start: SourceLocation(file: "l.md", line: 4, column: 19), length: 8))
    }

    @Test(arguments: ["\ntitle: A\ntitle: B", "\ntitle: A\ndiscussion: https://x.org", "\nsummary: no title",
                      "\ntitle: A # comment", "\ntitle: \"a\\tb\"", "\ntitle: A\ntags:\n  - a", "\ntitle: A\r"])
    func otherShapesGoToYams(yaml: String) {
        #expect(PlainFrontMatter.read(yaml, file: "l.md") == nil)
    }
}
