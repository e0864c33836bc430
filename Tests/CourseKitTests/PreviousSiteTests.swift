import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild links the files whose bytes did not change instead of writing them (issue 13),
/// without ever changing the old site before the swap or following its symbolic links.
@Suite struct PreviousSiteTests {
    private func inode(_ path: String) -> UInt? {
        var status = stat()
        return lstat(path, &status) == 0 ? UInt(status.st_ino) : nil
    }

    private func write(_ files: [String: String], to output: String) throws {
        try SiteWriter(output: output).write(Site(files: files.mapValues { Data($0.utf8) }))
    }

    @Test func anUnchangedFileKeepsItsInodeAndAChangedOneIsWrittenAfresh() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try write(["index.html": "same", "lessons/a.html": "old a", "lessons/b.html": "same b"], to: output)
        let before = (index: inode("\(output)/index.html"), a: inode("\(output)/lessons/a.html"), b: inode("\(output)/lessons/b.html"))
        try write(["index.html": "same", "lessons/a.html": "new a", "lessons/b.html": "same b!"], to: output)
        #expect(before.index != nil && inode("\(output)/index.html") == before.index)
        #expect(inode("\(output)/lessons/a.html") != before.a)
        #expect(inode("\(output)/lessons/b.html") != before.b)  // same length would not do: the bytes differ
        #expect(scratch.read("site/index.html") == Data("same".utf8))
        #expect(scratch.read("site/lessons/a.html") == Data("new a".utf8))
        #expect(scratch.read("site/lessons/b.html") == Data("same b!".utf8))
    }

    @Test func aFileOfTheSameLengthButOtherBytesIsWritten() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try write(["page.html": "abcd"], to: output)
        let before = inode("\(output)/page.html")
        try write(["page.html": "abce"], to: output)
        #expect(inode("\(output)/page.html") != before)
        #expect(scratch.read("site/page.html") == Data("abce".utf8))
    }

    @Test func theOldSiteIsNeverChangedBeforeTheSwap() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try write(["a.html": "old"], to: output)
        var seenDuringTheBuild: Data?
        try SiteWriter(output: output).write { (sink: inout FolderSink) throws(LecternError) in
            try sink.add("a.html", Data("old".utf8))  // linked to the old file
            try sink.add("a.html", Data("new".utf8))  // must not write through that link
            seenDuringTheBuild = scratch.read("site/a.html")
        }
        #expect(seenDuringTheBuild == Data("old".utf8))
        #expect(scratch.read("site/a.html") == Data("new".utf8))
    }

    @Test func symbolicLinksInTheOldSiteAreNeverFollowed() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        let outside = "\(scratch.path)/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: URL(fileURLWithPath: "\(outside)/a.html"))
        try Data("secret".utf8).write(to: URL(fileURLWithPath: "\(outside)/b.html"))
        try write(["index.html": "x"], to: output)
        // A folder and a file of the old site that are links to files outside it, with the
        // very bytes the new site carries at those paths.
        try FileManager.default.createSymbolicLink(atPath: "\(output)/lessons", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: "\(output)/b.html", withDestinationPath: "\(outside)/b.html")
        try write(["index.html": "x", "lessons/a.html": "secret", "b.html": "secret"], to: output)
        #expect(inode("\(output)/lessons/a.html") != inode("\(outside)/a.html"))
        #expect(inode("\(output)/b.html") != inode("\(outside)/b.html"))
        var status = stat()
        #expect(lstat("\(outside)/a.html", &status) == 0 && status.st_nlink == 1)
        #expect(lstat("\(outside)/b.html", &status) == 0 && status.st_nlink == 1)
        #expect(scratch.read("site/lessons/a.html") == Data("secret".utf8))
        #expect(scratch.read("outside/a.html") == Data("secret".utf8))
    }
}
