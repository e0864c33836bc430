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
        // A content mistake like any other (exit 1), blamed on the course.yml entry that lists it.
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/course.yml:4:18: error: refusing content/lessons/zz.md: it resolves outside content/lessons/"))
        #expect(result.stderr.contains("[course.outside-folder]"))
        #expect(!result.stderr.contains(marker) && !result.stdout.contains(marker))
    }

    @Test func aTemplateAssetLinkedOutIsReportedWithTheContentMistakesOfTheRun() throws {
        let folder = try LecternProcess.scratchFolder([
            "content/course.yml": "title: Tiny\nmodules:\n  - title: M\n    lessons: [a]\n",
            "content/lessons/a.md": "---\ntitle: A\nbogus: 1\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("templates").path
        try FileManager.default.copyItem(atPath: templates, toPath: copy)
        try FileManager.default.createSymbolicLink(atPath: "\(copy)/assets/passwd.css", withDestinationPath: "/etc/passwd")
        let result = try LecternProcess.run(["build", "--content", "content", "--templates", "templates", "--output", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/assets/passwd.css:1:1: error: refusing templates/assets/passwd.css"))
        #expect(result.stderr.contains("content/lessons/a.md:3:1: error:"))
        #expect(!result.stderr.contains("root:x:0"))
    }

    @Test func aBrokenCourseFileStillLetsEveryLessonMistakeBeReported() throws {
        let folder = try LecternProcess.scratchFolder([
            "content/course.yml": "title: Tiny\nmodules:\n  - title: M\n    lessons: [a, b\n",
            "content/lessons/a.md": "---\ntitle: A\n---\n\nSee $\\fracc{1}{2}$ and [[nowhere]].\n",
            "content/lessons/b.md": "---\ntitle: B\n---\n\n```quiz\nWhat is sigmoid(0)?\n\nanswer: 0.6\ncheck: sigmoid(0)\n```\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["build", "--content", "content", "--templates", templates, "--output", "out"], in: folder)
        #expect(result.status == 1)
        // The YAML mistake, and in the same run the mistakes of the lessons it would have listed.
        #expect(result.stderr.contains("content/course.yml:5:1: error: invalid YAML"))
        #expect(result.stderr.contains("content/lessons/a.md:5:6: error: unknown command '\\fracc'"))
        #expect(result.stderr.contains("content/lessons/a.md:5:24: error: unknown glossary term 'nowhere'"))
        #expect(result.stderr.contains("content/lessons/b.md:8:9: error: answer 0.6 differs from check value 0.5"))
        #expect(result.stderr.contains("4 errors"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
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
