import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct TemplateSetTests {
    @Test func anAssetLinkedOutOfTheFolderIsRefused() throws {
        let scratch = try ScratchFolder()
        let templates = "\(scratch.path)/templates"
        try FileManager.default.createDirectory(atPath: "\(templates)/assets", withIntermediateDirectories: true)
        try Data("<p>{{title}}</p>".utf8).write(to: URL(fileURLWithPath: "\(templates)/page.mustache"))
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/assets/passwd.css", withDestinationPath: "/etc/passwd")
        let set = try TemplateSet.load(from: templates)
        #expect(set.assets["passwd.css"] == nil)
        #expect(set.templates["page"] == "<p>{{title}}</p>")
        #expect(set.refused == [RefusedPath(path: "\(templates)/assets/passwd.css", folder: templates)])
        let diagnostic = set.refused[0].diagnostic()
        #expect(diagnostic.code == "course.outside-folder")
        #expect(diagnostic.range?.start == SourceLocation(file: "\(templates)/assets/passwd.css", line: 1, column: 1))
    }

    @Test func aFolderLinkedOutOfTheTemplatesIsNotWalked() throws {
        let scratch = try ScratchFolder()
        let templates = "\(scratch.path)/templates"
        try FileManager.default.createDirectory(atPath: "\(templates)/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/assets/etc", withDestinationPath: "/etc")
        let set = try TemplateSet.load(from: templates)
        #expect(set.assets.isEmpty)
        #expect(set.refused == [RefusedPath(path: "\(templates)/assets/etc", folder: templates)])
    }

    @Test func linksInsideTheFolderAreCopiedAsAssets() throws {
        let scratch = try ScratchFolder()
        let templates = "\(scratch.path)/templates"
        try FileManager.default.createDirectory(atPath: "\(templates)/assets", withIntermediateDirectories: true)
        try Data("x{}".utf8).write(to: URL(fileURLWithPath: "\(templates)/assets/site.css"))
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/assets/alias.css", withDestinationPath: "site.css")
        let set = try TemplateSet.load(from: templates)
        #expect(set.assets["alias.css"] == Data("x{}".utf8))
        #expect(set.refused.isEmpty)
    }
}
