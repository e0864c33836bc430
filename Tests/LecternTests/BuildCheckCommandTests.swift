import Foundation
import Testing

/// A small course in a scratch folder, run through the real `lectern` binary.
private struct CourseFolder: ~Copyable {
    let url: URL
    static let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path

    init(_ files: [String: String]) throws {
        url = try LecternProcess.scratchFolder(files)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: [String]) throws -> LecternProcess.Result {
        try LecternProcess.run(arguments + ["--templates", Self.templates], in: url)
    }

    func read(_ relative: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relative).path)
    }

    func files(under relative: String) -> [String: Data] {
        let root = url.appendingPathComponent(relative).path
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(root)/\(path)", isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = FileManager.default.contents(atPath: "\(root)/\(path)") }
        }
        return result
    }
}

private let courseYAML = "title: Tiny\nmodules:\n  - title: M\n    lessons: [a]\n"
private let clean = ["content/course.yml": courseYAML, "content/lessons/a.md": "---\ntitle: A\n---\n\nSome $x^2$ text.\n"]
private let broken = [
    "content/course.yml": "title: Tiny\ntaglin: t\nmodules:\n  - title: M\n    lessons: [a, ghost]\n",
    "content/lessons/a.md": "---\ntitle: A\n---\n\nText.\n",
]
private let warningOnly = ["content/course.yml": courseYAML, "content/lessons/a.md": "---\ntitle: A\n---\n\n# Big\n"]

@Suite struct BuildCheckCommandTests {
    @Test func checkOnACleanCourseExitsZeroWithASummary() throws {
        let course = try CourseFolder(clean)
        let result = try course.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("1 lesson, no problems\n"))
        #expect(course.read("site") == nil, "check writes nothing")
    }

    @Test func checkReportsEveryErrorInTextAndExitsOne() throws {
        let course = try CourseFolder(broken)
        let result = try course.run(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/course.yml:2:1: error: unknown key 'taglin' in course.yml [course.unknown-key]"))
        #expect(result.stderr.contains("note: did you mean 'tagline'?"))
        #expect(result.stderr.contains("content/course.yml:5:18: error: lesson 'ghost' is listed"))
        #expect(result.stderr.hasSuffix("1 lesson, 2 errors\n"))
        // Sorted by position: line 2 before line 5.
        let first = try #require(result.stderr.range(of: ":2:1:"))
        let second = try #require(result.stderr.range(of: ":5:18:"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func jsonGoesToStandardOutput() throws {
        let course = try CourseFolder(broken)
        let result = try course.run(["check", "--diagnostics-format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["code"] as? String } == ["course.unknown-key", "course.missing-lesson"])
        #expect(diagnostics.compactMap { $0["line"] as? Int } == [2, 5])
        #expect(diagnostics.compactMap { $0["column"] as? Int } == [1, 18])
    }

    @Test func githubAnnotations() throws {
        let course = try CourseFolder(broken)
        let result = try course.run(["check", "--diagnostics-format", "github"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("::error file=content/course.yml,line=2,col=1,") == true)
    }

    @Test func sarifLog() throws {
        let course = try CourseFolder(broken)
        let result = try course.run(["check", "--diagnostics-format", "sarif"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let course = try CourseFolder(warningOnly)
        let relaxed = try course.run(["check"])
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("warning:"))
        let strict = try course.run(["check", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasSuffix("1 lesson, 1 error\n"))
    }

    @Test func buildWritesTheSiteAndRebuildsIdentically() throws {
        let course = try CourseFolder(clean)
        let first = try course.run(["build"])
        #expect(first.status == 0, "\(first.stderr)")
        let written = course.files(under: "site")
        #expect(written.keys.sorted() == [
            ".lectern-site", "404.html", "assets/extras.css", "assets/extras.js", "assets/fonts/GUST-FONT-LICENSE.txt",
            "assets/fonts/README.txt", "assets/fonts/latinmodern-math.woff2", "assets/quiz.css", "assets/quiz.js",
            "assets/reader.js", "assets/search-index.js", "assets/search.js", "assets/search/d0.js", "assets/search/t0.js",
            "assets/site.css", "index.html", "lessons/a.html",
            "library.html", "search.html",
        ])
        let second = try course.run(["build"])
        #expect(second.status == 0)
        #expect(course.files(under: "site") == written)
        // The output folder's name and place do not show in the output.
        let elsewhere = try course.run(["build", "--output", "deeper/other-name"])
        #expect(elsewhere.status == 0)
        #expect(course.files(under: "deeper/other-name") == written)
        let names = try FileManager.default.contentsOfDirectory(atPath: course.url.path).sorted()
        #expect(names == ["content", "deeper", "site"], "no temporary folder is left behind")
    }

    @Test func buildWithErrorsWritesNothingAndKeepsTheOldSite() throws {
        let course = try CourseFolder(clean)
        #expect(try course.run(["build"]).status == 0)
        let before = course.files(under: "site")
        try Data(broken["content/course.yml"]!.utf8).write(to: course.url.appendingPathComponent("content/course.yml"))
        let result = try course.run(["build"])
        #expect(result.status == 1)
        #expect(course.files(under: "site") == before)
    }

    @Test func buildRefusesAFolderItDidNotCreate() throws {
        var files = clean
        files["docs/notes.txt"] = "mine"
        let course = try CourseFolder(files)
        let result = try course.run(["build", "--output", "docs"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to replace a folder Lectern did not create"))
        #expect(course.files(under: "docs") == ["notes.txt": Data("mine".utf8)])
    }

    @Test(arguments: [["check", "--bogus"], ["build", "--diagnostics-format", "xml"], ["check", "--content", "missing"]])
    func usageAndFileErrorsExitTwo(_ arguments: [String]) throws {
        let course = try CourseFolder(clean)
        let result = try course.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
    }

    @Test func timingsNameEachPass() throws {
        let course = try CourseFolder(clean)
        let result = try course.run(["build", "--timings"])
        #expect(result.status == 0)
        for pass in ["read", "load", "parse", "check", "render", "write"] {
            #expect(result.stderr.contains("timing: \(pass) "), "\(pass)")
        }
    }

    @Test func helpListsBuildAndCheck() throws {
        let result = try LecternProcess.run(["--help"])
        #expect(result.stdout.contains("build") && result.stdout.contains("check"))
    }

    /// The seed page's sigmoid formula has one `}` too many.
    @Test
    func checkReportsTheSeedsExtraBraceOnce() throws {
        let course = try CourseFolder([
            "content/course.yml": courseYAML,
            "content/lessons/a.md": "---\ntitle: Sigmoid\n---\n\nSigmoid squashes values: $$f(z) = \\frac1{1 + \\exp(-z)}}$$.\n",
        ])
        let result = try course.run(["check", "--diagnostics-format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 1)
        #expect(errors.first?["file"] as? String == "content/lessons/a.md")
        #expect(errors.first?["line"] as? Int == 5)
        #expect(errors.first?["column"] as? Int == 55)
    }
}
