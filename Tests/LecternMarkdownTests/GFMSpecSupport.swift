import CCmarkGFM
import Foundation
import Testing
@testable import LecternMarkdown
import Diagnostics

/// One example of a cmark-gfm spec file.
struct SpecExample: Sendable, CustomTestStringConvertible {
    var file: String
    var number: Int
    var section: String
    var markdown: String
    var html: String
    var testDescription: String { "\(file) #\(number) (\(section))" }
}

enum GFMSpec {
    /// Reads the examples of a spec file from the test bundle (`→` stands for a tab, as in
    /// upstream spec_tests.py).
    static func examples(_ name: String) -> [SpecExample] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/gfm"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0  // 0 outside, 1 markdown, 2 html
        var markdown: [Substring] = []
        var html: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if state == 0 {
                if line.hasPrefix(fence + " example") {
                    state = 1
                    markdown = []
                    html = []
                } else if line.hasPrefix("#") {
                    section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                }
            } else if state == 1 {
                if line == "." { state = 2 } else { markdown.append(line) }
            } else if line == fence {
                state = 0
                func join(_ lines: [Substring]) -> String {
                    lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                }
                examples.append(SpecExample(
                    file: name, number: examples.count + 1, section: section,
                    markdown: join(markdown), html: join(html)
                ))
            } else {
                html.append(line)
            }
        }
        return examples
    }

    /// cmark-gfm's own HTML for `markdown`, parsed in parallel with the same extensions and
    /// footnotes, raw HTML allowed. Safe beside Lectern's parses: it attaches the extensions the
    /// converter looked up and finishes under the converter's lock.
    static func referenceHTML(_ markdown: String) -> String {
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for syntax in SharedExtensions.ready.gfm {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = CommonMarkConverter.finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }

    /// Lectern's HTML for `markdown` with raw HTML allowed and heading ids off.
    static func lecternHTML(_ markdown: String, lecternSyntax: Bool = true) -> String {
        var parser = MarkdownParser(allowHTML: true)
        parser.lecternSyntax = lecternSyntax
        let (document, _) = parser.parse(SourceText(file: "example.md", text: markdown))
        var renderer = HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: true)
        renderer.headingAnchors = false
        return renderer.render(document)
    }
}
