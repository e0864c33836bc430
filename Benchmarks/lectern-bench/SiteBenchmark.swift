import Foundation

/// `lectern-bench site [LESSONS] [--rounds N] [--lectern PATH] [--templates PATH] [--keep]`: builds one
/// synthetic course with `lectern build` and, on the same Markdown, with `mkdocs build` and
/// with `pandoc` (one process per lesson, as a Makefile would run it), and prints the times
/// and the ratios. A peer that is not installed is reported as skipped. `--keep` leaves the
/// generated course and the three outputs in place for inspection.
enum SiteBenchmark {
    static func run(_ arguments: [String]) {
        let lessons = arguments.first.flatMap { Int($0) } ?? 200
        let rounds = max(MathBenchmark.option("--rounds", in: arguments) ?? 3, 1)
        let binaryFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let lectern = MathBenchmark.value("--lectern", in: arguments) ?? "\(binaryFolder)/lectern"
        let templates = MathBenchmark.value("--templates", in: arguments) ?? "templates"

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lectern-site-bench-\(ProcessInfo.processInfo.processIdentifier)")
        let keep = arguments.contains("--keep")
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        do { try writeCourse(lessons: lessons, to: folder) } catch {
            print("site: cannot write the synthetic course: \(error)")
            return
        }
        print("site: \(lessons) generated lessons (see CourseGenerator) in \(folder.path)")

        var times: [(tool: String, seconds: Double)] = []
        if FileManager.default.isExecutableFile(atPath: lectern), FileManager.default.fileExists(atPath: templates) {
            let best = bestOf(rounds) { round in
                run(lectern, ["build", "--content", folder.appendingPathComponent("content").path, "--templates", templates,
                              "--output", folder.appendingPathComponent("out-lectern-\(round)").path])
            }
            if let best {
                print(String(format: "lectern build (best of %d):            %8.3f s", rounds, best))
                print("  Lectern does strictly more: it also runs every quiz check and worked example,")
                print("  converts the math to MathML and writes the search index, glossary and library pages.")
                times.append(("lectern", best))
            } else {
                print("lectern build failed on the synthetic course; run it by hand on \(folder.path)")
            }
        } else {
            print("skipped: lectern not built at \(lectern) (swift build -c release --product lectern), or no \(templates) folder")
        }

        if let mkdocs = which("mkdocs") {
            let best = bestOf(rounds) { round in
                run(mkdocs, ["build", "--quiet", "--config-file", folder.appendingPathComponent("mkdocs.yml").path,
                             "--site-dir", folder.appendingPathComponent("out-mkdocs-\(round)").path])
            }
            if let best {
                print(String(format: "mkdocs build (best of %d):             %8.3f s", rounds, best))
                print("  mkdocs's Markdown has no math: it copies $…$ through as text.")
                times.append(("mkdocs", best))
            } else {
                print("mkdocs build failed on the synthetic course")
            }
        } else {
            print("skipped: mkdocs not installed")
        }

        if let pandoc = which("pandoc") {
            // One pandoc process per lesson, one after the other, like `make -j1` over the files;
            // a single run, since a round takes many seconds.
            let output = folder.appendingPathComponent("out-pandoc")
            try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let seconds = bestOf(1) { _ in
                (0..<lessons).allSatisfy { index in
                    run(pandoc, ["--mathml", "-s", "-f", "markdown", "-t", "html5",
                                 folder.appendingPathComponent("content/lessons/\(slug(index)).md").path,
                                 "-o", output.appendingPathComponent("\(slug(index)).html").path])
                }
            }
            if let seconds {
                print(String(format: "pandoc --mathml -s (one process per lesson): %8.3f s", seconds))
                times.append(("pandoc", seconds))
            } else {
                print("pandoc failed on the synthetic course")
            }
        } else {
            print("skipped: pandoc not installed")
        }

        guard let ours = times.first(where: { $0.tool == "lectern" })?.seconds else { return }
        for peer in times where peer.tool != "lectern" {
            print(String(format: "Lectern is %.1f× faster than %@", peer.seconds / ours, peer.tool))
        }
    }

    /// The fastest of `rounds` timed runs of `body`, or nil if any run fails.
    static func bestOf(_ rounds: Int, _ body: (Int) -> Bool) -> Double? {
        var best = Double.infinity
        let clock = ContinuousClock()
        for round in 0..<rounds {
            var succeeded = false
            let duration = clock.measure { succeeded = body(round) }
            guard succeeded else { return nil }
            best = min(best, MathBenchmark.seconds(duration))
        }
        return best
    }

    /// Runs `executable` with its output discarded; true when it exits with status 0.
    static func run(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The path of `tool` on `PATH`, if any.
    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func slug(_ index: Int) -> String { CourseGenerator.slug(index) }

    /// Writes the generated course (`CourseGenerator`) and an `mkdocs.yml` with the same
    /// navigation over its lessons.
    static func writeCourse(lessons: Int, to folder: URL) throws {
        try CourseGenerator.write(lessons: lessons, to: folder)
        var mkdocs = "site_name: Synthetic Course\ndocs_dir: content/lessons\nnav:\n"
        for start in stride(from: 0, to: lessons, by: CourseGenerator.moduleSize) {
            let members = (start..<min(start + CourseGenerator.moduleSize, lessons)).map(slug)
            mkdocs += "  - Module \(start / CourseGenerator.moduleSize + 1):\n" + members.map { "    - \($0).md\n" }.joined()
        }
        try mkdocs.write(to: folder.appendingPathComponent("mkdocs.yml"), atomically: true, encoding: .utf8)
    }
}
