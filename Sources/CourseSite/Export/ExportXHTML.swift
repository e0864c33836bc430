import CourseKit
import LecternMarkdown

/// Quiz texts as a small, well-formed XHTML subset that QTI item bodies and Moodle's HTML editor
/// both accept: paragraphs, lists, emphasis, code, links, line breaks; tables become paragraphs of
/// cells and raw HTML becomes escaped text, because QTI's content model rejects most of it.
///
/// Math is written either as MathML (QTI allows it in item bodies) or as TeX in `\( … \)` and
/// `\[ … \]` for Moodle's MathJax filter, with the values the check computed already substituted.
package struct ExportXHTML {
    /// How formulas are written.
    package enum MathForm: Sendable {
        /// The MathML the site shows; the TeX in `<code>` when it had none.
        case mathML
        /// `\( tex \)` inline, `\[ tex \]` displayed.
        case tex
    }

    private let math: MathForm
    private var out = ""

    private init(math: MathForm) {
        self.math = math
    }

    /// The XHTML of `blocks`.
    package static func of(_ blocks: [Block<CheckedStage>], math: MathForm) -> String {
        var writer = ExportXHTML(math: math)
        writer.blocks(blocks)
        return writer.out
    }

    /// XML text escaping (also valid HTML): `&`, `<`, `>` and `"`, as cmark escapes text.
    package static func escape(_ text: String) -> String { HTMLEscaping.text(text) }

    private mutating func blocks(_ blocks: [Block<CheckedStage>]) {
        for block in blocks { self.block(block) }
    }

    private mutating func block(_ block: Block<CheckedStage>) {
        switch block {
        case .paragraph(let node): paragraph(node.inlines)
        case .heading(let node): paragraph(node.inlines)
        case .thematicBreak: out += "<hr/>"
        case .blockQuote(let node): out += "<blockquote>"; blocks(node.blocks); out += "</blockquote>"
        case .list(let node):
            let tag = if case .ordered = node.kind { "ol" } else { "ul" }
            out += "<\(tag)>"
            for item in node.items {
                out += "<li>"
                // A tight item's paragraphs are bare text in the site; keep them bare here too.
                for inner in item.blocks {
                    if node.isTight, case .paragraph(let paragraph) = inner { inlines(paragraph.inlines) } else { self.block(inner) }
                }
                out += "</li>"
            }
            out += "</\(tag)>"
        case .codeBlock(let node): out += "<pre><code>\(Self.escape(node.code))</code></pre>"
        case .htmlBlock(let node): out += "<p>\(Self.escape(node.html))</p>"
        case .table(let node):
            for row in [node.header] + node.rows {
                out += "<p>"
                for (index, cell) in row.enumerated() {
                    if index > 0 { out += " | " }
                    inlines(cell.inlines)
                }
                out += "</p>"
            }
        case .footnoteDefinition(let node): blocks(node.blocks)
        case .math(let node): out += "<div>" + formula(node, display: true) + "</div>"
        case .fence: break  // Quiz texts hold no fences; the parser reports one written there.
        case .alert(let node):
            out += "<div>"
            if let title = node.title { paragraph(title) }
            blocks(node.blocks)
            out += "</div>"
        case .opaque(let node): out += "<p>\(Self.escape(HTMLPlainText.from(html: node.html)))</p>"
        }
    }

    private mutating func paragraph(_ content: [Inline<CheckedStage>]) {
        out += "<p>"
        inlines(content)
        out += "</p>"
    }

    private mutating func inlines(_ inlines: [Inline<CheckedStage>]) {
        for inline in inlines {
            switch inline {
            case .text(let node): out += Self.escape(node.text)
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br/>"
            case .code(let node): out += "<code>\(Self.escape(node.code))</code>"
            case .html(let node): out += Self.escape(node.html)
            case .emphasis(let node): out += "<em>"; self.inlines(node.inlines); out += "</em>"
            case .strong(let node): out += "<strong>"; self.inlines(node.inlines); out += "</strong>"
            case .strikethrough(let node): self.inlines(node.inlines)
            case .link(let node):
                // Only absolute web links survive the trip into an LMS; course-relative ones would break.
                if node.destination.hasPrefix("https://") || node.destination.hasPrefix("http://") {
                    out += "<a href=\"\(Self.escape(node.destination))\">"
                    self.inlines(node.inlines)
                    out += "</a>"
                } else {
                    self.inlines(node.inlines)
                }
            case .image(let node): self.inlines(node.inlines)
            case .footnoteReference: break
            case .math(let node): out += formula(node, display: false)
            case .value(let node): out += Self.escape(node.text ?? "")
            case .glossaryLink(let node): out += Self.escape(node.node.shownText)
            case .opaque(let node): out += Self.escape(HTMLPlainText.from(html: node.html))
            }
        }
    }

    private func formula(_ node: CheckedMath, display: Bool) -> String {
        switch math {
        case .mathML:
            node.mathML ?? "<code>\(Self.escape(node.tex))</code>"
        case .tex:
            display ? "\\[\(Self.escape(node.tex))\\]" : "\\(\(Self.escape(node.tex))\\)"
        }
    }
}
