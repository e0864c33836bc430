import Foundation
import Testing

/// `lectern export quizzes --format qti|moodle|gift`, through the real binary.
@Suite struct ExportFormatsCommandTests {
    static let course = QuizCommandTests.lesson(QuizCommandTests.checked + QuizCommandTests.unverified)

    func run(_ files: [String: String], _ arguments: [String]) throws -> (LecternProcess.Result, URL) {
        let folder = try LecternProcess.scratchFolder(files)
        return (try LecternProcess.run(arguments, in: folder), folder)
    }

    @Test func qtiGoesToTheOutputFileAsAZip() throws {
        let (result, folder) = try run(Self.course, ["export", "quizzes", "--format", "qti", "--output", "q.zip", "--variants", "5"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let zip = try Data(contentsOf: folder.appendingPathComponent("q.zip"))
        // A zip starts with a local file header, here the manifest's.
        #expect(zip.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: zip.dropFirst(30).prefix(15), as: UTF8.self) == "imsmanifest.xml")
    }

    @Test(arguments: [("moodle", "<question type=\"numerical\">"), ("gift", "{#0.5:0.05}")])
    func textFormatsGoToStandardOutput(format: String, expected: String) throws {
        let (result, folder) = try run(Self.course, ["export", "quizzes", "--format", format])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }

    @Test(arguments: ["qti", "moodle", "gift"]) func everyFormatRefusesACourseWithErrors(format: String) throws {
        let (result, folder) = try run(QuizCommandTests.lesson(QuizCommandTests.wrong),
                                       ["export", "quizzes", "--format", format, "--output", "out"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        #expect(result.stderr.contains("[quiz.wrong-key]"))
    }

    @Test func qtiRefusesATerminal() throws {
        // `script` gives the command a pseudo-terminal as standard output, as an author's shell would.
        let folder = try LecternProcess.scratchFolder(Self.course)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(try LecternProcess.binary().path)' export quizzes --format qti", "/dev/null"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("a QTI package is a zip file; give --output FILE or redirect standard output"))
        #expect(!text.contains("PK"))
    }
}
