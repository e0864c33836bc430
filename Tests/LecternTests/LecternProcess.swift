import Foundation

/// Runs the built `lectern` executable the way a user or CI would, for end-to-end tests.
///
/// The binary is looked up next to the test bundle (the products folder `swift test` builds
/// into), then in `.build/debug` of this package; `LECTERN_BINARY` overrides both.
struct LecternProcess {
    /// What one run produced.
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound([String])
        case timedOut([String])

        var description: String {
            switch self {
            case .binaryNotFound(let places): "no lectern binary in: " + places.joined(separator: ", ")
            case .timedOut(let arguments): "lectern \(arguments.joined(separator: " ")) did not finish in time"
            }
        }
    }

    /// The folder of this package (two levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `lectern` executable under test.
    static func binary() throws -> URL {
        let manager = FileManager.default
        var places: [URL] = []
        if let path = ProcessInfo.processInfo.environment["LECTERN_BINARY"] {
            places.append(URL(fileURLWithPath: path))
        }
        let folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            + Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
            + [packageRoot.appendingPathComponent(".build/debug")]
        places += folders.map { $0.appendingPathComponent("lectern") }
        if let found = places.first(where: { manager.isExecutableFile(atPath: $0.path) }) { return found }
        throw Failure.binaryNotFound(places.map(\.path))
    }

    /// A fresh temporary folder holding `files` (relative path -> contents), for a test course.
    /// The caller removes it when done (`defer { try? FileManager.default.removeItem(at: folder) }`).
    static func scratchFolder(_ files: [String: String] = [:]) throws -> URL {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("lectern-course-\(UUID().uuidString)")
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `lectern arguments` in `directory` (default: a fresh temporary folder), feeding
    /// `input` on standard input, and waits at most `timeout` seconds. A `launcher` (a program
    /// and its arguments, such as `setpriv …`) is run instead, with the binary and `arguments` after it.
    static func run(
        _ arguments: [String],
        in directory: URL? = nil,
        input: String = "",
        environment: [String: String] = [:],
        timeout: TimeInterval = 120,
        launcher: [String] = []
    ) throws -> Result {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("lectern-e2e-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }

        // Files instead of pipes: a chatty child can never block on a full pipe buffer.
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        let work = directory ?? scratch.appendingPathComponent("work")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        for url in [outURL, errURL] { manager.createFile(atPath: url.path, contents: nil) }
        try Data(input.utf8).write(to: inURL)

        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [try binary().path] + arguments
        } else {
            process.executableURL = try binary()
            process.arguments = arguments
        }
        process.currentDirectoryURL = work
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inp = try FileHandle(forReadingFrom: inURL)
        defer { try? out.close(); try? err.close(); try? inp.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw Failure.timedOut(arguments)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}
