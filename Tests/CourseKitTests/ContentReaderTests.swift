import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite
@testable import LecternMarkdown

/// Reading a content folder from disk: links out of the folder, non-text files, line endings.
@Suite struct ContentReaderTests {
    private let course = "title: T\nmodules:\n  - title: M\n    lessons: [a]\n"
    private let lesson = "---\ntitle: A\n---\n# Heading\n\nText with $x$ math.\n"

    private func folder(_ scratch: borrowing ScratchFolder, course: String? = nil, lessons: [String: String]) throws -> String {
        let content = "\(scratch.path)/content"
        try FileManager.default.createDirectory(atPath: "\(content)/lessons", withIntermediateDirectories: true)
        try Data((course ?? self.course).utf8).write(to: URL(fileURLWithPath: "\(content)/course.yml"))
        for (slug, text) in lessons {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/\(slug).md"))
        }
        return content
    }

    private func ioReason(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as LecternError {
            if case let .io(_, reason) = error { return reason }
        } catch {}
        return nil
    }

    @Test func aLessonLinkedToAFileOutsideTheFolderIsRefusedWithoutReadingIt() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        let secret = "\(scratch.path)/secret.md"
        try Data("---\ntitle: SECRET_TOKEN=hunter2\n---\n".utf8).write(to: URL(fileURLWithPath: secret))
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/zz.md", withDestinationPath: secret)
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons.keys.sorted() == ["a"])
        #expect(files.refused == [RefusedPath(path: "\(content)/lessons/zz.md", folder: "\(content)/lessons", slug: "zz")])
        let message = files.refused[0].diagnostic().message
        #expect(!message.contains("hunter2") && !message.contains("secret.md"))
    }

    @Test func theProcessEnvironmentIsNeverRead() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/zz.md", withDestinationPath: "/proc/self/environ")
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons["zz"] == nil)
        #expect(files.refused.map(\.slug) == ["zz"])
    }

    @Test func aLinkThatStaysInsideTheFolderStillWorks() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/b.md", withDestinationPath: "a.md")
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons["b"]?.text == lesson)
        #expect(files.refused.isEmpty)
    }

    @Test func aGlossaryLinkedOutOfTheFolderIsRefused() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/glossary.md", withDestinationPath: "/etc/passwd")
        let files = try ContentReader(directory: content).read()
        #expect(files.glossary == nil)
        #expect(files.refused == [RefusedPath(path: "\(content)/glossary.md", folder: content)])
    }

    /// The refusal is a content mistake: a listed lesson is blamed at its course.yml entry, an
    /// unlisted one and any other file at 1:1 of the file, and the other mistakes of the run
    /// are still reported.
    @Test func refusalsAreDiagnosticsBesideTheOtherContentMistakes() throws {
        let scratch = try ScratchFolder()
        let course = "title: T\nmodules:\n  - title: M\n    lessons:\n      - a\n      - zz\n"
        let content = try folder(scratch, course: course, lessons: ["a": "---\ntitle: A\nbogus: 1\n---\n"])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/zz.md", withDestinationPath: "/proc/self/environ")
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/yy.md", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: "\(content)/faq.md", withDestinationPath: "/etc/passwd")
        let (course_, diagnostics) = CourseLoader.load(try ContentReader(directory: content).read())
        #expect(course_?.lessons.map(\.slug) == ["a"])
        let found = diagnostics.map { "\($0.code)@\($0.range.map { "\($0.start.file):\($0.start.line):\($0.start.column)" } ?? "-")" }
        #expect(found.sorted() == [
            "course.outside-folder@\(content)/course.yml:6:9",
            "course.outside-folder@\(content)/faq.md:1:1",
            "course.outside-folder@\(content)/lessons/yy.md:1:1",
            "lesson.unknown-key@\(content)/lessons/a.md:3:1",
        ])
    }

    @Test func filesThatAreNotTextAreRefusedWithTheOtherMistakes() throws {
        let scratch = try ScratchFolder()
        let course = "title: T\nmodules:\n  - title: M\n    lessons:\n      - a\n      - b\n"
        let content = try folder(scratch, course: course, lessons: [
            "a": "---\ntitle: A\n---\nPATH=/usr/bin\u{0}HOME=/root\u{0}",
            "b": "---\ntitle: B\nbogus: 1\n---\n",
        ])
        try Data([0x23, 0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: "\(content)/glossary.md"))
        try Data("---\ntitle: Z\n---\n\u{7}".utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/zz.md"))
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons.keys.sorted() == ["b"])
        #expect(files.glossary == nil)
        let (_, diagnostics) = CourseLoader.load(files)
        let found = diagnostics.map { "\($0.code)@\($0.range.map { "\($0.start.file):\($0.start.line):\($0.start.column)" } ?? "-")" }
        #expect(found.sorted() == [
            "course.not-text@\(content)/course.yml:5:9",
            "course.not-text@\(content)/glossary.md:1:1",
            "course.not-text@\(content)/lessons/zz.md:1:1",
            "lesson.unknown-key@\(content)/lessons/b.md:3:1",
        ])
        // The bytes are never quoted.
        #expect(!diagnostics.contains { $0.message.contains("PATH") || $0.message.contains("HOME") })
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        // A sparse file: large on paper, instant to create.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(content)/lessons/a.md"))
        try handle.truncate(atOffset: UInt64(ContentReader.maxFileBytes + 1))
        try handle.close()
        let files = try ContentReader(directory: content).read()
        #expect(files.refused.map(\.reason) == [.tooLarge(bytes: ContentReader.maxFileBytes + 1)])
        let (_, diagnostics) = CourseLoader.load(files)
        #expect(diagnostics.map(\.code) == ["course.file-too-large"])
        #expect(diagnostics.first?.range?.start.line == 4)
        #expect(diagnostics.first?.message.contains("\(ContentReader.maxFileBytes + 1) bytes") == true)
    }

    @Test func windowsLineEndingsAndAByteOrderMarkReadAsPlainLines() throws {
        let crlf = { (text: String) in text.replacingOccurrences(of: "\n", with: "\r\n") }
        let unix = try ScratchFolder()
        let windows = try ScratchFolder()
        let plain = try folder(unix, lessons: ["a": lesson])
        let converted = try folder(windows, course: "\u{FEFF}" + crlf(course), lessons: ["a": "\u{FEFF}" + crlf(lesson)])
        let expected = try ContentReader(directory: plain).read()
        let read = try ContentReader(directory: converted).read()
        #expect(read.courseFile?.text == expected.courseFile?.text)
        #expect(read.lessons["a"]?.text == lesson)
        let (course, diagnostics) = CourseLoader.load(read)
        #expect(diagnostics.isEmpty)
        #expect(course?.lessons.first?.frontMatter.title == "A")
        // Columns count the same characters: the math on line 6 starts at column 11 in both.
        let body = try #require(course?.lessons.first?.body)
        let (document, _) = MarkdownParser().parse(body)
        guard case .paragraph(let paragraph)? = document.blocks.first(where: { if case .paragraph = $0 { true } else { false } }),
              case .math(let math)? = paragraph.inlines.first(where: { if case .math = $0 { true } else { false } }) else {
            Issue.record("no math in the lesson"); return
        }
        #expect(math.range.start == SourceLocation(file: "\(converted)/lessons/a.md", line: 6, column: 11))
    }

    @Test func aMemoRereadsOnlyChangedFilesAndStillRefusesLinksOut() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson, "b": lesson])
        let reader = ContentReader(directory: content)
        var memo = ContentReader.ReadMemo()
        let first = try reader.read(reusing: &memo)
        #expect(memo.lastRead.count == 3)
        _ = try reader.read(reusing: &memo)
        #expect(memo.lastRead.isEmpty)

        // Same size, new text: the stamp's times and inode tell.
        try Data(lesson.replacingOccurrences(of: "math", with: "MATH").utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/b.md"))
        let edited = try reader.read(reusing: &memo)
        #expect(memo.lastRead == ["\(content)/lessons/b.md"])
        #expect(edited.lessons["b"]?.text.contains("MATH") == true)
        #expect(edited.lessons["a"]?.text == first.lessons["a"]?.text)

        // A kept file replaced by a link out of the folder is refused like on a first read.
        let secret = "\(scratch.path)/secret.md"
        try Data(lesson.utf8).write(to: URL(fileURLWithPath: secret))
        try FileManager.default.removeItem(atPath: "\(content)/lessons/a.md")
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/a.md", withDestinationPath: secret)
        let linked = try reader.read(reusing: &memo)
        #expect(linked.lessons["a"] == nil)
        #expect(linked.refused == [RefusedPath(path: "\(content)/lessons/a.md", folder: "\(content)/lessons", slug: "a")])
    }
}
