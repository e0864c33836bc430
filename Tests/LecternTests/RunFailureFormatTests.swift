import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Failures outside the course's own files (a missing folder, a broken template, an output that
/// cannot be written) keep exit status 2, and with a machine `--diagnostics-format` they are a
/// document of that format on standard output, not plain text; content files of the wrong kind
/// are content mistakes (status 1) in every format.
@Suite struct RunFailureFormatTests {
    private static let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path
    private static let course = "title: Tiny\ntags: [unused]\nmodules:\n  - title: M\n    lessons: [a, dir]\n"
    private static let files = ["content/course.yml": course, "content/lessons/a.md": "---\ntitle: A\n---\n\nText.\n"]

    private func run(_ arguments: [String], in folder: URL, launcher: [String] = []) throws -> LecternProcess.Result {
        try LecternProcess.run(arguments + ["--templates", Self.templates], in: folder, launcher: launcher)
    }

    /// What runs lectern so that a mode of 000 stops it: nothing for an ordinary user; for root,
    /// `setpriv` dropping the capabilities that override file permissions. Nil when root cannot
    /// drop them here (no `setpriv`, or a container that forbids it): no file can be made
    /// unreadable, so there is nothing to test.
    private static func withoutPermissionOverride() throws -> [String]? {
        guard geteuid() == 0 else { return [] }
        let launcher = ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        guard FileManager.default.isExecutableFile(atPath: launcher[0]) else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: launcher[0])
        probe.arguments = Array(launcher.dropFirst()) + ["/bin/true"]
        try probe.run()
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? launcher : nil
    }

    private func json(_ text: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["diagnostics"] as? [[String: Any]])
    }

    @Test func aMissingContentFolderInEveryFormat() throws {
        let folder = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["check", "--content", "nowhere"]

        let text = try run(arguments, in: folder)
        #expect(text.status == 2)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr == "error: nowhere: no such content folder\n")

        let json = try run(arguments + ["--diagnostics-format", "json"], in: folder)
        #expect(json.status == 2)
        let entries = try self.json(json.stdout)
        #expect(entries.count == 1)
        #expect(entries.first?["code"] as? String == "lectern.read")
        #expect(entries.first?["file"] as? String == "nowhere")
        #expect(entries.first?["line"] is NSNull)
        #expect(entries.first?["message"] as? String == "no such content folder")
        #expect(json.stderr == "error: nowhere: no such content folder\n")

        let github = try run(arguments + ["--diagnostics-format", "github", "--quiet"], in: folder)
        #expect(github.status == 2)
        #expect(github.stdout == "::error file=nowhere,title=lectern.read::no such content folder\n")
        #expect(github.stderr.isEmpty)

        let sarif = try run(arguments + ["--diagnostics-format", "sarif"], in: folder)
        #expect(sarif.status == 2)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "lectern.read")
        #expect(result["level"] as? String == "error")
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "nowhere")
        #expect(location["region"] == nil)
    }

    /// The reproduction of the report: a folder named like a listed lesson.
    @Test func aLessonThatIsAFolderIsAContentMistakeAtItsEntry() throws {
        let folder = try LecternProcess.scratchFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/lessons/dir.md"), withIntermediateDirectories: true)
        let result = try run(["check", "--content", "content", "--diagnostics-format", "json"], in: folder)
        #expect(result.status == 1)
        let errors = try json(result.stdout).filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 1)
        #expect(errors.first?["code"] as? String == "course.not-a-file")
        #expect(errors.first?["file"] as? String == "content/course.yml")
        #expect(errors.first?["line"] as? Int == 5)
        #expect(errors.first?["column"] as? Int == 18)
        #expect(errors.first?["message"] as? String == "refusing content/lessons/dir.md: it is a folder, so it is not read")

        let text = try run(["check", "--content", "content"], in: folder)
        #expect(text.status == 1)
        #expect(text.stderr.contains("content/course.yml:5:18: error: refusing content/lessons/dir.md: it is a folder, so it is not read [course.not-a-file]"))
    }

    /// As root a mode of 000 stops nothing, so the check runs without the capabilities that
    /// override file permissions (`setpriv` drops them from the bounding set).
    @Test func aLessonTheSystemWillNotReadIsAContentMistake() throws {
        guard let launcher = try Self.withoutPermissionOverride() else { return }
        var files = Self.files
        files["content/lessons/dir.md"] = "---\ntitle: D\n---\n"
        let folder = try LecternProcess.scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(folder.appendingPathComponent("content/lessons/dir.md").path, 0)
        let result = try run(["check", "--content", "content", "--diagnostics-format", "github", "--quiet"], in: folder, launcher: launcher)
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=content/course.yml,line=5,col=18,endLine=5,endColumn=20,title=course.unreadable::cannot read content/lessons/dir.md: permission denied%0Anote: "))
    }

    /// A content folder nobody may read is no missing course.yml but a failure to read it.
    @Test func aContentFolderTheSystemWillNotReadIsAReadFailure() throws {
        guard let launcher = try Self.withoutPermissionOverride() else { return }
        let folder = try LecternProcess.scratchFolder(Self.files)
        let content = folder.appendingPathComponent("content").path
        defer {
            chmod(content, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(content, 0)
        let result = try run(["check", "--content", "content", "--diagnostics-format", "json"], in: folder, launcher: launcher)
        #expect(result.status == 2)
        let entries = try json(result.stdout)
        #expect(entries.count == 1)
        #expect(entries.first?["code"] as? String == "lectern.read")
        #expect(entries.first?["file"] as? String == "content")
        #expect(entries.first?["message"] as? String == "cannot read the content folder: permission denied")
        #expect(result.stderr == "error: content: cannot read the content folder: permission denied\n")
    }

    /// A failure after the checks: the warnings found and the failure are one JSON document.
    @Test func anOutputThatIsNoSiteIsOneDocumentWithTheWarnings() throws {
        var files = Self.files
        files["content/course.yml"] = Self.course.replacingOccurrences(of: ", dir]", with: "]")
        files["out/notes.txt"] = "mine"
        let folder = try LecternProcess.scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["build", "--content", "content", "--output", "out", "--diagnostics-format", "json"], in: folder)
        #expect(result.status == 2)
        let entries = try json(result.stdout)
        #expect(entries.compactMap { $0["code"] as? String } == ["lectern.not-a-site", "course.unused-tag"])
        #expect(entries.first?["file"] as? String == "out")
        #expect(result.stderr.hasSuffix("error: out: refusing to replace a folder Lectern did not create (it has files but no '.lectern-site'); choose another --output or empty the folder\n"))

        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        let onFile = try run(["build", "--content", "content", "--output", "file", "--diagnostics-format", "github", "-q"], in: folder)
        #expect(onFile.status == 2)
        #expect(onFile.stdout.hasPrefix("::error file=file,title=lectern.write::the output exists and is not a folder\n"))
    }

    @Test func aTemplateThatDoesNotParseIsAnnotatedAtItsPosition() throws {
        var files = Self.files
        files["content/course.yml"] = Self.course.replacingOccurrences(of: ", dir]", with: "]")
        let folder = try LecternProcess.scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("theme").path
        try FileManager.default.copyItem(atPath: Self.templates, toPath: copy)
        let lesson = try String(contentsOfFile: "\(copy)/lesson.mustache", encoding: .utf8)
        try Data(("{{#open}}\n" + lesson).utf8).write(to: URL(fileURLWithPath: "\(copy)/lesson.mustache"))
        let arguments = ["check", "--content", "content", "--templates", "theme", "-q"]
        let github = try LecternProcess.run(arguments + ["--diagnostics-format", "github"], in: folder)
        #expect(github.status == 2)
        let line = try #require(github.stdout.split(separator: "\n").first)
        #expect(line.hasPrefix("::error file=theme/lesson.mustache,line="))
        #expect(line.contains(",title=lectern.template-syntax::"))
        let text = try LecternProcess.run(arguments, in: folder)
        #expect(text.status == 2)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr.hasPrefix("error: theme/lesson.mustache:"))
    }

    /// `eval --lesson` on a pipe, in a course or loose, ends at once with status 2.
    @Test func evalOnALessonThatIsAPipeEndsWithStatusTwo() throws {
        let folder = try LecternProcess.scratchFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["content/lessons/dir.md", "loose.md"] {
            #expect(mkfifo(folder.appendingPathComponent(path).path, 0o644) == 0)
            let result = try LecternProcess.run(["eval", "--lesson", path, "1"], in: folder, timeout: 30)
            #expect(result.status == 2, "\(path)")
            #expect(result.stderr == "error: cannot read lesson '\(path)'\n")
        }
    }

    @Test func anExportThatCannotBeWrittenIsAWriteDiagnostic() throws {
        var files = Self.files
        files["content/course.yml"] = Self.course.replacingOccurrences(of: ", dir]", with: "]")
        let folder = try LecternProcess.scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["export", "quizzes", "--content", "content", "--output", "missing/quizzes.json", "--diagnostics-format", "json"], in: folder)
        #expect(result.status == 2)
        let entries = try json(result.stdout)
        #expect(entries.compactMap { $0["code"] as? String } == ["lectern.write", "course.unused-tag"])
        #expect(entries.first?["file"] as? String == "missing/quizzes.json")
        #expect(result.stderr.contains("error: cannot write missing/quizzes.json: "))
    }
}
