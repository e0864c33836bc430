import Diagnostics
import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

/// A build keeps in memory only the author files its diagnostics quote (issue 13: peak memory
/// at 10,000 lessons), and renders the same site as a run that kept them all.
@Suite struct QuotedSourcesTests {
    private let fixture = Repository.fixture("basic-course")
    private var pipeline: CoursePipeline {
        CoursePipeline(contentDirectory: fixture, templatesDirectory: Repository.templates)
    }

    @Test func onlyTheQuotedLessonKeepsItsText() throws {
        let (outcome, _) = try pipeline.checkForBuild()
        let second = "\(fixture)/lessons/second.md"
        // The fixture's one diagnostic is a warning in second.md.
        #expect(outcome.quotedFiles == [second])
        #expect(outcome.sources.map(\.file) == [second])
        let kept = try String(contentsOfFile: second, encoding: .utf8)
        #expect(outcome.sources.first?.text == kept)
        let course = try #require(outcome.course)
        #expect(course.lessons.map(\.lesson.source.text) == ["", kept])
        #expect(course.course.lessons.map(\.source.text) == ["", kept])
        #expect(course.lessons.map(\.lesson.source.file) == ["\(fixture)/lessons/first.md", second])
    }

    @Test func theSiteIsTheSameAsFromACourseThatKeptEveryText() throws {
        let full = try pipeline.run()
        let (outcome, templates) = try pipeline.checkForBuild()
        let site = try SiteRenderer().render(try #require(outcome.course), templates: templates)
        #expect(site.files == full.site?.files)
        #expect(full.sources.count > outcome.sources.count)
        #expect(outcome.diagnostics == full.diagnostics)
    }

    @Test func aQuizCopyChangedNeverChangesTheOriginal() throws {
        let outcome = try CoursePipeline(contentDirectory: "\(Repository.root)/content", templatesDirectory: Repository.templates).check()
        let quizzes = try #require(outcome.course).lessons.flatMap(\.quizzes)
        let original = try #require(quizzes.first)
        var copy = original
        copy.status = original.status == .failed ? .verified : .failed
        copy.quiz.id += "-changed"
        #expect(copy.status != original.status)
        #expect(copy.quiz.id == original.quiz.id + "-changed")
        #expect(quizzes.first?.quiz.id == original.quiz.id && quizzes.first?.status == original.status)
    }
}
