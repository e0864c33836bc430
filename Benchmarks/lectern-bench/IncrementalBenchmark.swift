import CourseKit
import CourseSite
import Foundation
import LecternServe

/// `lectern-bench incremental LESSONS FOLDER [--edits N] [--templates PATH]`: the author's loop
/// of `lectern serve` without the watcher's quiet period (`ChangeBatcher`, 80 ms) and the
/// network. Generates the synthetic course, builds it once in the incremental driver, then
/// saves one lesson in the middle `N` times (default 20); each time it measures from the save
/// to the reload event being ready (rebuild, diff against the served site, event encoded) and
/// prints the median, the slowest and the passes' share.
enum IncrementalBenchmark {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 2, let lessons = Int(arguments[0]), lessons > 0 else {
            print("usage: lectern-bench incremental LESSONS FOLDER [--edits N] [--templates PATH]")
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[1])
        let edits = max(MathBenchmark.option("--edits", in: arguments) ?? 20, 1)
        let templatesPath = MathBenchmark.value("--templates", in: arguments) ?? "templates"
        do {
            _ = try CourseGenerator.write(lessons: lessons, to: folder)
            let templates = try TemplateSet.load(from: templatesPath)
            let course = IncrementalCourse(contentDirectory: folder.appendingPathComponent("content").path)
            let clock = ContinuousClock()
            let start = clock.now
            guard let site = try course.run(templates: templates).site else { throw LecternError.io(path: folder.path, reason: "no site") }
            print("incremental: \(lessons) lessons, first build \(milliseconds(clock.now - start)) ms")
            var served = ServedSite(files: site.files)

            let lesson = folder.appendingPathComponent("content/lessons/\(CourseGenerator.slug(lessons / 2)).md")
            let original = try String(contentsOf: lesson, encoding: .utf8)
            var times: [Double] = []
            var passes: [String: Double] = [:]
            var changedPages: [String] = []
            for edit in 1...edits {
                let saved = clock.now
                try (original + "\nSaved for the \(edit). time.\n").write(to: lesson, atomically: true, encoding: .utf8)
                let outcome = try course.run(templates: templates)
                let next = ServedSite(files: outcome.site?.files ?? [:])
                changedPages = served.changedPaths(in: next)
                served = next
                let event = ServerEvent.reload(generation: edit, changed: changedPages).wireData
                times.append(seconds(clock.now - saved) * 1000)
                precondition(!event.isEmpty && course.lastRechecked.count == 1, "the edit did not check exactly one lesson")
                for timing in outcome.timings { passes[timing.pass, default: 0] += seconds(timing.duration) * 1000 / Double(edits) }
            }
            try original.write(to: lesson, atomically: true, encoding: .utf8)
            let sorted = times.sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            print(String(format: "incremental: save → reload event ready, median of %d edits: %.1f ms (slowest %.1f ms)", edits, median, sorted.last ?? 0))
            print("incremental: mean per pass: " + ["read", "load", "parse", "check", "render"].compactMap { pass in
                passes[pass].map { String(format: "%@ %.1f ms", pass, $0) }
            }.joined(separator: ", "))
            print("incremental: the reload event names \(changedPages.count) changed site files")
        } catch {
            print("incremental: \(error)")
            exit(1)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> String { String(Int((seconds(duration) * 1000).rounded())) }
}
