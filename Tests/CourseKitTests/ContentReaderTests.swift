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
        var message = ""
        do { _ = try ContentReader(directory: content).read() } catch { message = error.description }
        #expect(message.contains("refusing to read a file outside"))
        #expect(message.contains("zz.md"))
        #expect(!message.contains("hunter2") && !message.contains("secret.md"))
    }

    @Test func theProcessEnvironmentIsNeverRead() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/zz.md", withDestinationPath: "/proc/self/environ")
        let reason = ioReason { _ = try ContentReader(directory: content).read() }
        #expect(reason?.hasPrefix("refusing to read a file outside") == true)
    }

    @Test func aLinkThatStaysInsideTheFolderStillWorks() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/lessons/b.md", withDestinationPath: "a.md")
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons["b"]?.text == lesson)
    }

    @Test func aGlossaryLinkedOutOfTheFolderIsRefused() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        try FileManager.default.createSymbolicLink(atPath: "\(content)/glossary.md", withDestinationPath: "/etc/passwd")
        #expect(ioReason { _ = try ContentReader(directory: content).read() }?.hasPrefix("refusing to read a file outside") == true)
    }

    @Test func aFileWithNULBytesIsNotText() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": "---\ntitle: A\n---\nPATH=/usr/bin\u{0}HOME=/root\u{0}"])
        let reason = ioReason { _ = try ContentReader(directory: content).read() }
        #expect(reason == "the file is not UTF-8 text (it has invalid bytes or control characters)")
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, lessons: ["a": lesson])
        // A sparse file: large on paper, instant to create.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(content)/lessons/a.md"))
        try handle.truncate(atOffset: UInt64(ContentReader.maxFileBytes + 1))
        try handle.close()
        #expect(ioReason { _ = try ContentReader(directory: content).read() }
                == "the file has \(ContentReader.maxFileBytes + 1) bytes; course files may have at most \(ContentReader.maxFileBytes)")
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
        #expect(ioReason { _ = try reader.read(reusing: &memo) }?.contains("refusing to read a file outside") == true)
    }
}
