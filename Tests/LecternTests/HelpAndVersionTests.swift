import CourseKit
import Testing

@Suite struct HelpAndVersionTests {
    /// Lectern's subcommands; each has its own help and is listed in the root help.
    static let knownSubcommands = ["build", "check", "eval", "repl", "export", "serve", "new"]

    @Test func helpExitsCleanlyAndDescribesTheTool() throws {
        let result = try LecternProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lectern"))
        #expect(result.stdout.contains("--version"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: knownSubcommands)
    func helpListsEverySubcommand(name: String) throws {
        let sub = try LecternProcess.run([name, "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("USAGE: lectern \(name)"))
        let help = try LecternProcess.run(["--help"])
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        #expect(help.stdout.split(separator: "\n").contains { $0.trimmingPrefixSpaces.hasPrefix(name + " ") || $0.trimmingPrefixSpaces == name })
    }

    @Test func versionPrintsTheLibraryVersion() throws {
        let result = try LecternProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == lecternVersion + "\n")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try LecternProcess.run(["--no-such-option"])
        // DESIGN.md wants 2 for usage errors, not ArgumentParser's 64 (EX_USAGE).
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }
}

private extension Substring {
    var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}
