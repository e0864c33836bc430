import ArgumentParser
import CourseKit

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Compile a course of Markdown lessons into a static site, proving every quiz key and worked example.",
        version: lecternVersion,
        subcommands: [EvalCommand.self, ReplCommand.self]
    )
}
