@testable import CourseKit
import Diagnostics

/// Parsing helpers shared by the Markdown tests.
enum MD {
    static func parse(_ text: String, allowHTML: Bool = false) -> MarkdownDocument {
        MarkdownParser(allowHTML: allowHTML).parse(SourceText(file: "lesson.md", text: text)).0
    }

    static func html(_ text: String, allowHTML: Bool = false) -> String {
        HTMLRenderer(lectern: PlaceholderNodeRenderer(), allowHTML: allowHTML).render(parse(text, allowHTML: allowHTML))
    }

    static func math(_ text: String) -> [MathNode] {
        parse(text).mathNodes
    }

    /// "line:column" of a location, for compact expectations.
    static func at(_ location: SourceLocation) -> String {
        "\(location.line):\(location.column)"
    }

    /// "line:column-line:column" of a range.
    static func span(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }
}
