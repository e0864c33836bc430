import Diagnostics
import Foundation
import LecternMarkdown
import Testing
@testable import CourseKit
@testable import CourseSite

/// The stretches of a build that once ran on one core now run on several threads or beside
/// other work: lesson files read at once, front matters read while course.yml is, the glossary
/// and FAQ parsed beside the lessons, the templates' library parsed during the passes. Each
/// gives what the one-thread code gives, whatever the number of threads.
@Suite(.timeLimit(.minutes(2))) struct OverlappedStagesTests {
    private let widths = [1, 2, 5]

    /// A content folder with `lessons` (slug → text) and a course.yml listing `listed`.
    private func folder(_ scratch: borrowing ScratchFolder, listed: [String], lessons: [String: String]) throws -> String {
        let content = "\(scratch.path)/content"
        try FileManager.default.createDirectory(atPath: "\(content)/lessons", withIntermediateDirectories: true)
        let yaml = "title: T\nmodules:\n  - title: M\n    lessons: [\(listed.joined(separator: ", "))]\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: "\(content)/course.yml"))
        for (slug, text) in lessons {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/\(slug).md"))
        }
        return content
    }

    private func lesson(_ number: Int) -> String { "---\ntitle: Lesson \(number)\n---\nBody \(number) with $x_\(number)$.\n" }

    @Test func lessonFilesReadOnManyThreadsGiveTheSameFilesRefusalsAndMemo() throws {
        let scratch = try ScratchFolder()
        let slugs = (1...30).map { String(format: "l%02d", $0) }
        let content = try folder(scratch, listed: slugs, lessons: Dictionary(uniqueKeysWithValues: slugs.enumerated().map { ($1, lesson($0)) }))
        try Data(lesson(99).utf8).write(to: URL(fileURLWithPath: "\(scratch.path)/outside.md"))
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/l15-link.md", withDestinationPath: "\(scratch.path)/outside.md")
        var serialMemo = ContentReader.ReadMemo()
        let serial = try ContentReader(directory: content, parallelism: 1).read(reusing: &serialMemo)
        // Every lesson, course.yml last, in the order a one-by-one read finds them.
        #expect(serialMemo.lastRead == slugs.map { "\(content)/lessons/\($0).md" } + ["\(content)/course.yml"])
        #expect(serial.refused.map(\.slug) == ["l15-link"])
        for width in widths {
            var memo = ContentReader.ReadMemo()
            let files = try ContentReader(directory: content, parallelism: width).read(reusing: &memo)
            #expect(files.lessons.keys.sorted() == slugs)
            #expect(slugs.allSatisfy { files.lessons[$0]?.text == serial.lessons[$0]?.text })
            #expect(files.refused == serial.refused)
            #expect(memo.lastRead == serialMemo.lastRead, "files read on \(width) threads")
            // An unchanged folder is taken from the memo on any number of threads.
            _ = try ContentReader(directory: content, parallelism: width).read(reusing: &memo)
            #expect(memo.lastRead.isEmpty)
        }
    }

    @Test func refusedLessonsAreListedInNameOrderOnAnyNumberOfThreads() throws {
        let scratch = try ScratchFolder()
        var lessons = Dictionary(uniqueKeysWithValues: (1...20).map { (String(format: "l%02d", $0), lesson($0)) })
        lessons["l07"] = "---\ntitle: Seven\n---\nA NUL \u{0} byte.\n"
        lessons["l13"] = "---\ntitle: Thirteen\n---\nAnother \u{0}.\n"
        lessons["l10"] = nil
        lessons["l16"] = nil
        let content = try folder(scratch, listed: lessons.keys.sorted(), lessons: lessons)
        // Folders where lesson files should be, beside files that are not text.
        for slug in ["l10", "l16"] {
            try FileManager.default.createDirectory(atPath: "\(content)/lessons/\(slug).md", withIntermediateDirectories: true)
        }
        for width in widths {
            let files = try ContentReader(directory: content, parallelism: width).read()
            #expect(files.refused.map(\.path) == ["l07", "l10", "l13", "l16"].map { "\(content)/lessons/\($0).md" }, "on \(width) threads")
            #expect(files.refused.map(\.reason) == [.notText, .notAFile(isFolder: true), .notText, .notAFile(isFolder: true)])
            #expect(files.lessons.count == 16)
        }
    }

    /// Listed, unlisted, listed twice, not a plain name, too large listed and unlisted, and
    /// broken front matter: the load reads ahead of course.yml every file it may need.
    @Test func frontMattersReadAheadOfCourseYAMLGiveTheSerialLoad() {
        let huge = "---\ntitle: Huge\n---\n" + String(repeating: "word ", count: MarkdownSizeGuard.maxBytes / 5 + 10)
        let files = ContentFiles.inMemory(
            courseYAML: "title: T\nmodules:\n  - title: M\n    lessons: [a, b, a, \"c d\", big, missing]\n  - title: N\n    lessons: [e]\n",
            lessons: ["a": lesson(1), "b": "---\ntitle: [unclosed\n---\nBody\n", "c d": lesson(3), "big": huge,
                      "e": "---\ntitel: E\n---\nBody\n", "unlisted": lesson(5), "unlisted-huge": huge])
        var serialMemo = CourseLoader.LoadMemo()
        let (serialCourse, serialDiagnostics) = CourseLoader.load(files, reusing: &serialMemo, parallelism: 1)
        #expect(!serialDiagnostics.isEmpty)
        // a, b, e, unlisted and unlisted-huge: not the name with a space, not the listed huge file.
        #expect(serialMemo.lastRead == 5)
        for width in widths {
            var memo = CourseLoader.LoadMemo()
            let (course, diagnostics) = CourseLoader.load(files, reusing: &memo, parallelism: width)
            #expect(diagnostics == serialDiagnostics, "diagnostics on \(width) threads")
            #expect(course?.lessons.map(\.slug) == serialCourse?.lessons.map(\.slug))
            #expect(course?.lessons.map(\.frontMatter.title) == serialCourse?.lessons.map(\.frontMatter.title))
            #expect(memo.lastRead == serialMemo.lastRead)
            _ = CourseLoader.load(files, reusing: &memo, parallelism: width)
            #expect(memo.lastRead == 0, "a second load on \(width) threads takes every front matter from the memo")
        }
    }

    @Test func theGlossaryAndFAQParsedBesideTheLessonsGiveTheSerialParse() throws {
        let glossary = "# Glossary\n\n## Alpha\naliases: a\n\nFirst letter with $\\frac{1}{$.\n\n## Beta\nsee: nosuchfunction\n\n"
            + "Second, see [[alpha]] and [[gamma]].\n\n## Alpha\n\nTwice.\n"
        let faq = "# FAQ\n\n## Why?\nid: why\n\nBecause $\\oops$.\n\n## Again?\nid: why\n\nSame id.\n"
        let lessons = Dictionary(uniqueKeysWithValues: (1...12).map { ("l\($0)", lesson($0) + "\n# Title\n\nSee [[alpha]].\n") })
        let files = ContentFiles.inMemory(
            courseYAML: "title: T\nmodules:\n  - title: M\n    lessons: [\(lessons.keys.sorted().joined(separator: ", "))]\n",
            lessons: lessons, glossary: glossary, faq: faq)
        let course = try #require(CourseLoader.load(files).0)
        let (serial, serialDiagnostics) = ParsePass.run(course, parallelism: 1)
        #expect(serialDiagnostics.contains { $0.range?.start.file == "content/glossary.md" })
        #expect(serialDiagnostics.contains { $0.range?.start.file == "content/faq.md" })
        for width in widths {
            let (parsed, diagnostics) = ParsePass.run(course, parallelism: width)
            #expect(diagnostics == serialDiagnostics, "diagnostics on \(width) threads")
            #expect(parsed.glossaryEntries.map(\.entry.slug) == serial.glossaryEntries.map(\.entry.slug))
            #expect(parsed.glossaryEntries.map(\.definition.blocks.count) == serial.glossaryEntries.map(\.definition.blocks.count))
            #expect(parsed.faqEntries.map(\.entry.id) == serial.faqEntries.map(\.entry.id))
            #expect(parsed.lessons.map(\.lesson.slug) == serial.lessons.map(\.lesson.slug))
        }
    }

    @Test func aLibraryParsedAheadRendersAsOneParsedWhenAsked() throws {
        let set = TemplateSet(templates: ["page": "Hello {{name}}{{> part}}", "part": "<{{name}}>"])
        let ahead = set.compilingAhead()
        let view: [String: Any] = ["name": "Ada"]
        let now = try PageRenderer(templates: set).render(view, template: "page").markup
        #expect(now == "Hello Ada<Ada>")
        #expect(try PageRenderer(templates: ahead).render(view, template: "page").markup == now)
        // A set changed after the library was started parses its own templates.
        var changed = ahead
        changed.templates["part"] = "[{{name}}]"
        #expect(try PageRenderer(templates: changed).render(view, template: "page").markup == "Hello Ada[Ada]")
        #expect(try PageRenderer(templates: ahead.compilingAhead()).render(view, template: "page").markup == now)
    }

    @Test func aTemplateErrorFoundAheadIsTheErrorFoundWhenAsked() {
        let broken = TemplateSet(templates: ["page": "fine", "zz": "{{#open}} never closed"])
        var direct: LecternError?
        do { _ = try broken.library() } catch { direct = error }
        var ahead: LecternError?
        do { _ = try broken.compilingAhead().library() } catch { ahead = error }
        guard case .templateSyntax? = direct else {
            Issue.record("no syntax error for an unclosed section"); return
        }
        #expect(ahead == direct)
    }
}
