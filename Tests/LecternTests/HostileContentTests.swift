import Foundation
import Testing

/// `lectern check` and `lectern build` on content written to hurt CI or the output folder.
@Suite struct HostileContentTests {
    private let courseYAML = "title: Tiny\nmodules:\n  - title: M\n    lessons: [a, zz]\n"
    private let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path

    @Test func checkNeverPrintsTheEnvironmentThroughALinkedLesson() throws {
        let folder = try LecternProcess.scratchFolder(["content/course.yml": courseYAML, "content/lessons/a.md": "---\ntitle: A\n---\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("content/lessons/zz.md").path,
                                                   withDestinationPath: "/proc/self/environ")
        let marker = "LECTERN_TEST_SECRET_\(UUID().uuidString)"
        let result = try LecternProcess.run(["check", "--content", "content", "--templates", templates], in: folder,
                                            environment: ["CI_SECRET": marker])
        #expect(result.status == 2)
        #expect(result.stderr.contains("content/lessons/zz.md: refusing to read a file outside content/lessons/"))
        #expect(!result.stderr.contains(marker) && !result.stdout.contains(marker))
    }

    @Test func aBillionLaughsCourseEndsAtOnceWithDiagnostics() throws {
        var yaml = "title: T\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "modules: *l12\n"
        let folder = try LecternProcess.scratchFolder(["content/course.yml": yaml])
        defer { try? FileManager.default.removeItem(at: folder) }
        // Expanded, the file would be 9^12 nodes; the run ends (within the runner's timeout) with the refusal.
        let result = try LecternProcess.run(["check", "--content", "content", "--templates", templates], in: folder, timeout: 30)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/course.yml:2:5: error: YAML anchors ('&name') are not supported"))
    }
}
