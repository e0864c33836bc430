import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// The swap behind `SiteWriter`: an exchange with no gap, leftovers of killed builds, links.
@Suite struct FolderSwapTests {
    /// A process id above Linux's largest possible one (2^22), so no process has it.
    private let deadPID = "2147483000"

    private func folder(_ path: String, file: String, text: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(path)/\(file)"))
    }

    @Test func anExchangeSwapsTwoFoldersInOneStep() throws {
        let scratch = try ScratchFolder()
        try folder("\(scratch.path)/site", file: "index.html", text: "old")
        try folder("\(scratch.path)/.site.lectern-tmp-1", file: "index.html", text: "new")
        #expect(FolderSwap.exchange("\(scratch.path)/.site.lectern-tmp-1", "\(scratch.path)/site"))
        // Both names exist throughout (one system call), now with their contents exchanged.
        #expect(scratch.read("site/index.html") == Data("new".utf8))
        #expect(scratch.read(".site.lectern-tmp-1/index.html") == Data("old".utf8))
    }

    @Test func aWriteOverAnOldSiteNeverLeavesTheOutputMissing() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write(Site(files: ["index.html": Data("one".utf8)]))
        // Watch the output folder from another thread while a large site is swapped in.
        let missing = Flag()
        let done = Flag()
        let watcher = Thread {
            while !done.value {
                if !FileManager.default.fileExists(atPath: "\(output)/\(SiteWriter.markerName)") { missing.set() }
            }
        }
        watcher.start()
        for round in 0..<100 {
            try SiteWriter(output: output).write(Site(files: ["index.html": Data("round \(round)".utf8)]))
        }
        done.set()
        while !watcher.isFinished { usleep(1000) }
        #expect(!missing.value, "the output folder was missing at some moment")
        #expect(scratch.read("site/index.html") == Data("round 99".utf8))
        #expect(scratch.listing("") == ["site"])
    }

    @Test func leftoversOfDeadBuildsAreRemovedAndThoseOfLiveOnesKept() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try folder("\(scratch.path)/.site.lectern-tmp-\(deadPID)", file: "index.html", text: "half")
        try folder("\(scratch.path)/.site.lectern-old-\(deadPID)", file: "index.html", text: "stale")
        // Process 1 always runs; its folder belongs to a build in progress.
        try folder("\(scratch.path)/.site.lectern-tmp-1", file: "index.html", text: "busy")
        try folder("\(scratch.path)/.other.lectern-tmp-\(deadPID)", file: "index.html", text: "another output's")
        try SiteWriter(output: output).write(Site(files: ["index.html": Data("x".utf8)]))
        #expect(scratch.listing("") == [".other.lectern-tmp-\(deadPID)", ".site.lectern-tmp-1", "site"])
    }

    @Test func anOutputThatIsALinkKeepsPointingWhereItPoints() throws {
        let scratch = try ScratchFolder()
        let real = "\(scratch.path)/releases/current"
        try FileManager.default.createDirectory(atPath: "\(scratch.path)/releases", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/public", withDestinationPath: "releases/current")
        let output = "\(scratch.path)/public"
        try SiteWriter(output: output).write(Site(files: ["index.html": Data("first".utf8)]))
        try SiteWriter(output: output).write(Site(files: ["index.html": Data("second".utf8)]))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output) == "releases/current")
        #expect(FileManager.default.contents(atPath: "\(real)/index.html") == Data("second".utf8))
        #expect(scratch.listing("releases") == ["current"])
        #expect(scratch.listing("") == ["public", "releases"])
    }
}

/// A thread-safe boolean for the watcher above.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var state = false
    var value: Bool { lock.lock(); defer { lock.unlock() }; return state }
    func set() { lock.lock(); state = true; lock.unlock() }
}
