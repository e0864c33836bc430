import Foundation
import Testing

/// `new`, the built-in templates, completions and the output flags, run as a user would.
@Suite struct AuthorLoopCommandTests {
    static let templatesFolder = LecternProcess.packageRoot.appendingPathComponent("templates")

    @Test func theEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        // Fails when templates/ changed without `make embed-templates`.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", LecternProcess.packageRoot.appendingPathComponent("scripts/embed-templates").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func newWritesTheBuiltInTemplatesByteForByte() throws {
        let folder = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["new", "course", "--title", "Q \"quoted\" course"], in: folder)
        #expect(result.status == 0)
        let course = folder.appendingPathComponent("course")
        let manager = FileManager.default
        let expected = try manager.subpathsOfDirectory(atPath: Self.templatesFolder.path)
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") }
            .filter { path in
                var isDirectory: ObjCBool = false
                manager.fileExists(atPath: Self.templatesFolder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue
            }
        #expect(!expected.isEmpty)
        for path in expected {
            let original = try Data(contentsOf: Self.templatesFolder.appendingPathComponent(path))
            let written = try Data(contentsOf: course.appendingPathComponent("templates/" + path))
            #expect(written == original, "templates/\(path)")
        }
        let config = try String(contentsOf: course.appendingPathComponent("content/course.yml"), encoding: .utf8)
        #expect(config.hasPrefix(#"title: "Q \"quoted\" course""#))
    }

    @Test func aCourseWithoutTemplatesBuildsWithTheBuiltInOnes() throws {
        let folder = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LecternProcess.run(["new", "c"], in: folder).status == 0)
        let course = folder.appendingPathComponent("c")
        try FileManager.default.removeItem(at: course.appendingPathComponent("templates"))
        let result = try LecternProcess.run(["build", "--strict", "--verbose"], in: course, timeout: 300)
        #expect(result.status == 0)
        #expect(result.stderr.contains("templates: built into lectern"))
        #expect(result.stderr.contains("2 lessons, no problems"))
        let css = try Data(contentsOf: course.appendingPathComponent("site/assets/site.css"))
        #expect(css == (try Data(contentsOf: Self.templatesFolder.appendingPathComponent("assets/site.css"))))
    }

    @Test func newRefusesAFolderThatIsNotEmpty() throws {
        let folder = try LecternProcess.scratchFolder(["course/notes.txt": "mine"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LecternProcess.run(["new", "course"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("course is not empty"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("course/content").path))
    }

    @Test(arguments: [("bash", "-F _lectern lectern"), ("zsh", "#compdef lectern"), ("fish", "complete -c 'lectern'")])
    func completionScriptsCoverTheSubcommands(shell: String, marker: String) throws {
        let result = try LecternProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains(marker))
        for name in ["serve", "new", "check", "port", "watch"] {
            #expect(result.stdout.contains(name), "\(shell) completions lack \(name)")
        }
    }

    @Test func quietPrintsOnlyTheDiagnostics() throws {
        let folder = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LecternProcess.run(["new", "c"], in: folder).status == 0)
        let course = folder.appendingPathComponent("c")
        let quiet = try LecternProcess.run(["check", "--quiet"], in: course, timeout: 300)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        let both = try LecternProcess.run(["check", "--quiet", "--verbose"], in: course)
        #expect(both.status == 2)
    }

    @Test(arguments: ["build", "check", "serve", "new", "export", "eval", "repl"])
    func everySubcommandsHelpShowsAnExample(name: String) throws {
        let result = try LecternProcess.run([name, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("lectern \(name) ") || result.stdout.contains("lectern \(name)\n"))
        #expect(result.stdout.contains("Examples:") || result.stdout.contains("example:"), "\(name) --help has no example")
    }

    @Test func serveRefusesABadPortAndMachineFormats() throws {
        #expect(try LecternProcess.run(["serve", "--port", "0"]).status == 2)
        #expect(try LecternProcess.run(["serve", "--diagnostics-format", "json"]).status == 2)
    }
}
