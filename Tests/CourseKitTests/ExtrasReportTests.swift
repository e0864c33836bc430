import Testing
@testable import CourseKit

@Suite struct ExtrasReportTests {
    @Test func theReportCountsTermsAndQuestionsAndWhichLessonsUseThem() throws {
        // The fixture defines three terms (one unlinked) and two questions (one listed by a lesson).
        let outcome = try #require(ExtrasFixture.outcome)
        #expect(outcome.reportLines.contains("glossary: 3 terms, 2 linked; faq: 2 entries, 1 on lessons"),
                "\(outcome.reportLines)")
    }

    @Test func aCourseWithoutGlossaryOrFAQAddsNoLine() throws {
        let files = ContentFiles.inMemory(courseYAML: "title: C\nmodules:\n  - title: M\n    lessons: [a]\n",
                                          lessons: ["a": "---\ntitle: A\n---\nBody.\n"])
        let (parsed, _) = ParsePass.run(try #require(CourseLoader.load(files).0))
        let (checked, _) = CheckPass().run(parsed)
        #expect(checked.extrasReportLine == nil)
        #expect(checked.reportLines.isEmpty)
    }
}
