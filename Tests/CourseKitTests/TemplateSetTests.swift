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
        var message = ""
        do { _ = try TemplateSet.load(from: templates) } catch { message = error.description }
        #expect(message.hasPrefix("\(templates)/assets/passwd.css: refusing a file outside the templates folder"))
    }

    @Test func aFolderLinkedOutOfTheTemplatesIsNotWalked() throws {
        let scratch = try ScratchFolder()
        let templates = "\(scratch.path)/templates"
        try FileManager.default.createDirectory(atPath: "\(templates)/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/assets/etc", withDestinationPath: "/etc")
        var message = ""
        do { _ = try TemplateSet.load(from: templates) } catch { message = error.description }
        #expect(message.contains("refusing a folder outside the templates folder"))
    }

    @Test func linksInsideTheFolderAreCopiedAsAssets() throws {
        let scratch = try ScratchFolder()
        let templates = "\(scratch.path)/templates"
        try FileManager.default.createDirectory(atPath: "\(templates)/assets", withIntermediateDirectories: true)
        try Data("x{}".utf8).write(to: URL(fileURLWithPath: "\(templates)/assets/site.css"))
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/assets/alias.css", withDestinationPath: "site.css")
        let set = try TemplateSet.load(from: templates)
        #expect(set.assets["alias.css"] == Data("x{}".utf8))
    }
}
