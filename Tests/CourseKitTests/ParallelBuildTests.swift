import Calc
import Diagnostics
import Foundation
import Testing
@testable import CourseKit

/// Parsing and checking over several threads builds the same site, byte for byte, with the same
/// diagnostics in the same order, as one thread does.
@Suite struct ParallelBuildTests {
    private func build(_ content: String, parallelism: Int) throws -> BuildOutcome {
        var pipeline = CoursePipeline(contentDirectory: content, templatesDirectory: Repository.templates)
        pipeline.parallelism = parallelism
        return try pipeline.run()
    }

    @Test func theRepositoryCourseBuildsTheSameOnOneOrManyThreads() throws {
        let content = "\(Repository.root)/content"
        let one = try build(content, parallelism: 1)
        let site = try #require(one.site)
        #expect(one.lessonCount >= 9)
        #expect(site.files.keys.contains { $0.hasPrefix("lessons/") && $0.hasSuffix(".html") })
        for threads in [2, 5] {
            let many = try build(content, parallelism: threads)
            #expect(many.diagnostics == one.diagnostics)
            #expect(many.site?.paths == site.paths)
            for path in site.paths {
                #expect(many.site?.files[path] == site.files[path], "\(path) differs on \(threads) threads")
            }
        }
    }

    /// A generated course with problems in many lessons: diagnostics from parsing (skipped
    /// heading levels) and from checking (wrong quiz keys, unknown names) in every lesson.
    @Test func diagnosticsKeepReadingOrderOnManyThreads() throws {
        var lessons: [String: String] = [:]
        for index in 0..<40 {
            lessons[String(format: "l%02d", index)] = """
                ---
                title: Lesson \(index)
                ---

                ## Start

                #### Skipped \(index)

                Twice is {= \(index) * 2 } and {= missing\(index) }.

                ```quiz
                id: q\(index)
                check: \(index) + 1
                What is \(index) + 1?
                - [ ] \(index)
                - [x] \(index + 2)
                ```

                """
        }
        let slugs = lessons.keys.sorted().joined(separator: ", ")
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [\(slugs)]\n", lessons: lessons)
        let course = try #require(CourseLoader.load(files).0)
        let (parsedOne, parseOne) = ParsePass.run(course, parallelism: 1)
        let (checkedOne, checkOne) = CheckPass().run(parsedOne, parallelism: 1)
        // Every lesson reported something in both passes, in reading order.
        let parseFiles = parseOne.compactMap { $0.range?.file }
        #expect(Set(parseFiles).count == 40 && parseFiles == parseFiles.sorted())
        #expect(Set(checkOne.compactMap { $0.range?.file }).count == 40)
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
}
