import Testing
@testable import LecternMarkdown
import Diagnostics

/// Every node kind carries its range in the author's file: 1-based lines, character columns
/// (a tab and a multi-byte character each count one), end exclusive.
@Suite("Markdown node ranges")
struct MarkdownRangeTests {
    /// The first node of each kind, by a short name, as "line:col-line:col".
    static func spans(_ text: String) -> [String: String] {
        let document = MD.parse(text)
        var spans: [String: String] = [:]
        func record(_ name: String, _ range: SourceRange) {
            if spans[name] == nil { spans[name] = MD.span(range) }
        }
        for block in document.allBlocks {
            switch block {
            case .paragraph: record("paragraph", block.range)
            case .heading: record("heading", block.range)
            case .thematicBreak: record("thematicBreak", block.range)
            case .blockQuote: record("blockQuote", block.range)
            case .list(let list):
                record("list", block.range)
                if let item = list.items.first { record(item.task == nil ? "item" : "taskItem", item.range) }
            case .codeBlock: record("codeBlock", block.range)
            case .htmlBlock: record("htmlBlock", block.range)
            case .table(let table):
                record("table", block.range)
                if let cell = table.rows.first?.last { record("cell", cell.range) }
            case .footnoteDefinition: record("footnoteDefinition", block.range)
            default: break
            }
        }
        for inline in document.allInlines {
            switch inline {
            case .code: record("code", inline.range)
            case .html: record("html", inline.range)
            case .emphasis: record("emphasis", inline.range)
            case .strong: record("strong", inline.range)
            case .strikethrough: record("strikethrough", inline.range)
            case .link: record("link", inline.range)
            case .image: record("image", inline.range)
            case .footnoteReference: record("footnoteReference", inline.range)
            case .lineBreak: record("lineBreak", inline.range)
            default: break
            }
        }
        return spans
    }

    static let document = """
        # Tïtel\twith tab

        Ünïcode *emph* **strong** ~~del~~ `code` <b> [link](/u) ![img](/i.png) note[^1]\\
        next

        > quoted é

        ***

        - [x] done
        - [ ] todo

        1. one
        2. two

        | é | b |
        |---|---|
        | 1 | ø\t`x` |

            indented code

        <div>
        html
        </div>

        [^1]: The note.
        """

    @Test(arguments: [
        ("heading", "1:1-1:17"),
        ("paragraph", "3:1-4:5"),
        ("emphasis", "3:9-3:15"),
        ("strong", "3:16-3:26"),
        ("strikethrough", "3:27-3:34"),
        // cmark-gfm's code span range covers the code, not the backticks.
        ("code", "3:36-3:40"),
        ("html", "3:42-3:45"),
        ("link", "3:46-3:56"),
        ("image", "3:57-3:71"),
        ("footnoteReference", "3:76-3:80"),
        ("lineBreak", "3:80-4:1"),
        ("blockQuote", "6:1-6:11"),
        // cmark-gfm ends a thematic break at the start of the next line.
        ("thematicBreak", "8:1-9:1"),
        ("taskItem", "10:1-10:11"),
        ("list", "10:1-12:1"),
        ("table", "16:1-18:14"),
        // cmark-gfm's cell range includes the blanks around the content.
        ("cell", "18:6-18:13"),
        // An indented code block starts at its code, after the four blanks.
        ("codeBlock", "20:5-21:1"),
        ("htmlBlock", "22:1-24:7"),
        ("footnoteDefinition", "26:1-26:16"),
    ])
    func nodeRange(_ kind: String, _ expected: String) {
        #expect(Self.spans(Self.document)[kind] == expected)
    }
}
