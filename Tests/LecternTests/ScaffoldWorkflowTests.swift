import Foundation
import Testing
import Yams

/// The GitHub Actions workflow `lectern new` writes cannot run here, so this checks all of it
/// that can be checked without GitHub: it is YAML with the triggers and permissions meant,
/// every `lectern` command line in it runs cleanly on the new course, failures come out as
/// annotations on the author's files, and Pages is published with the official actions from
/// main only.
@Suite struct ScaffoldWorkflowTests {
    /// A course made by `lectern new` in a scratch folder, with its workflow parsed.
    private struct Scaffold {
        var folder: URL
        var course: URL
        var workflow: Node

        init() throws {
            folder = try LecternProcess.scratchFolder()
            let result = try LecternProcess.run(["new", "course", "--title", "Workflow course"], in: folder)
            try #require(result.status == 0, "\(result)")
            course = folder.appendingPathComponent("course")
            let text = try String(contentsOf: course.appendingPathComponent(".github/workflows/lectern.yml"), encoding: .utf8)
            workflow = try #require(try Yams.compose(yaml: text))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        var jobs: Node.Mapping { workflow["jobs"]?.mapping ?? [:] }

        func steps(of job: String) -> [Node] { jobs[job]?["steps"]?.sequence.map(Array.init) ?? [] }

        /// Every `run:` script's lines that call lectern, split into arguments.
        var lecternCommands: [[String]] {
            var commands: [[String]] = []
            for job in jobs.values {
                let steps: [Node] = job["steps"]?.sequence.map(Array.init) ?? []
                for script in steps.compactMap({ $0["run"]?.string }) {
                    for line in script.split(separator: "\n") {
                        let trimmed = line.trimmingCharacters(in: .whitespaces)
                        if trimmed.hasPrefix("lectern ") { commands.append(trimmed.split(separator: " ").map(String.init)) }
                    }
                }
            }
            return commands
        }
    }

    @Test func theWorkflowRunsOnPullRequestsAndPushesToMain() throws {
        let scaffold = try Scaffold()
        defer { scaffold.remove() }
        let triggers = try #require(scaffold.workflow["on"]?.mapping)
        #expect(triggers["pull_request"] != nil)
        #expect(triggers["push"]?["branches"]?.sequence?.compactMap(\.string) == ["main"])
        // Jobs get only reading rights unless they say more.
        let permissions = try #require(scaffold.workflow["permissions"]?.mapping)
        #expect(permissions.keys.compactMap(\.string) == ["contents"])
        #expect(permissions["contents"]?.string == "read")
    }

    @Test func everyLecternCommandOfTheWorkflowRunsCleanlyOnTheNewCourse() throws {
        let scaffold = try Scaffold()
        defer { scaffold.remove() }
        let commands = scaffold.lecternCommands
        #expect(commands.map { $0.dropFirst().first } == ["check", "build"])
        for command in commands {
            // The split above is only honest for plain words.
            #expect(!command.joined().contains { "\"'$\\`".contains($0) }, "\(command)")
            #expect(command.joined(separator: " ").contains("--diagnostics-format github"), "\(command): no annotations")
            let result = try LecternProcess.run(Array(command.dropFirst()), in: scaffold.course)
            #expect(result.status == 0, "\(command.joined(separator: " ")): \(result)")
            #expect(!result.stdout.contains("::error") && !result.stdout.contains("::warning"), "\(result)")
        }
        #expect(FileManager.default.fileExists(atPath: scaffold.course.appendingPathComponent("site/index.html").path),
                "the build step does not write the folder the upload step publishes")
        let upload = try #require(scaffold.steps(of: "course").first { $0["uses"]?.string?.hasPrefix("actions/upload-pages-artifact@") == true })
        #expect(upload["with"]?["path"]?.string == "site")
    }

    @Test func aMistakeBecomesAnAnnotationOnTheAuthorsFile() throws {
        let scaffold = try Scaffold()
        defer { scaffold.remove() }
        let lesson = scaffold.course.appendingPathComponent("content/lessons/first-steps.md")
        let text = try String(contentsOf: lesson, encoding: .utf8)
        try (text + "\nA broken formula: $\\frac{1}{$.\n").write(to: lesson, atomically: true, encoding: .utf8)
        let check = try #require(scaffold.lecternCommands.first { $0.dropFirst().first == "check" })
        let result = try LecternProcess.run(Array(check.dropFirst()), in: scaffold.course)
        #expect(result.status != 0)
        // Relative to the repository's root, where the workflow runs, so GitHub puts it on the line.
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(result.stdout.contains("::error file=content/lessons/first-steps.md,line=\(line),"), "\(result)")
    }

    @Test func pagesArePublishedFromMainOnlyWithTheOfficialActions() throws {
        let scaffold = try Scaffold()
        defer { scaffold.remove() }
        let onMain = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
        let publish = try #require(scaffold.jobs["publish"])
        #expect(publish["if"]?.string == onMain)
        #expect(publish["needs"]?.string == "course")
        let permissions = try #require(publish["permissions"]?.mapping)
        #expect(Set(permissions.keys.compactMap(\.string)) == ["pages", "id-token"])
        #expect(permissions["pages"]?.string == "write" && permissions["id-token"]?.string == "write")
        #expect(publish["environment"]?["name"]?.string == "github-pages")
        #expect(scaffold.steps(of: "publish").compactMap { $0["uses"]?.string } == ["actions/configure-pages@v5", "actions/deploy-pages@v4"])
        // The deploy step's id is the one the environment's URL reads.
        #expect(publish["environment"]?["url"]?.string == "${{ steps.deploy.outputs.page_url }}")
        #expect(scaffold.steps(of: "publish").last?["id"]?.string == "deploy")

        for (name, job) in scaffold.jobs where name.string != "publish" {
            #expect(job["permissions"] == nil, "job \(name.string ?? "") asks for more than reading")
        }
        // Building and uploading the site happen on main only; the check on pull requests.
        for step in scaffold.steps(of: "course") {
            let command = step["run"]?.string ?? step["uses"]?.string ?? ""
            if command.hasPrefix("lectern build") || command.hasPrefix("actions/upload-pages-artifact@") {
                #expect(step["if"]?.string == onMain, "\(command)")
            }
            if command.hasPrefix("lectern check") {
                #expect(step["if"]?.string == "github.event_name == 'pull_request'")
            }
        }
        let actions = ["course", "publish"].flatMap { scaffold.steps(of: $0).compactMap { $0["uses"]?.string } }
        for action in actions {
            #expect(action.hasPrefix("actions/") && action.range(of: #"@v[0-9]+$"#, options: .regularExpression) != nil,
                    "\(action) is not an official action pinned to a major version")
        }
    }

    @Test func theContainerAndInstallStepMatchThePackage() throws {
        let scaffold = try Scaffold()
        defer { scaffold.remove() }
        let manifest = try String(contentsOf: LecternProcess.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let container = try #require(scaffold.jobs["course"]?["container"]?.string)
        #expect(container.hasPrefix("swift:"))
        let image = try #require(Self.version(container.dropFirst("swift:".count)))
        let tools = try #require(manifest.range(of: #"swift-tools-version: ?[0-9.]+"#, options: .regularExpression)
            .flatMap { Self.version(manifest[$0].split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) })
        #expect(image.lexicographicallyPrecedes(tools) == false, "the image's Swift \(image) is older than the manifest's \(tools)")

        let install = try #require(scaffold.steps(of: "course").compactMap { $0["run"]?.string }.first { $0.contains("swift build") })
        // The system library's apt providers in Package.swift are what the step installs.
        let providers = try #require(manifest.range(of: #"\.apt\(\[[^\]]*\]\)"#, options: .regularExpression).map { String(manifest[$0]) })
        let packages = providers.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(!packages.isEmpty)
        for package in packages { #expect(install.contains(package), "the install step misses \(package)") }
        #expect(install.contains("--product lectern"))
        #expect(manifest.contains(#".executable(name: "lectern""#))
    }

    /// `6.3` as `[6, 3]`; nil when it is not a dotted number.
    private static func version(_ text: some StringProtocol) -> [Int]? {
        let parts = text.split(separator: ".").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }
}
