import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// `lectern build` renders straight into the writer's temporary folder (issue 13): the bytes are
/// those of a render into memory, and a failure half-way keeps the previous site.
@Suite struct StreamingWriteTests {
    private func files(under folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for case let relative as String in manager.enumerator(atPath: folder)! {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: "\(folder)/\(relative)", isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = manager.contents(atPath: "\(folder)/\(relative)")
            }
        }
        return result
    }

    @Test func streamedSiteIsByteIdenticalToTheSiteInMemory() throws {
        let outcome = try CoursePipeline(contentDirectory: ExtrasFixture.directory, templatesDirectory: Repository.templates).run()
        let course = try #require(outcome.course)
        let templates = try TemplateSet.load(from: Repository.templates)
        let inMemory = try SiteRenderer().render(course, templates: templates)
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        let sizes = try SiteWriter(output: output).write { (sink: inout FolderSink) throws(LecternError) in
            try SiteRenderer().render(course, templates: templates, into: &sink)
        }
        var expected = inMemory.files
        expected[SiteWriter.markerName] = Data(SiteWriter.markerText.utf8)
        #expect(files(under: output) == expected)
        #expect(sizes == expected.mapValues(\.count))
        #expect(inMemory.files.keys.contains { $0.hasPrefix("lessons/") } && inMemory.files.count > 20)
    }

    @Test func aFailureHalfWayKeepsThePreviousSite() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write(Site(files: ["index.html": Data("old".utf8)]))
        #expect(throws: LecternError.self) {
            try SiteWriter(output: output).write { (sink: inout FolderSink) throws(LecternError) in
                try sink.add("index.html", Data("new".utf8))
                try sink.add("lessons/a.html", Data("half".utf8))
                throw LecternError.missingTemplate(name: "lesson", directory: "templates")
            }
        }
        #expect(scratch.read("site/index.html") == Data("old".utf8))
        #expect(scratch.read("site/lessons/a.html") == nil)
        #expect(scratch.listing("") == ["site"])
    }

    @Test func aFileWrittenTwiceKeepsItsLastContent() throws {
        let scratch = try ScratchFolder()
        let output = "\(scratch.path)/site"
        try SiteWriter(output: output).write { (sink: inout FolderSink) throws(LecternError) in
            try sink.add("a/b.html", Data("first".utf8))
            try sink.add("a/b.html", Data("second".utf8))
        }
        #expect(scratch.read("site/a/b.html") == Data("second".utf8))
    }
}
