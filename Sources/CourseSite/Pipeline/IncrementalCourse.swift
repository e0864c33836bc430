import Calc
import CourseKit
import Diagnostics
import Foundation

/// The course driver of the author's loop (`lectern serve`, `lectern check --watch`): runs the
/// same passes as `CoursePipeline`, but keeps what each pass made between runs and does again
/// only what a change can affect: files are read again only when their `FileStamp` changed,
/// front matter only when its file's text did, a lesson is parsed and checked again only when
/// its text changed, and a page is rendered again only when its inputs changed
/// (`IncrementalSite`).
///
/// What a lesson's trees depend on decides what is kept: its own text, and `course.yml`, the
/// glossary and the FAQ (HTML allowance, glossary links, FAQ ids). Those are compared by
/// content on every run, so the result never depends on how the watcher named a change; when
/// one of the three differs, every lesson is parsed and checked again. The course-wide rules
/// (`CourseRules`) always run on the whole course, from what each lesson's check kept for them
/// (its quiz ids), so a save does not copy every quiz of the course. The outcome equals a full
/// build's (the test `IncrementalCourseTests` compares diagnostics and site bytes).
///
/// Owned by one command and used from one task; not shared.
package final class IncrementalCourse {
    /// One lesson's trees and problems, valid while its file has `text`.
    private struct Entry {
        var text: String
        var parsed: ParsedLesson
        var parseDiagnostics: [Diagnostic]
        /// Nil until checked.
        var checked: CheckedLesson?
        var checkDiagnostics: [Diagnostic]
        /// What the course-wide quiz id rule reads of `checked` (`CourseRules.quizIDs(of:)`).
        var quizIDs: [QuizIDUse]
        /// Build units spent before the lesson was checked, what it spent, and whether a limit
        /// refused it work: with these a kept lesson is known to check the same after an
        /// earlier lesson spends more or less.
        var spentBefore: Int
        var spent: Int
        var refused: Bool
        /// Changes whenever `checked` is replaced, so the Render pass knows which trees are new.
        var revision: Int
    }

    /// The course-wide inputs every lesson tree depends on.
    private struct Shared: Equatable {
        var courseFile: String?
        var glossary: String?
        var faq: String?
    }

    /// The content folder.
    package let contentDirectory: String
    /// The Check pass (strictness and Calc budget).
    package let checks: CheckPass
    /// The Render pass, with the pages it keeps.
    package let site: IncrementalSite
    /// How many threads parse changed lessons; the outcome is the same for every number.
    package var parallelism = ParallelMap.defaultWidth

    private var shared: Shared?
    private var sharedRevision = 0
    private var nextRevision = 0
    private var readMemo = ContentReader.ReadMemo()
    private var loadMemo = CourseLoader.LoadMemo()
    private var entries: [String: Entry] = [:]
    private var glossaryAndFAQ: (ParsedCourse, [Diagnostic])?
    private var checkedNotes: ([CheckedGlossaryEntry], [CheckedFAQEntry], [Diagnostic])?

    /// What the last run re-parsed and re-checked, by slug (for the CLI's status line and tests).
    package private(set) var lastRechecked: [String] = []
    /// The files the last run read from disk (the others were unchanged), as paths.
    package var lastRead: [String] { readMemo.lastRead }
    /// What the last run's Render pass rendered and which site paths may have changed.
    package var lastRender: IncrementalSite.Report { site.lastReport }

    /// Creates a driver with nothing kept yet.
    package init(contentDirectory: String, checks: CheckPass = CheckPass(), renderer: SiteRenderer = SiteRenderer()) {
        self.contentDirectory = contentDirectory
        self.checks = checks
        site = IncrementalSite(renderer: renderer)
    }

    /// Reads the content folder and runs every pass, reusing the trees of unchanged lessons.
    /// - Parameter templates: the templates to render with; nil checks without rendering.
    /// - Throws: `LecternError` for unreadable folders and broken templates; content mistakes
    ///   are diagnostics in the outcome.
    package func run(templates: TemplateSet?) throws(LecternError) -> BuildOutcome {
        let clock = ContinuousClock()
        var timings: [PassTiming] = []
        var start = clock.now
        func lap(_ pass: String) {
            timings.append(PassTiming(pass: pass, duration: clock.now - start))
            start = clock.now
        }
        let files: ContentFiles
        do {
            files = try ContentReader(directory: contentDirectory, parallelism: parallelism).read(reusing: &readMemo)
        } catch {
            // An unreadable folder must not leave a memo that claims files are known.
            readMemo = ContentReader.ReadMemo()
            throw error
        }
        lap("read")
        let sources = [files.courseFile, files.glossary, files.faq].compactMap { $0 }
            + files.lessons.keys.sorted().compactMap { files.lessons[$0] }
        var diagnostics = DiagnosticBag()
        let (loaded, loadDiagnostics) = CourseLoader.load(files, reusing: &loadMemo)
        diagnostics.append(contentsOf: loadDiagnostics)
        diagnostics.append(contentsOf: templates?.refused.map { $0.diagnostic() } ?? [])
        lap("load")
        guard let course = loaded else {
            forget()
            return BuildOutcome(diagnostics: diagnostics.sorted, course: nil, site: nil, lessonCount: 0,
                                sources: sources, timings: timings)
        }
        let now = Shared(courseFile: files.courseFile?.text, glossary: files.glossary?.text, faq: files.faq?.text)
        if now != shared {
            forget()
            sharedRevision += 1
        }
        shared = now

        let (glossary, glossaryDiagnostics) = parsedGlossaryAndFAQ(course)
        parseLessons(course)
        // The diagnostics are gathered in `CoursePipeline`'s order, so ties sort the same.
        for lesson in course.lessons { diagnostics.append(contentsOf: entries[lesson.slug]?.parseDiagnostics ?? []) }
        diagnostics.append(contentsOf: glossaryDiagnostics)
        lap("parse")
        let (checked, checkDiagnostics) = checkLessons(course, glossary: glossary)
        diagnostics.append(contentsOf: checkDiagnostics)
        lap("check")
        var site: Site?
        if let templates {
            let revisions = IncrementalSite.Revisions(
                shared: sharedRevision, lessons: entries.mapValues(\.revision))
            site = try self.site.render(checked, templates: templates, revisions: revisions)
            lap("render")
        }
        return BuildOutcome(diagnostics: diagnostics.sorted, course: checked, site: site,
                            lessonCount: course.lessons.count, sources: sources, timings: timings)
    }

    private func newRevision() -> Int {
        nextRevision += 1
        return nextRevision
    }

    /// Drops every kept tree (a course-wide input changed).
    private func forget() {
        entries = [:]
        glossaryAndFAQ = nil
        checkedNotes = nil
    }

    /// The glossary and FAQ, parsed once per content of the three course-wide files.
    private func parsedGlossaryAndFAQ(_ course: Course) -> (ParsedCourse, [Diagnostic]) {
        if let glossaryAndFAQ { return glossaryAndFAQ }
        let result = ParsePass.run(Course(config: course.config, lessons: [], glossary: course.glossary, faq: course.faq))
        glossaryAndFAQ = result
        return result
    }

    /// Every lesson's parse, new for the lessons whose text changed (the others' entries stay
    /// as they are; their check is decided in `checkLessons`).
    private func parseLessons(_ course: Course) {
        var changed: [Lesson] = []
        var listed = Set<String>()
        listed.reserveCapacity(course.lessons.count)
        for lesson in course.lessons {
            listed.insert(lesson.slug)
            // Same text: the same trees, at the lesson's possibly new place in the course. Updated
            // in place, as copying every entry on every run is not free.
            if let position = entries.index(forKey: lesson.slug), entries.values[position].text == lesson.source.text {
                entries.values[position].parsed.lesson = lesson
                entries.values[position].checked?.lesson = lesson
            } else {
                changed.append(lesson)
            }
        }
        let allowHTML = course.config.allowHTML
        let parses = ParallelMap.map(changed, width: parallelism) { ParsePass.parse($0, allowHTML: allowHTML) }
        for (lesson, (parsed, found)) in zip(changed, parses) {
            entries[lesson.slug] = Entry(text: lesson.source.text, parsed: parsed, parseDiagnostics: found, checked: nil,
                                         checkDiagnostics: [], quizIDs: [], spentBefore: 0, spent: 0, refused: false,
                                         revision: newRevision())
        }
        // Every listed lesson has an entry now; any other entry is of a lesson no longer listed.
        if entries.count != listed.count { entries = entries.filter { listed.contains($0.key) } }
    }

    /// Checks the lessons in reading order, as `CheckPass.run` does, re-checking a lesson only
    /// when it was re-parsed or when the Calc work spent before it changed and might change
    /// what it may compute; then the glossary and FAQ entries and the course-wide rules.
    private func checkLessons(_ course: Course, glossary parsed: ParsedCourse) -> (CheckedCourse, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var budget = checks.budget
        var rechecked: [String] = []
        var lessons: [CheckedLesson] = []
        var quizIDs: [[QuizIDUse]] = []
        for lesson in course.lessons {
            guard var entry = entries[lesson.slug] else { continue }
            budget.startLesson()
            let before = budget.buildSpent
            let fits = !entry.refused && before + entry.spent <= budget.buildLimit
            if let kept = entry.checked, entry.spentBefore == before || fits {
                // Kept: the same work fits in what is left, so the lesson checks the same.
                budget.spend(entry.spent)
                lessons.append(kept)
            } else {
                let (checked, found) = checks.check(entry.parsed, glossary: parsed.glossary, faq: parsed.faq, budget: budget)
                budget = checked.bindings.budget
                entry.checked = checked
                entry.checkDiagnostics = found
                entry.quizIDs = CourseRules.quizIDs(of: checked)
                entry.spent = budget.lessonSpent
                entry.refused = budget.exhausted != nil
                entry.revision = newRevision()
                rechecked.append(lesson.slug)
                lessons.append(checked)
            }
            if entry.spentBefore != before || rechecked.last == lesson.slug {
                // Written back only when changed: copying every entry on every run is not free.
                // (Nothing else holds `entries` here, so the write does not copy the dictionary.)
                entry.spentBefore = before
                entries[lesson.slug] = entry
            }
            diagnostics += entry.checkDiagnostics
            quizIDs.append(entry.quizIDs)
        }
        lastRechecked = rechecked
        let (glossaryEntries, faqEntries, found) = checkedGlossaryAndFAQ(parsed)
        diagnostics += found
        let users = CheckPass.linking(glossaryEntries, from: lessons)
        let course = CheckedCourse(course: course, lessons: lessons, glossary: parsed.glossary,
                                   glossaryEntries: users, faq: parsed.faq, faqEntries: faqEntries)
        diagnostics += CourseRules.report(course, quizIDs: quizIDs)
        return (course, diagnostics)
    }

    /// The glossary definitions and FAQ answers checked as `CheckPass.run` checks them, once
    /// per content of the course-wide files (which lessons link a term is filled in per run).
    private func checkedGlossaryAndFAQ(_ parsed: ParsedCourse) -> ([CheckedGlossaryEntry], [CheckedFAQEntry], [Diagnostic]) {
        if let checkedNotes { return checkedNotes }
        let checked = checks.checkGlossaryAndFAQ(parsed)
        checkedNotes = checked
        return checked
    }
}
