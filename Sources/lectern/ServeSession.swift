import CourseKit
import Diagnostics
import Foundation
import LecternServe

/// One `lectern serve` run: the first build, the server, then a rebuild per batch of changes
/// until Ctrl-C. Only this type (and `RunReporter`) prints.
struct ServeSession: Sendable {
    var options: CourseOptions
    var host: String
    var port: UInt16
    var openBrowser: Bool

    /// Serves until interrupted; returns the exit status (0 after Ctrl-C, 2 when the course
    /// cannot be read at first or the port cannot be opened).
    func run() async -> Int32 {
        let templates = options.templateSource
        let builder = ServeBuilder(content: options.content, templates: templates, strict: options.strict, jobs: options.threadCount)
        let reporter = RunReporter(options: options)
        let live = LiveSite()
        // Whether the site served is the builder's last site, so only the paths the builder says
        // it rendered need comparing; after a failed build the served site is an older one.
        var servingLastBuild = false
        do {
            servingLastBuild = try await rebuild(builder, changed: [], live: live, reporter: reporter, servingLastBuild: false)
        } catch {
            RunReporter.writeError("error: \(error)\n")
            return 2
        }
        let server: RunningServer
        do {
            server = try await RunningServer.start(PreviewServer(host: host, port: port, site: live))
        } catch {
            RunReporter.writeError("error: cannot serve on \(host):\(port): \(error)\n")
            return 2
        }
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        if !PreviewServer.isLoopback(host) {
            RunReporter.writeError("warning: serving on \(host): anyone who can reach this machine can read the course preview\n")
        }
        let folders = [options.content] + (templates.folder.map { [$0] } ?? [])
        let watch = ChangeWatch(folders: folders)
        status("serving \(address) (watching \(folders.joined(separator: ", ")) by \(watch.watcher.mode.rawValue); Ctrl-C stops)")
        if openBrowser { Self.openInBrowser(address) }
        let interrupts = onInterrupt {
            Task {
                await live.close()
                await watch.stop()
                await server.stop()
            }
        }
        for await batch in watch.batches {
            if options.verbose {
                RunReporter.writeError("changed: \(batch.sorted().joined(separator: ", "))\n")
            }
            do {
                servingLastBuild = try await rebuild(builder, changed: batch, live: live, reporter: reporter,
                                                     servingLastBuild: servingLastBuild)
            } catch {
                servingLastBuild = false
                // A broken template or an unreadable folder: show it like a content problem.
                RunReporter.writeError("error: \(error)\n")
                await live.publish(problems: [OverlayProblem(
                    severity: "error", code: LecternCodes.read, file: "", line: 0, column: 0,
                    message: "\(error)", text: "error: \(error)")])
            }
        }
        withExtendedLifetime(interrupts) {}  // the signal sources must outlive the loop (release builds free them early otherwise)
        status("stopped")
        return 0
    }

    /// Builds, then serves the new pages or, when the build failed, the problems. Returns
    /// whether the new build is served.
    private func rebuild(_ builder: ServeBuilder, changed: Set<String>, live: LiveSite, reporter: RunReporter,
                         servingLastBuild: Bool) async throws -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try builder.rebuild(changed: changed)
        let elapsed = clock.now - start
        reporter.report(outcome)
        let failed = outcome.fails(strict: options.strict)
        let first = await live.generation == 0
        if let site = outcome.site, !failed || first {
            // The first build is served even with errors: there are no good pages to keep yet.
            let render = builder.lastRender
            let pages = await live.publish(ServedSite(files: site.files), candidates: servingLastBuild ? render.candidates : nil)
            if !changed.isEmpty {
                status("rebuilt in \(Self.milliseconds(elapsed)) ms: \(builder.lastRechecked.count) lesson\(builder.lastRechecked.count == 1 ? "" : "s") checked again, \(render.rendered.count) page\(render.rendered.count == 1 ? "" : "s") rendered, \(pages.count) site files changed")
            }
        }
        if failed {
            let problems = outcome.diagnostics.filter { $0.severity == .error || options.strict && $0.severity == .warning }
            await live.publish(problems: OverlayProblem.list(problems.map(RunReporter.strictened), sources: SourceLookup(outcome.sources)))
            status(first
                ? "the course has errors: serving its pages anyway, with the problems over them"
                : "rebuild failed after \(Self.milliseconds(elapsed)) ms: serving the last good pages")
        }
        return outcome.site != nil && (!failed || first)
    }

    private func status(_ line: String) {
        if !options.quiet { RunReporter.writeError(line + "\n") }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(Int((Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded()))
    }

    /// Opens `address` with the desktop's opener; failing to open is not an error.
    static func openInBrowser(_ address: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #endif
        process.arguments = (process.executableURL?.path == "/usr/bin/env" ? ["xdg-open"] : []) + [address]
        try? process.run()
    }
}
