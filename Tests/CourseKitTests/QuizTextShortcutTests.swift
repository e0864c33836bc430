import Diagnostics
import Foundation
@testable import LecternMarkdown
import Testing
@testable import CourseKit

/// Every quiz text of the course, the test courses and any generated benchmark course must parse
/// to the same tree whether or not the one-line shortcut takes it (`PlainLineParagraph`).
@Suite("Quiz texts through the one-line shortcut")
struct QuizTextShortcutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Lesson folders: the course, the test fixtures, benchmark courses under `.build/bench`
    /// when `bench.sh` has made them, and the folders in `LECTERN_QUIZ_CORPUS` (colon-separated).
    static var folders: [URL] {
        let manager = FileManager.default
        var folders = [root.appendingPathComponent("content/lessons")]
        for base in ["Tests/CourseKitTests/Fixtures", ".build/bench"] {
            let parent = root.appendingPathComponent(base)
            for name in ((try? manager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted() {
                folders.append(parent.appendingPathComponent(name).appendingPathComponent("content/lessons"))
                folders.append(parent.appendingPathComponent(name).appendingPathComponent("lessons"))
            }
        }
        let extra = ProcessInfo.processInfo.environment["LECTERN_QUIZ_CORPUS"] ?? ""
        folders += extra.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        return folders
    }

    /// Every quiz text of the lessons in `folders`, as the Parse pass hands it to the Markdown parser.
    static func quizTexts() -> [SourceText] {
        var texts: [SourceText] = []
        for folder in folders {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for file in files where file.hasSuffix(".md") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
                let source = SourceText(file: "\(folder.lastPathComponent)/\(file)", text: text)
                let (document, _) = MarkdownParser(fenceWords: LecternBlockKind.words).parse(source)
                for fence in fences(in: document.blocks) where fence.word == "quiz" {
                    guard let quiz = QuizParser().parse(body: fence.body, bodyMap: fence.bodyMap, fenceRange: fence.range).0 else { continue }
                    let parts = [quiz.question] + quiz.options.map(\.text) + [quiz.explanation, quiz.hint].compactMap { $0 }
                    texts += parts.map { QuizTextOrigin(text: $0).source }
                }
            }
        }
        return texts
    }

    static func fences(in blocks: [Block<SourceStage>]) -> [FenceNode] {
        blocks.flatMap { block -> [FenceNode] in
            switch block {
            case .fence(let fence): [fence]
            case .blockQuote(let quote): fences(in: quote.blocks)
            case .list(let list): list.items.flatMap { fences(in: $0.blocks) }
            case .alert(let alert): fences(in: alert.blocks)
            default: []
            }
        }
    }

    @Test func everyQuizTextGetsCmarksTree() {
        let texts = Self.quizTexts()
        var taken = 0
        for source in texts {
            for allowHTML in [false, true] {
                let parser = MarkdownParser(allowHTML: allowHTML)
                let shortcut = parser.parse(source)
                let viaCmark = parser.parseThroughCmark(source)
                #expect(shortcut.0 == viaCmark.0, "\(source.text.debugDescription)")
                #expect(shortcut.1 == viaCmark.1, "\(source.text.debugDescription)")
            }
            if PlainLineParagraph.document(for: source) != nil { taken += 1 }
        }
        // The course alone has well over a hundred quiz texts, most of them one line.
        #expect(texts.count > 100)
        #expect(taken > texts.count / 3)
    }
}
