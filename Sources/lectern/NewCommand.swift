import ArgumentParser
import Foundation

/// `lectern new PATH`: a working course to start from.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new course in an empty folder.",
        discussion: """
            Writes a small course that builds cleanly with `lectern build --strict`: \
            content/course.yml, two short lessons (math, an inline computed value, a checked \
            quiz, a worked example and a plot), a glossary and a FAQ with one entry each, the \
            default templates in templates/, a .gitignore for the built site and a GitHub \
            Actions workflow (.github/workflows/lectern.yml) that checks pull requests and \
            publishes the site to GitHub Pages from main. The folder must be new or empty. \
            Exit status: 0 created, 2 the folder is not empty or cannot be written.

            Examples:
              lectern new my-course
              lectern new my-course --title "Linear algebra for programmers"
            """)

    @Argument(help: ArgumentHelp("The folder to create the course in (example: my-course).", valueName: "path"))
    var path: String

    @Option(name: .long, help: ArgumentHelp(
        "The course title (example: --title \"Linear algebra\"); the folder's name by default.", valueName: "text"))
    var title: String?

    func validate() throws {
        if path.isEmpty { throw ValidationError("new needs a folder.") }
        if title?.trimmingCharacters(in: .whitespaces).isEmpty == true { throw ValidationError("--title needs text.") }
    }

    func run() throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                RunReporter.writeError("error: \(path) exists and is not a folder; lectern new needs a new or empty folder\n")
                throw ExitCode(2)
            }
            let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            guard entries.isEmpty else {
                RunReporter.writeError("error: \(path) is not empty; lectern new only writes into a new or empty folder\n")
                throw ExitCode(2)
            }
        }
        let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        let files = CourseScaffold(title: title ?? name).files()
        do {
            for (relative, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        } catch {
            RunReporter.writeError("error: cannot write the course into \(path): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        print("""
            created a course in \(path) (\(files.count) files). Next:
              cd \(path)
              lectern serve      # preview at http://127.0.0.1:8000/, rebuilt as you save
              lectern build      # write the site into site/
            """)
    }
}
