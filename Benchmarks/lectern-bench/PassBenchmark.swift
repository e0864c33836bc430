import CourseKit
import CourseSite
import Foundation

/// `lectern-bench passes FOLDER [--threads 1,2] [--rounds N]`: runs the build's passes (read to
/// render, nothing written) on a course in this process with each thread count, and prints each
/// pass's best time over the rounds: the parse and check lever on its own, one binary, same run.
enum PassBenchmark {
    static func run(_ arguments: [String]) {
        guard let folder = arguments.first else {
            print("usage: lectern-bench passes FOLDER [--threads 1,2] [--rounds N]")
            return
        }
        var threads = [1, ParallelMap.defaultWidth]
        var rounds = 3
        if let index = arguments.firstIndex(of: "--threads"), index + 1 < arguments.count {
            threads = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
        }
        if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
            rounds = max(1, value)
        }
        let content = folder.hasSuffix("content") ? folder : "\(folder)/content"
        for count in threads {
            var pipeline = CoursePipeline(contentDirectory: content, templatesDirectory: "templates")
            pipeline.parallelism = count
            var best: [String: Duration] = [:]
            var order: [String] = []
            for _ in 0..<rounds {
                guard let outcome = try? pipeline.run() else {
                    print("passes: \(content) could not be built")
                    return
                }
                for timing in outcome.timings {
                    if best[timing.pass] == nil { order.append(timing.pass) }
                    best[timing.pass] = min(best[timing.pass] ?? timing.duration, timing.duration)
                }
            }
            let line = order.map { pass in
                let seconds = Double(best[pass]!.components.attoseconds) / 1e18 + Double(best[pass]!.components.seconds)
                return "\(pass) \(String(format: "%.2f", seconds)) s"
            }
            print("threads \(count): " + line.joined(separator: ", "))
        }
    }
}
