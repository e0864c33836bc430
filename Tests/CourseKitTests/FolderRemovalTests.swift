import Foundation
import Testing
@testable import CourseSite

/// Removing a retired site on several threads: everything under it goes, nothing a link
/// points to does.
@Suite struct FolderRemovalTests {
    @Test func removesNestedFilesAndFoldersButNotWhatALinkPointsTo() throws {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("lectern-removal-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: base) }
        let retired = base + "/retired"
        let outside = base + "/outside"
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: outside + "/kept.txt"))
        for folder in ["", "/lessons", "/assets/search", "/tags/deep/er"] {
            try manager.createDirectory(atPath: retired + folder, withIntermediateDirectories: true)
            for number in 0..<(folder == "/lessons" ? 300 : 5) {
                try Data("page \(number)".utf8).write(to: URL(fileURLWithPath: "\(retired)\(folder)/\(number).html"))
            }
        }
        try manager.createSymbolicLink(atPath: retired + "/linked-folder", withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: retired + "/lessons/linked-file", withDestinationPath: outside + "/kept.txt")

        FolderRemoval.remove(retired)

        #expect(!manager.fileExists(atPath: retired))
        #expect(try String(contentsOfFile: outside + "/kept.txt", encoding: .utf8) == "keep")
        #expect(try manager.contentsOfDirectory(atPath: outside) == ["kept.txt"])
    }
}
