import Diagnostics
@testable import CourseKit

/// Parses the first ```quiz fence of `lesson` as the pipeline would: the body mapped to the lines after the fence.
func parseQuiz(_ lesson: String, file: String = "lesson.md") -> (Quiz?, [Diagnostic]) {
    let fence = quizFence(in: lesson, file: file)
    return QuizParser().parse(body: fence.body, bodyMap: fence.map, fenceRange: fence.range)
}

/// The body, map and range of the first ```quiz fence in `lesson` (fences at column 1).
func quizFence(in lesson: String, file: String = "lesson.md", kind: String = "quiz") -> (body: String, map: SnippetMap, range: SourceRange) {
    let lines = lesson.split(separator: "\n", omittingEmptySubsequences: false)
    guard let open = lines.firstIndex(where: { $0 == "```\(kind)" }) else {
        fatalError("no ```\(kind) fence in test lesson")
    }
    let close = lines[(open + 1)...].firstIndex { $0 == "```" } ?? lines.count
    let bodyLines = lines[(open + 1)..<close]
    let body = bodyLines.isEmpty ? "" : bodyLines.joined(separator: "\n") + "\n"
    let start = SourceLocation(file: file, line: open + 2, column: 1)
    let range = SourceRange(
        start: SourceLocation(file: file, line: open + 1, column: 1),
        end: SourceLocation(file: file, line: close + 1, column: 4)
    )
    return (body, SnippetMap(snippet: body, startingAt: start), range)
}

extension Diagnostic {
    /// `code@line:column`, compact for expectations.
    var where_: String {
        guard let range else { return "\(code)@-" }
        return "\(code)@\(range.start.line):\(range.start.column)"
    }
}

/// The constructs of a document that compute, in reading order (a test copy of the pipeline's walk).
func calcItems(in document: MarkdownDocument) -> [LessonCalcRunner.Item] {
    var items: [LessonCalcRunner.Item] = []
    func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .emphasis(let node), .strong(let node), .strikethrough(let node): visit(node.inlines)
            case .link(let node), .image(let node): visit(node.inlines)
            case .math(let node): items.append(.math(node))
            case .value(let node): items.append(.value(node))
            default: break
            }
        }
    }
    func visit(_ block: Block) {
        switch block {
        case .paragraph(let node): visit(node.inlines)
        case .heading(let node): visit(node.inlines)
        case .blockQuote(let node): node.blocks.forEach(visit)
        case .list(let node): node.items.forEach { $0.blocks.forEach(visit) }
        case .table(let node):
            node.header.forEach { visit($0.inlines) }
            node.rows.forEach { $0.forEach { visit($0.inlines) } }
        case .math(let node): items.append(.math(node))
        case .fence(let node): items.append(.fence(node))
        case .alert(let node): node.blocks.forEach(visit)
        default: break
        }
    }
    document.blocks.forEach(visit)
    return items
}

/// Parses and runs a whole lesson (front matter blanked) as the check pass would.
func runLesson(_ text: String, file: String = "lesson.md", strict: Bool = false) -> (CalcResults, QuizCounts, [Diagnostic]) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
        for index in 0...end { lines[index] = "" }
    }
    let (document, parseDiagnostics) = MarkdownParser().parse(SourceText(file: file, text: lines.joined(separator: "\n")))
    var (results, counts, diagnostics) = LessonCalcRunner(strict: strict).run(calcItems(in: document), items: calcItems(in:))
    diagnostics += parseDiagnostics + QuizID.duplicates(in: results.quizzes.map(\.quiz))
    return (results, counts, diagnostics)
}
