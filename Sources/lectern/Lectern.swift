import ArgumentParser
import CourseKit
import CourseSite
import Foundation

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Compile a course of Markdown lessons into a static site, proving every quiz key and worked example.",
        version: lecternVersion,
        subcommands: [
            Build.self,
            Check.self,
            Export.self,
            Serve.self,
            New.self,
            EvalCommand.self,
            ReplCommand.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2 (Lectern's convention) instead of
    /// ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
