import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// A fresh folder under the system's temporary folder, removed at the end of the test.
struct ScratchFolder: ~Copyable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "lectern-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func read(_ relative: String) -> Data? { FileManager.default.contents(atPath: "\(path)/\(relative)") }

    func listing(_ relative: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "\(path)/\(relative)").sorted()) ?? []
    }
}

@Suite struct SiteWriterTests {
    private func site(_ files: [String: String]) -> Site {
        Site(files: files.mapValues { Data($0.utf8) })
    }

    @Test func writesEveryFileAndTheMarker() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write(site(["index.html": "<p>hi</p>", "lessons/a.html": "a", "assets/site.css": "x{}"]))
        #expect(scratch.read("site/index.html") == Data("<p>hi</p>".utf8))
        #expect(scratch.read("site/lessons/a.html") == Data("a".utf8))
        #expect(scratch.read("site/assets/site.css") == Data("x{}".utf8))
        #expect(scratch.read("site/\(SiteWriter.markerName)") == Data(SiteWriter.markerText.utf8))
        // Nothing is left beside the site.
        #expect(scratch.listing("") == ["site"])
    }

    @Test func replacesThePreviousSiteCompletely() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write(site(["index.html": "old", "gone.html": "old"]))
        try SiteWriter(output: output).write(site(["index.html": "new"]))
        #expect(scratch.read("site/index.html") == Data("new".utf8))
        #expect(scratch.read("site/gone.html") == nil)
        #expect(scratch.listing("") == ["site"])
    }

    @Test func aFailedWriteLeavesThePreviousSiteUntouched() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write(site(["index.html": "old index", "lessons/a.html": "old a"]))
        let before = try snapshot(output)
        // `a` is written as a file first (paths are written in sorted order), so `a/b.html`
        // cannot be created: the write fails halfway through.
        let broken = site(["a": "file", "a/b.html": "needs a folder named a", "index.html": "new index"])
        #expect(throws: LecternError.self) { try SiteWriter(output: output).write(broken) }
        #expect(try snapshot(output) == before)
        #expect(scratch.listing("") == ["site"], "the temporary folder is removed")
    }

    @Test func refusesToReplaceAFolderLecternDidNotWrite() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/docs"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: "\(output)/notes.txt"))
        #expect(throws: LecternError.notALecternSite(path: output, marker: SiteWriter.markerName)) {
            try SiteWriter(output: output).write(site(["index.html": "x"]))
        }
        #expect(scratch.read("docs/notes.txt") == Data("precious".utf8))
        #expect(scratch.listing("docs") == ["notes.txt"])
        #expect(scratch.listing("") == ["docs"])
    }

    @Test func writesIntoAnEmptyFolder() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/empty"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try SiteWriter(output: output).write(site(["index.html": "x"]))
        #expect(scratch.read("empty/index.html") == Data("x".utf8))
    }

    @Test func refusesAFileInPlaceOfTheOutputFolder() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try Data("a file".utf8).write(to: URL(fileURLWithPath: output))
        #expect(throws: LecternError.self) { try SiteWriter(output: output).write(site(["index.html": "x"])) }
        #expect(scratch.read("site") == Data("a file".utf8))
    }

    @Test func theTemporaryFolderIsAHiddenSibling() {
        #expect(SiteWriter(output: "site", token: "42").temporaryPath == ".site.lectern-tmp-42")
        #expect(SiteWriter(output: "out/site/", token: "7").temporaryPath == "out/.site.lectern-tmp-7")
    }

    /// Every file below `folder` with its bytes.
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder) else { return result }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            manager.fileExists(atPath: "\(folder)/\(relative)", isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = manager.contents(atPath: "\(folder)/\(relative)") }
        }
        return result
    }
}
