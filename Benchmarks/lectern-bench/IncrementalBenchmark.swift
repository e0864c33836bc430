import CourseKit
import CourseSite
import Foundation
import LecternServe

/// `lectern-bench incremental LESSONS FOLDER [--edits N] [--templates PATH]`: the author's loop
/// of `lectern serve` without the network. Generates the synthetic course, builds it once in the
/// incremental driver, then saves one lesson in the middle `N` times (default 20); each time it
/// measures from the save to the reload event being ready (rebuild, diff against the served site
/// as `lectern serve` does, event encoded) and prints the median and the slowest, that median
/// plus the watcher's quiet period (`ChangeBatcher.defaultQuiet`, which serve waits before it
/// rebuilds), the median of each step (read, load, parse, check, render, diff) and what the last
/// edit rendered.
enum IncrementalBenchmark {
    /// The steps timed, in order; all but `diff` are the driver's passes.
    static let steps = ["read", "load", "parse", "check", "render", "diff"]

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
            print("incremental: \(lessons) lessons, \(site.files.count) site files, first build \(milliseconds(clock.now - start)) ms")
            var served = ServedSite(files: site.files)

            let lesson = folder.appendingPathComponent("content/lessons/\(CourseGenerator.slug(lessons / 2)).md")
            let original = try String(contentsOf: lesson, encoding: .utf8)
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var stepTimes: [String: [Double]] = [:]
            var changedPages: [String] = []
            for edit in 1...edits {
                let saved = clock.now
                let cpuStart = processCPUMilliseconds()
                try (original + "\nSaved for the \(edit). time.\n").write(to: lesson, atomically: true, encoding: .utf8)
                let outcome = try course.run(templates: templates)
                let diffStart = clock.now
                let next = ServedSite(files: outcome.site?.files ?? [:])
                // As `lectern serve` does: only the paths the driver rendered can differ.
                changedPages = served.changedPaths(in: next, among: course.lastRender.candidates)
                served = next
                let event = ServerEvent.reload(generation: edit, changed: changedPages).wireData
                let end = clock.now
                times.append(seconds(end - saved) * 1000)
                cpuTimes.append(processCPUMilliseconds() - cpuStart)
                precondition(!event.isEmpty && course.lastRechecked.count == 1, "the edit did not check exactly one lesson")
                for timing in outcome.timings { stepTimes[timing.pass, default: []].append(seconds(timing.duration) * 1000) }
                stepTimes["diff", default: []].append(seconds(end - diffStart) * 1000)
            }
            try original.write(to: lesson, atomically: true, encoding: .utf8)
            print(String(format: "incremental: save → reload event ready, median of %d edits: %.1f ms (slowest %.1f ms)",
                         edits, median(times), times.max() ?? 0))
            let quiet = seconds(ChangeBatcher.defaultQuiet) * 1000
            print(String(format: "incremental: with the watcher's %.0f ms quiet period, save → reload event: %.1f ms",
                         quiet, median(times) + quiet))
            // The wall time waits for the cores the machine's other work holds; the CPU time of the
            // process is what the edit itself costs.
            print(String(format: "incremental: CPU time of the process per edit, median: %.1f ms", median(cpuTimes)))
            print("incremental: median per step: " + steps.compactMap { step in
                stepTimes[step].map { String(format: "%@ %.1f ms", step, median($0)) }
            }.joined(separator: ", "))
            let report = course.lastRender
            print("incremental: the last edit read \(course.lastRead.count) file(s), checked \(course.lastRechecked.joined(separator: ", ")), "
                + "rendered \(report.rendered.count) site file(s) (\(report.rendered.joined(separator: ", "))); "
                + "the reload event names \(changedPages.count): \(changedPages.joined(separator: ", "))")
        } catch {
            print("incremental: \(error)")
            exit(1)
        }
    }

    /// User and system CPU time the process has used so far, in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func ms(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// The middle value of `values` (the mean of the two middle ones for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> String { String(Int((seconds(duration) * 1000).rounded())) }
}
