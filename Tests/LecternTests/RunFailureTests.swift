import CourseKit
import Diagnostics
import Testing

@testable import lectern

/// Each `LecternError` as the two forms the CLI prints: the text line it always printed, and the
/// diagnostic of the machine formats.
@Suite struct RunFailureTests {
    @Test func anIOErrorIsAReadOrWriteDiagnosticAtItsPath() {
        let error = LecternError.io(path: "site", reason: "cannot create the folder: denied")
        let read = RunFailure(error, stage: .reading)
        #expect(read.text == "site: cannot create the folder: denied")
        #expect(read.diagnostic == Diagnostic(.error, code: "lectern.read", message: "cannot create the folder: denied",
                                              range: nil, path: "site"))
        #expect(RunFailure(error, stage: .writing).diagnostic.code == "lectern.write")
    }

    @Test func aMissingTemplateNamesTheFileItLooksFor() {
        let failure = RunFailure(.missingTemplate(name: "tag", directory: "theme"), stage: .reading)
        #expect(failure.text == "theme/tag.mustache: missing template 'tag'")
        #expect(failure.diagnostic.code == "lectern.missing-template")
        #expect(failure.diagnostic.file == "theme/tag.mustache")
        #expect(failure.diagnostic.range == nil)
    }

    @Test func aTemplateSyntaxErrorKeepsItsPosition() {
        let failure = RunFailure(.templateSyntax(path: "theme/lesson.mustache", line: 3, column: 7, reason: "unclosed section"),
                                 stage: .reading)
        #expect(failure.text == "theme/lesson.mustache:3:7: template error: unclosed section")
        #expect(failure.diagnostic.code == "lectern.template-syntax")
        #expect(failure.diagnostic.range?.start == SourceLocation(file: "theme/lesson.mustache", line: 3, column: 7))
        #expect(failure.diagnostic.message == "unclosed section")
    }

    @Test func aFolderLecternDidNotWriteIsNotASite() {
        let failure = RunFailure(.notALecternSite(path: "docs", marker: ".lectern-site"), stage: .writing)
        #expect(failure.diagnostic.code == "lectern.not-a-site")
        #expect(failure.diagnostic.path == "docs")
        #expect(failure.diagnostic.notes.map(\.message) == ["choose another --output or empty the folder"])
    }
}
