/// Renders a `MarkdownDocument` to HTML the way cmark-gfm's HTML renderer does (tables,
/// strikethrough, task lists, footnotes, tag filter, autolinks; smart punctuation off, soft
/// breaks as newlines), asking a `LeafRenderer` for Lectern's constructs.
///
/// Deliberate differences from cmark-gfm: headings carry `id` anchors; with `allowHTML` off,
/// raw HTML is shown as escaped text instead of being omitted, except HTML comments, which are
/// the author's notes and are dropped.
package struct HTMLRenderer<Leaves: LeafRenderer>: Sendable {
    /// The stage of the trees rendered.
    package typealias Stage = Leaves.Stage
    /// Renders math, inline values, glossary links, fences and alerts.
    package var lectern: Leaves
    /// Whether raw HTML passes through (with GFM's tag filter); otherwise it is escaped text
    /// and dangerous link schemes (`javascript:`…) are dropped, as in cmark's safe mode.
    package var allowHTML: Bool
    /// Whether headings get `id` attributes (cmark-gfm adds none; only the conformance tests turn this off).
    package var headingAnchors: Bool = true

    /// Creates a renderer.
    package init(lectern: Leaves, allowHTML: Bool = false) {
        self.lectern = lectern
        self.allowHTML = allowHTML
    }

    /// The HTML of the whole document.
    package func render(_ document: MarkdownDocument<Stage>) -> String {
        var writer = HTMLWriter(renderer: self)
        writer.footnoteLabels = document.blocks.compactMap { block in
            if case .footnoteDefinition(let definition) = block { return definition.label }
            return nil
        }
        writer.blocks(document.blocks)
        if writer.footnoteIndex > 0 { writer.out += "</ol>\n</section>\n" }
        return writer.out
    }

    /// The HTML of some inlines (an alert title, a table cell), as they render inside a paragraph.
    package func render(_ inlines: [Inline<Stage>]) -> String {
        var writer = HTMLWriter(renderer: self)
        writer.inlines(inlines)
        return writer.out
    }

    /// The HTML of some blocks, without a document's footnote section.
    package func render(_ blocks: [Block<Stage>]) -> String {
        var writer = HTMLWriter(renderer: self)
        writer.blocks(blocks)
        return writer.out
    }
}

/// The output buffer and the little state cmark-gfm's renderer keeps (footnote numbering).
private struct HTMLWriter<Leaves: LeafRenderer> {
    typealias Stage = Leaves.Stage
    let renderer: HTMLRenderer<Leaves>
    var out = ""
    var footnoteLabels: [String] = []
    var footnoteIndex = 0
    var writtenFootnoteIndex = 0

    init(renderer: HTMLRenderer<Leaves>) {
        self.renderer = renderer
    }

    /// cmark's `cr`: start a new line unless at the start of the output or of a line.
    mutating func cr() {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    mutating func blocks(_ blocks: [Block<Stage>], tight: Bool = false, footnote: FootnoteDefinition<Stage>? = nil) {
        for (index, block) in blocks.enumerated() {
            let lastInFootnote = footnote != nil && index == blocks.count - 1
            self.block(block, tight: tight, footnote: lastInFootnote ? footnote : nil)
        }
    }

    mutating func block(_ block: Block<Stage>, tight: Bool, footnote: FootnoteDefinition<Stage>?) {
        switch block {
        case .paragraph(let paragraph):
            if tight {
                inlines(paragraph.inlines)
            } else {
                cr()
                out += "<p>"
                inlines(paragraph.inlines)
                if let footnote {
                    out += " "
                    footnoteBackref(footnote)
                }
                out += "</p>\n"
            }
        case .heading(let heading):
            cr()
            let anchor = renderer.headingAnchors ? " id=\"\(HTMLEscaping.text(heading.anchor))\"" : ""
            out += "<h\(heading.level)\(anchor)>"
            inlines(heading.inlines)
            out += "</h\(heading.level)>\n"
        case .thematicBreak:
            cr()
            out += "<hr />\n"
        case .blockQuote(let quote):
            cr()
            out += "<blockquote>\n"
            blocks(quote.blocks)
            cr()
            out += "</blockquote>\n"
        case .list(let list):
            cr()
            switch list.kind {
            case .bullet: out += "<ul>\n"
            case .ordered(let start, _): out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
            for item in list.items {
                cr()
                out += "<li>"
                if let checked = item.task {
                    out += checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                        : "<input type=\"checkbox\" disabled=\"\" /> "
                }
                blocks(item.blocks, tight: list.isTight)
                out += "</li>\n"
            }
            if case .bullet = list.kind { out += "</ul>\n" } else { out += "</ol>\n" }
        case .codeBlock(let code):
            cr()
            let language = code.info.prefix { !Self.isSpace($0) }
            if language.isEmpty {
                out += "<pre><code>"
            } else {
                out += "<pre><code class=\"language-\(HTMLEscaping.text(String(language)))\">"
            }
            out += HTMLEscaping.text(code.code)
            out += "</code></pre>\n"
        case .htmlBlock(let html):
            cr()
            if renderer.allowHTML {
                out += HTMLEscaping.tagFilter(html.html)
            } else {
                var text = HTMLComments.removing(from: html.html)
                while text.hasSuffix("\n") { text.removeLast() }
                if !text.allSatisfy(\.isWhitespace) { out += "<p>\(HTMLEscaping.text(text))</p>" }
            }
            cr()
        case .table(let table):
            self.table(table)
        case .footnoteDefinition(let definition):
            cr()
            if footnoteIndex == 0 { out += "<section class=\"footnotes\" data-footnotes>\n<ol>\n" }
            footnoteIndex += 1
            out += "<li id=\"fn-\(HTMLEscaping.href(definition.label))\">\n"
            blocks(definition.blocks, footnote: definition)
            if footnoteBackref(definition) { out += "\n" }
            out += "</li>\n"
        case .math(let math):
            cr()
            out += renderer.lectern.math(math)
            cr()
        case .fence(let fence):
            cr()
            out += renderer.lectern.fence(fence)
            cr()
        case .alert(let alert):
            let title = alert.title.map { renderer.render($0) }
            let content = renderer.render(alert.blocks)
            cr()
            out += renderer.lectern.alert(kind: alert.kind, titleHTML: title, contentHTML: content)
            cr()
        case .opaque(let opaque):
            if opaque.startsOnNewLine { cr() }
            out += opaque.html
        }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
            || character == "\u{0B}" || character == "\u{0C}"
    }

    mutating func table(_ table: Table<Stage>) {
        cr()
        out += "<table>"
        cr()
        out += "<thead>"
        cr()
        row(table.header, header: true, alignments: table.alignments)
        cr()
        out += "</thead>"
        if !table.rows.isEmpty {
            cr()
            out += "<tbody>"
            cr()
            for cells in table.rows {
                row(cells, header: false, alignments: table.alignments)
            }
            cr()
            out += "</tbody>"
            cr()
        }
        cr()
        out += "</table>\n"
    }

    mutating func row(_ cells: [TableCell<Stage>], header: Bool, alignments: [TableAlignment]) {
        cr()
        out += "<tr>"
        for (index, cell) in cells.enumerated() {
            cr()
            out += header ? "<th" : "<td"
            switch index < alignments.count ? alignments[index] : .none {
            case .left: out += " align=\"left\""
            case .center: out += " align=\"center\""
            case .right: out += " align=\"right\""
            case .none: break
            }
            out += ">"
            inlines(cell.inlines)
            out += header ? "</th>" : "</td>"
        }
        cr()
        out += "</tr>"
    }

    /// cmark-gfm's back-references at the end of a footnote, written once per footnote.
    @discardableResult
    mutating func footnoteBackref(_ definition: FootnoteDefinition<Stage>) -> Bool {
        guard writtenFootnoteIndex < footnoteIndex else { return false }
        writtenFootnoteIndex = footnoteIndex
        let label = HTMLEscaping.href(definition.label)
        out += "<a href=\"#fnref-\(label)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a>"
        if definition.referenceCount > 1 {
            for index in 2...definition.referenceCount {
                out += " <a href=\"#fnref-\(label)-\(index)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩<sup class=\"footnote-ref\">\(index)</sup></a>"
            }
        }
        return true
    }

    mutating func inlines(_ inlines: [Inline<Stage>]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: Inline<Stage>) {
        switch inline {
        case .text(let text): out += HTMLEscaping.text(text.text)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br />\n"
        case .code(let code): out += "<code>\(HTMLEscaping.text(code.code))</code>"
        case .html(let html):
            out += renderer.allowHTML ? HTMLEscaping.tagFilter(html.html) : HTMLEscaping.text(HTMLComments.removing(from: html.html))
        case .emphasis(let node):
            out += "<em>"
            inlines(node.inlines)
            out += "</em>"
        case .strong(let node):
            out += "<strong>"
            inlines(node.inlines)
            out += "</strong>"
        case .strikethrough(let node):
            out += "<del>"
            inlines(node.inlines)
            out += "</del>"
        case .link(let link):
            out += "<a href=\"\(url(link.destination))\""
            if !link.title.isEmpty { out += " title=\"\(HTMLEscaping.text(link.title))\"" }
            out += ">"
            inlines(link.inlines)
            out += "</a>"
        case .image(let image):
            let source = url(image.destination)
            // An image whose address is empty or was dropped (`javascript:`) has nothing to show,
            // and `src=""` is invalid HTML: its description stands in as text.
            guard !source.isEmpty else {
                altText(image.inlines)
                return
            }
            out += "<img src=\"\(source)\" alt=\""
            altText(image.inlines)
            out += "\""
            if !image.title.isEmpty { out += " title=\"\(HTMLEscaping.text(image.title))\"" }
            out += " />"
        case .footnoteReference(let reference):
            let index = reference.number - 1
            let label = HTMLEscaping.href(index >= 0 && index < footnoteLabels.count ? footnoteLabels[index] : reference.label)
            let suffix = reference.referenceIndex > 1 ? "-\(reference.referenceIndex)" : ""
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(label)\" id=\"fnref-\(label)\(suffix)\" data-footnote-ref>\(reference.number)</a></sup>"
        case .math(let math): out += renderer.lectern.math(math)
        case .value(let value): out += renderer.lectern.value(value)
        case .glossaryLink(let link): out += renderer.lectern.glossaryLink(link)
        case .opaque(let opaque): out += opaque.html
        }
    }

    private func url(_ destination: String) -> String {
        if !renderer.allowHTML, HTMLEscaping.isDangerous(destination) { return "" }
        return HTMLEscaping.href(destination)
    }

    /// An image description renders as plain text: only text, code and raw HTML contribute.
    mutating func altText(_ inlines: [Inline<Stage>]) {
        for inline in inlines {
            switch inline {
            case .text(let text): out += HTMLEscaping.text(text.text)
            case .code(let code): out += HTMLEscaping.text(code.code)
            case .html(let html): out += HTMLEscaping.text(html.html)
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let node), .strong(let node), .strikethrough(let node): altText(node.inlines)
            case .link(let link), .image(let link): altText(link.inlines)
            case .math(let math): out += HTMLEscaping.text(renderer.lectern.plainText(math: math))
            case .value(let value): out += HTMLEscaping.text(renderer.lectern.plainText(value: value))
            case .glossaryLink(let link): out += HTMLEscaping.text(renderer.lectern.plainText(glossaryLink: link))
            case .footnoteReference, .opaque: break
            }
        }
    }
}
