import Foundation
import Testing

/// `--jobs` and `LECTERN_JOBS`: the same site, byte for byte, on any number of threads, and a
/// usage error for a number that is not one.
@Suite struct JobsOptionTests {
    private static let content = LecternProcess.packageRoot.appendingPathComponent("content").path
    private static let templates = LecternProcess.packageRoot.appendingPathComponent("templates").path

    /// Every file under `folder`, by relative path.
    private func files(under folder: URL) throws -> [String: Data] {
        let manager = FileManager.default
        var result: [String: Data] = [:]
        for path in try #require(manager.subpaths(atPath: folder.path)) {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
                  !isFolder.boolValue else { continue }
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test func theRepositoryCourseBuildsTheSameOnOneOrManyJobs() throws {
        let scratch = try LecternProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let runs: [(name: String, arguments: [String], environment: [String: String])] = [
            ("one", ["--jobs", "1"], [:]),
            ("three", ["-j", "3"], [:]),
            ("env", [], ["LECTERN_JOBS": "2"]),
        ]
        var sites: [String: [String: Data]] = [:]
        for run in runs {
            let result = try LecternProcess.run(
                ["build", "--content", Self.content, "--templates", Self.templates, "--output", run.name, "--quiet"]
                    + run.arguments, in: scratch, environment: run.environment)
            #expect(result.status == 0, "\(run.name): \(result.stderr)")
            sites[run.name] = try files(under: scratch.appendingPathComponent(run.name))
        }
        let one = try #require(sites["one"])
        #expect(one.keys.contains("lessons/relu.html") && one.count > 20)
        #expect(sites["three"] == one)
        #expect(sites["env"] == one)
    }

    @Test func aNumberBelowOneIsAUsageError() throws {
        let zero = try LecternProcess.run(["check", "--content", Self.content, "--jobs", "0"])
        #expect(zero.status == 2, "\(zero.stderr)")
        #expect(zero.stderr.contains("--jobs needs a number of threads"))
        let word = try LecternProcess.run(["check", "--content", Self.content], environment: ["LECTERN_JOBS": "many"])
        #expect(word.status == 2, "\(word.stderr)")
        #expect(word.stderr.contains("LECTERN_JOBS needs a number of threads"))
    }
}
