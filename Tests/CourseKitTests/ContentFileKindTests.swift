import Diagnostics
import Foundation
import Testing
@testable import CourseKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Content paths that exist but are no readable file of the right kind (a folder or a pipe where a
/// lesson belongs, a file where `lessons/` belongs, a file the system will not open) are content
/// mistakes reported with the others of the run, never an I/O error that stops it.
@Suite(.timeLimit(.minutes(1)))
struct ContentFileKindTests {
    private func folder(_ scratch: borrowing ScratchFolder, course: String, lessons: [String: String]) throws -> String {
        let content = "\(scratch.path)/content"
        try FileManager.default.createDirectory(atPath: "\(content)/lessons", withIntermediateDirectories: true)
        try Data(course.utf8).write(to: URL(fileURLWithPath: "\(content)/course.yml"))
        for (slug, text) in lessons {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/\(slug).md"))
        }
        return content
    }

    private func pipe(_ path: String) throws {
        guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// `code@file:line:column` of each diagnostic, sorted.
    private func found(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code)@\($0.range.map { "\($0.start.file):\($0.start.line):\($0.start.column)" } ?? "-")" }.sorted()
    }

    /// A pipe is never opened (a read would wait for a writer forever: the suite's time limit
    /// catches that); listed lessons are blamed at their course.yml entry, the rest at 1:1.
    @Test func foldersAndPipesWhereFilesBelongAreRefusedWithTheOtherMistakes() throws {
        let scratch = try ScratchFolder()
        let course = "title: T\nmodules:\n  - title: M\n    lessons:\n      - a\n      - dir\n      - pipe\n"
        let content = try folder(scratch, course: course, lessons: ["a": "---\ntitle: A\nbogus: 1\n---\n"])
        for path in ["lessons/dir.md", "lessons/extra.md", "glossary.md"] {
            try FileManager.default.createDirectory(atPath: "\(content)/\(path)", withIntermediateDirectories: true)
        }
        try pipe("\(content)/lessons/pipe.md")
        try pipe("\(content)/faq.md")
        let files = try ContentReader(directory: content).read()
        #expect(files.lessons.keys.sorted() == ["a"])
        #expect(files.glossary == nil && files.faq == nil)
        let (course_, diagnostics) = CourseLoader.load(files)
        #expect(course_?.lessons.map(\.slug) == ["a"])
        #expect(found(diagnostics) == [
            "course.not-a-file@\(content)/course.yml:6:9",
            "course.not-a-file@\(content)/course.yml:7:9",
            "course.not-a-file@\(content)/faq.md:1:1",
            "course.not-a-file@\(content)/glossary.md:1:1",
            "course.not-a-file@\(content)/lessons/extra.md:1:1",
            "lesson.unknown-key@\(content)/lessons/a.md:3:1",
        ])
        let glossary = diagnostics.first { $0.range?.file == "\(content)/glossary.md" }
        #expect(glossary?.message == "refusing \(content)/glossary.md: it is a folder, so it is not read")
        let pipeEntry = diagnostics.first { $0.range?.start.line == 7 }
        #expect(pipeEntry?.message == "refusing \(content)/lessons/pipe.md: it is not a regular file (a named pipe, socket or device), so it is not read")
        // Not reported as missing besides: the file is there, only of the wrong kind.
        #expect(!diagnostics.contains { $0.code == Codes.courseMissingLesson })
    }

    @Test func aCourseFileThatIsAFolderIsRefusedNotCalledMissing() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, course: "", lessons: ["a": "---\ntitle: A\n---\n"])
        try FileManager.default.removeItem(atPath: "\(content)/course.yml")
        try FileManager.default.createDirectory(atPath: "\(content)/course.yml", withIntermediateDirectories: true)
        let (course, diagnostics) = CourseLoader.load(try ContentReader(directory: content).read())
        #expect(course == nil)
        #expect(found(diagnostics) == ["course.not-a-file@\(content)/course.yml:1:1"])
    }

    /// Every listed lesson is then out of reach; one diagnostic says why instead of one
    /// `course.missing-lesson` per lesson.
    @Test func aLessonsEntryThatIsNoFolderIsRefusedOnce() throws {
        let scratch = try ScratchFolder()
        let content = try folder(scratch, course: "title: T\nmodules:\n  - title: M\n    lessons: [a, b]\n", lessons: [:])
        try FileManager.default.removeItem(atPath: "\(content)/lessons")
        try Data("a\n".utf8).write(to: URL(fileURLWithPath: "\(content)/lessons"))
        let files = try ContentReader(directory: content).read()
        #expect(files.refused == [RefusedPath(path: "\(content)/lessons", folder: content, reason: .notAFolder)])
        let (_, diagnostics) = CourseLoader.load(files)
        #expect(found(diagnostics) == ["course.not-a-folder@\(content)/lessons:1:1"])
    }

    /// Root reads any file whatever its mode, so there is no honest way to make a read fail
    /// in-process then; `lectern check` is tested with the capability dropped instead
    /// (`UnreadableContentCommandTests`).
    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode"))
    func filesAndFoldersTheSystemWillNotReadAreRefusedWithItsReason() throws {
        let scratch = try ScratchFolder()
        let course = "title: T\nmodules:\n  - title: M\n    lessons: [a, b]\n"
        let content = try folder(scratch, course: course, lessons: ["a": "---\ntitle: A\n---\n", "b": "---\ntitle: B\n---\n"])
        try Data("## Term\n\nText.\n".utf8).write(to: URL(fileURLWithPath: "\(content)/glossary.md"))
        for path in ["lessons/b.md", "glossary.md"] { chmod("\(content)/\(path)", 0) }
        let (_, diagnostics) = CourseLoader.load(try ContentReader(directory: content).read())
        #expect(found(diagnostics) == [
            "course.unreadable@\(content)/course.yml:4:18",
            "course.unreadable@\(content)/glossary.md:1:1",
        ])
        #expect(diagnostics.allSatisfy { $0.message.hasSuffix(": permission denied") })

        chmod("\(content)/lessons", 0)
        defer { chmod("\(content)/lessons", 0o755) }  // so the scratch folder can be removed
        let (_, folderDiagnostics) = CourseLoader.load(try ContentReader(directory: content).read())
        #expect(found(folderDiagnostics) == [
            "course.unreadable@\(content)/glossary.md:1:1",
            "course.unreadable@\(content)/lessons:1:1",
        ])
    }

    /// The reason comes from the system's own error for the path.
    @Test func openFailureNamesTheSystemsReason() throws {
        let scratch = try ScratchFolder()
        let file = "\(scratch.path)/file.md"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(OpenFailure.reason(file) == nil)
        #expect(OpenFailure.reason(scratch.path, folder: true) == nil)
        #expect(OpenFailure.reason("\(scratch.path)/absent.md") == "no such file or directory")
        #expect(OpenFailure.reason(file, folder: true) == "not a directory")
    }

    /// Only a missing content folder still stops the run: there is no course to report on.
    @Test func aMissingContentFolderIsStillAnIOError() throws {
        let scratch = try ScratchFolder()
        #expect(throws: LecternError.io(path: "\(scratch.path)/nothing", reason: "no such content folder")) {
            _ = try ContentReader(directory: "\(scratch.path)/nothing").read()
        }
    }
}
