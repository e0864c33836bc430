import ArgumentParser
import CourseKit
import Foundation
import LecternServe

/// `lectern serve`: a live preview of the course while it is being written.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the course in a browser, rebuilding and reloading as you save.",
        discussion: """
            Builds the course in memory (never into site/), serves it over HTTP and watches \
            the content and templates folders. Saving a file rebuilds the course and reloads the \
            open pages that changed; many files saved at once cause one rebuild. When a rebuild \
            finds errors the last good pages stay up and every open page shows the problems \
            (file, line, column, message and the source line) in an overlay that goes away once \
            they are fixed; the terminal prints the same diagnostics. Ctrl-C stops the server.

            Examples:
              lectern serve
              lectern serve --port 8080 --open
              lectern serve --host 0.0.0.0   (reachable from other machines: prints a warning)
            """)

    @OptionGroup var options: CourseOptions

    @Option(name: .long, help: ArgumentHelp("The TCP port to listen on (example: --port 8080).", valueName: "n"))
    var port = 8000

    @Option(name: .long, help: ArgumentHelp(
        "The address to listen on; the default only accepts this machine (example: --host 0.0.0.0).",
        valueName: "address"))
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Open the course in the default browser once it is served.")
    var open = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        if host.isEmpty { throw ValidationError("--host needs an address.") }
        if options.diagnosticsFormat != .text {
            throw ValidationError("serve prints diagnostics for people; --diagnostics-format is for check and build.")
        }
    }

    func run() throws {
        let session = ServeSession(options: options, host: host, port: UInt16(port), openBrowser: open)
        let status = blockingRun { await session.run() }
        if status != 0 { throw ExitCode(status) }
    }
}
