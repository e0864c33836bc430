import Calc
import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// Parsing, checking and rendering over several threads writes the same site, byte for byte,
/// with the same diagnostics in the same order, as one thread does. A time limit turns a hang
/// (the failure this work once had) into a failure.
@Suite(.timeLimit(.minutes(5))) struct ParallelBuildTests {
    private func build(_ content: String, parallelism: Int) throws -> BuildOutcome {
        var pipeline = CoursePipeline(contentDirectory: content, templatesDirectory: Repository.templates)
        pipeline.parallelism = parallelism
        return try pipeline.run()
    }

    /// Every file under `folder`, by relative path.
    private func files(under folder: String) throws -> [String: Data] {
        let manager = FileManager.default
        var files: [String: Data] = [:]
        let paths = try #require(manager.subpaths(atPath: folder))
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)"))
        }
        return files
    }

    /// Builds `content` on 1 thread and on each of `threads`, writes every site with
    /// `SiteWriter`, and compares the written folders file by file and the diagnostics in order.
    private func expectSameSite(_ content: String, threads: [Int]) throws -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let scratch = try ScratchFolder()
        let one = try build(content, parallelism: 1)
        try SiteWriter(output: "\(scratch.path)/one").write(try #require(one.site))
        let expected = try files(under: "\(scratch.path)/one")
        for count in threads {
            let many = try build(content, parallelism: count)
            #expect(many.diagnostics == one.diagnostics, "diagnostics differ on \(count) threads")
            try SiteWriter(output: "\(scratch.path)/many-\(count)").write(try #require(many.site))
            let written = try files(under: "\(scratch.path)/many-\(count)")
            #expect(written.keys.sorted() == expected.keys.sorted(), "file list differs on \(count) threads")
            for (path, data) in expected where written[path] != data {
                Issue.record("\(path) differs on \(count) threads")
            }
        }
        return (expected, one.diagnostics)
    }

    @Test func theRepositoryCourseWritesTheSameFolderOnOneOrManyThreads() throws {
        let (files, _) = try expectSameSite("\(Repository.root)/content", threads: [2, 5])
        // The comparison covers real pages: every lesson, the index, the search index.
        #expect(files.keys.count { $0.hasPrefix("lessons/") && $0.hasSuffix(".html") } >= 9)
        #expect(files["index.html"] != nil && files[SearchPage.indexPath] != nil)
    }

    /// Forty lessons on disk with math, strikethrough, tables, quizzes and mistakes in every
    /// one: the site and the sorted diagnostics are the same on any number of threads.
    @Test func aCourseWithErrorsWritesTheSameFolderOnManyThreads() throws {
        let scratch = try ScratchFolder()
        let content = "\(scratch.path)/content"
        try FileManager.default.createDirectory(atPath: "\(content)/lessons", withIntermediateDirectories: true)
        for (slug, text) in Self.lessonsWithErrors {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(content)/lessons/\(slug).md"))
        }
        try Data(Self.courseYAML.utf8).write(to: URL(fileURLWithPath: "\(content)/course.yml"))
        let (files, diagnostics) = try expectSameSite(content, threads: [2, 3, 8])
        #expect(files.keys.count { $0.hasPrefix("lessons/") && $0.hasSuffix(".html") } == 40)
        #expect(files["lessons/l07.html"].map { String(decoding: $0, as: UTF8.self).contains("<del>") } == true)
        // Problems in every lesson, so the order of forty lessons' diagnostics is compared.
        #expect(Set(diagnostics.compactMap { $0.range?.file }).count >= 40)
    }

    /// Forty lessons, each with a skipped heading level (a parse diagnostic), an unknown name
    /// and a wrong quiz key (check diagnostics), ~~struck~~ text and math.
    static let lessonsWithErrors: [String: String] = {
        var lessons: [String: String] = [:]
        for index in 0..<40 {
            lessons[String(format: "l%02d", index)] = """
                ---
                title: Lesson \(index)
                ---

                ## Start

                #### Skipped \(index)

                Twice is {= \(index) * 2 } and {= missing\(index) }, ~~not \(index + 1)~~, and $x^{\(index)}$.

                | n | n² |
                |---|---:|
                | \(index) | $\(index * index)$ |

                ```quiz
                id: q\(index)
                check: \(index) + 1
                What is \(index) + 1?
                - [ ] \(index)
                - [x] \(index + 2)
                ```

                """
        }
        return lessons
    }()

    static var courseYAML: String {
        "title: C\nmodules:\n  - title: M\n    lessons: [\(lessonsWithErrors.keys.sorted().joined(separator: ", "))]\n"
    }

    /// The passes alone, before sorting: diagnostics come back in reading order on any number
    /// of threads.
    @Test func diagnosticsKeepReadingOrderOnManyThreads() throws {
        let files = ContentFiles.inMemory(courseYAML: Self.courseYAML, lessons: Self.lessonsWithErrors)
        let course = try #require(CourseLoader.load(files).0)
        let (parsedOne, parseOne) = ParsePass.run(course, parallelism: 1)
        let (checkedOne, checkOne) = CheckPass().run(parsedOne, parallelism: 1)
        // Every lesson reported something in both passes, in reading order.
        let parseFiles = parseOne.compactMap { $0.range?.file }
        #expect(Set(parseFiles).count == 40 && parseFiles == parseFiles.sorted())
        let checkFiles = checkOne.compactMap { $0.range?.file }
        #expect(Set(checkFiles).count == 40 && checkFiles == checkFiles.sorted())
        for threads in [2, 3, 8] {
            let (parsed, parseMany) = ParsePass.run(course, parallelism: threads)
            let (checked, checkMany) = CheckPass().run(parsed, parallelism: threads)
            #expect(parseMany == parseOne)
            #expect(checkMany == checkOne)
            #expect(checked.lessons.map(\.lesson.slug) == checkedOne.lessons.map(\.lesson.slug))
            #expect(checked.lessons.map(\.bindings.budget) == checkedOne.lessons.map(\.bindings.budget))
        }
    }

    /// The build budget runs out at the lesson the reading-order sum says, on any number of
    /// threads: lessons that each cost `c` under a build limit `L` stop from lesson `L / c` on.
    @Test func theBuildBudgetStopsAtTheSameLessonOnManyThreads() throws {
        func lessons(_ count: Int) throws -> ParsedCourse {
            var files: [String: String] = [:]
            for index in 0..<count {
                files[String(format: "l%02d", index)] = "---\ntitle: L\(index)\n---\n\n"
                    + String(repeating: "Sum {= sum(ones(1000)) }.\n\n", count: 5)
            }
            let slugs = files.keys.sorted().joined(separator: ", ")
            let course = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [\(slugs)]\n", lessons: files)
            return ParsePass.run(try #require(CourseLoader.load(course).0), parallelism: 1).0
        }
        // What one lesson costs, measured alone with no build limit to speak of.
        let (single, _) = CheckPass(budget: .unlimited).run(try lessons(1), parallelism: 1)
        let cost = try #require(single.lessons.first?.bindings.budget.lessonSpent)
        #expect(cost > 0)
        let limit = cost * 7 + cost / 2  // seven lessons fit, the eighth crosses the limit
        let parsed = try lessons(12)
        var reports: [[Diagnostic]] = []
        for threads in [1, 2, 4] {
            let diagnostics = CheckPass(budget: WorkBudget(lessonLimit: 10 * cost, buildLimit: limit)).run(parsed, parallelism: threads).1
            let stopped = Set(diagnostics.filter { $0.code == "calc.build-budget" }.compactMap { $0.range?.file })
            #expect(stopped == Set((7..<12).map { String(format: "content/lessons/l%02d.md", $0) }))
            reports.append(diagnostics)
        }
        #expect(reports.allSatisfy { $0 == reports[0] })
    }

    @Test func parallelMapKeepsOrder() {
        let items = Array(0..<1_000)
        for width in [1, 2, 7] {
            #expect(ParallelMap.map(items, width: width) { $0 * $0 + 1 } == items.map { $0 * $0 + 1 })
        }
        #expect(ParallelMap.map([Int](), width: 4) { $0 } == [])
    }

    @Test func backgroundQueueGivesEachItemInAnyOrderOfAsking() {
        let queue = BackgroundQueue(count: 50) { $0 * 3 + 1 }
        #expect([49, 0, 17, 17].map { queue.value(at: $0) } == [148, 1, 52, 52])
        queue.finish()
        let abandoned = BackgroundQueue(count: 1_000) { $0 }
        #expect(abandoned.value(at: 0) == 0)
        abandoned.finish(abandon: true)
        let taking = BackgroundQueue(count: 3) { $0 + 10 }
        #expect(taking.take(at: 2) == 12)
        var made: Int?
        while made == nil { made = taking.takeIfMade(at: 1) }
        #expect(made == 11)
        #expect(taking.takeIfMade(at: 1) == nil)  // handed over once
        #expect(taking.value(at: 0) == 10)
        taking.finish()
    }

    /// Pages made beside the lessons leave the sink as a serial run does (a later generator's
    /// file wins at a shared path, the generators before the lessons come first), and the
    /// failure reported is the first failing generator's, as when they run one after another.
    @Test func overlappedGeneratorsKeepTheSerialResultAndFailure() throws {
        let outcome = try build(Repository.fixture("basic-course"), parallelism: 1)
        let course = try #require(outcome.course)
        var context = try SiteRenderer().context(for: course, templates: try TemplateSet.load(from: Repository.templates))
        var probe = PathRecorder()
        context.parallelism = 1
        try LessonPages().write(in: context, to: &probe)
        let lessonPaths = probe.paths
        #expect(lessonPaths.count >= 2)
        // "b" replaces the first lesson page; many small generators make some finish mid-lessons.
        let generators: [any PageGenerator] = [FixedPages(name: "a"), LessonPages(),
                                               FixedPages(name: "b", replacing: lessonPaths[0])]
            + (0..<40).map { FixedPages(name: "m\($0)") } + [FixedPages(name: "c")]
        var serial = PathRecorder()
        try OverlappedGenerators(generators: generators, context: context).write(to: &serial)
        context.parallelism = 2
        for _ in 0..<5 {
            var overlapped = PathRecorder()
            try OverlappedGenerators(generators: generators, context: context).write(to: &overlapped)
            #expect(overlapped.files == serial.files)
            #expect(overlapped.paths.prefix(2) == ["a/1.html", "a/2.html"])
            #expect(Set(overlapped.paths).count == serial.files.count)
        }
        #expect(serial.files[lessonPaths[0]] == Data("replaced".utf8))
        #expect(serial.paths.first == "a/1.html" && serial.paths.last == "c/2.html")
        #expect(serial.paths.contains { $0.hasPrefix("lessons/") })
        for failing in [["a", "b"], ["b", "c"], ["c"]] {
            let broken: [any PageGenerator] = [FixedPages(name: "a", fails: failing.contains("a")), LessonPages(),
                                               FixedPages(name: "b", fails: failing.contains("b")),
                                               FixedPages(name: "c", fails: failing.contains("c"))]
            var sink = PathRecorder()
            #expect(throws: LecternError.io(path: failing[0], reason: "broken")) {
                try OverlappedGenerators(generators: broken, context: context).write(to: &sink)
            }
        }
    }

    /// Many tasks of Swift's cooperative pool (which has one thread per core) each waiting on
    /// a map at once: the helpers are threads of their own, so every map finishes.
    @Test func mapsFromManyTasksAtOnceAllFinish() async {
        let sums = await withTaskGroup(of: Int.self) { group in
            for task in 0..<32 {
                group.addTask { ParallelMap.map(Array(0..<200), width: 4) { $0 + task }.reduce(0, +) }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
        }
        // Σ (i + t) over i < 200 = 19,900 + 200 t.
        #expect(sums == (0..<32).map { 19_900 + 200 * $0 })
    }
}

/// Two pages under `name/` (and `replacing`, if given), or a failure naming `name`.
private struct FixedPages: PageGenerator {
    var name: String
    var fails = false
    var replacing: String?

    init(name: String, fails: Bool = false, replacing: String? = nil) {
        self.name = name
        self.fails = fails
        self.replacing = replacing
    }

    func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        if fails { throw .io(path: name, reason: "broken") }
        var pages = ["\(name)/2.html": Data("two".utf8), "\(name)/1.html": Data("one".utf8)]
        if let replacing { pages[replacing] = Data("replaced".utf8) }
        return pages
    }
}

/// The paths a sink was handed, in order, and the files it ends up with.
private struct PathRecorder: SiteSink {
    var paths: [String] = []
    var files: [String: Data] = [:]

    mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        paths.append(path)
        files[path] = data
    }
}
