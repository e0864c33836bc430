import Foundation
import Testing

@Suite struct LecternProcessTests {
    @Test func scratchFolderHoldsTheGivenFiles() throws {
        let folder = try LecternProcess.scratchFolder([
            "content/course.yml": "title: T\n",
            "content/lessons/a.md": "# A\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("content/lessons/a.md"), encoding: .utf8)
        #expect(text == "# A\n")
    }

    @Test func runsInTheGivenFolderAndCapturesBothStreams() throws {
        let folder = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["--bogus-flag"], in: folder)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--bogus-flag"))
    }

    @Test func binaryIsFound() throws {
        let binary = try LecternProcess.binary()
        #expect(binary.lastPathComponent == "lectern")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }
}
