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
