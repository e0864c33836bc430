import CourseKit
import Testing

@Suite struct HelpAndVersionTests {
    /// Subcommands Lectern has or will have; the help must list each one the binary accepts.
    static let knownSubcommands = ["build", "check", "eval", "repl", "export", "serve", "new"]

    @Test func helpExitsCleanlyAndDescribesTheTool() throws {
        let result = try LecternProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lectern"))
        #expect(result.stdout.contains("--version"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: knownSubcommands)
    func helpListsEverySubcommandPresent(name: String) throws {
        let sub = try LecternProcess.run([name, "--help"])
        guard sub.status == 0, sub.stdout.contains("lectern \(name)") else { return }
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
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        // DESIGN.md wants 2 for usage errors; ArgumentParser's own default is 64 (EX_USAGE)
        // until the root command maps it.
        withKnownIssue("usage errors should exit 2", isIntermittent: true) {
            #expect(result.status == 2)
        }
    }
}

private extension Substring {
    var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}
