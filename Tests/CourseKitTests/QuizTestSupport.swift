import Diagnostics
import LecternMarkdown
@testable import CourseKit
@testable import CourseSite

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
    // swift-format-ignore: AlwaysUseLowerCamelCase
    var where_: String {
        guard let range else { return "\(code)@-" }
        return "\(code)@\(range.start.line):\(range.start.column)"
    }
}

/// The leaves of a checked lesson in reading order, for tests that look at what the check computed.
struct LessonRun {
    /// The checked lesson.
    var lesson: CheckedLesson
    /// Every formula, checked.
    var math: [CheckedMath] = []
    /// The formatted text of every inline value that evaluated.
    var values: [String] = []
    /// Every plot's SVG that could be drawn.
    var plots: [String] = []

    /// Formulas whose TeX had values put in: the TeX converted and its map.
    var mathSources: [(tex: String, map: SnippetMap)] {
        math.filter { $0.tex != $0.node.tex }.map { ($0.tex, $0.map) }
    }
    /// The lesson's quizzes.
    var quizzes: [CheckedQuiz] { lesson.quizzes }
    /// How many worked examples ran.
    var exampleCount: Int { lesson.exampleCounts.run }
    /// How many worked examples failed.
    var failedExampleCount: Int { lesson.exampleCounts.failed }
}

/// Collects the leaves of checked trees in reading order.
private struct LeafCollector: TreeRewriter {
    typealias From = CheckedStage
    typealias To = CheckedStage
    var run: LessonRun

    mutating func math(_ node: CheckedMath) -> CheckedMath { run.math.append(node); return node }
    mutating func value(_ node: CheckedValue) -> CheckedValue { if let text = node.text { run.values.append(text) }; return node }
    func glossaryLink(_ node: CheckedLink) -> CheckedLink { node }
    mutating func fence(_ node: CheckedBlock) -> CheckedBlock {
        switch node {
        case .quiz(let quiz): _ = quiz.texts.rewritten(by: &self)
        case .plot(let plot): if let sampled = plot.sampled { run.plots.append(PlotRenderer().render(sampled, id: plot.id)) }
        case .example, .invalid: break
        }
        return node
    }
}

/// Parses and checks a whole lesson (front matter blanked) as the Parse and Check passes would,
/// with no glossary or FAQ (their links are not the point of these tests).
func runLesson(_ text: String, file: String = "lesson.md", strict: Bool = false) -> (LessonRun, QuizCounts, [Diagnostic]) {
    let body = SourceText(file: file, text: FrontMatter(splitting: text).body)
    let lesson = Lesson(slug: "lesson", moduleIndex: 0, position: 0, frontMatter: LessonFrontMatter(title: "T"),
                        source: SourceText(file: file, text: text), body: body)
    let (parsed, parseDiagnostics) = ParsePass.parse(lesson, allowHTML: false)
    let (checked, checkDiagnostics) = CheckPass(strict: strict).check(parsed, glossary: Glossary(entries: []), faq: FAQ(entries: []))
    var collector = LeafCollector(run: LessonRun(lesson: checked))
    _ = checked.document.rewritten(by: &collector)
    // Outline warnings (a `#` heading) are the lesson page's business, not the checks'.
    let diagnostics = (parseDiagnostics + checkDiagnostics).filter { !$0.code.hasPrefix("glossary.") && !$0.code.hasPrefix("lesson.heading") }
        + QuizID.duplicates(in: checked.quizzes.map(\.quiz))
    return (collector.run, checked.quizCounts, diagnostics)
}
