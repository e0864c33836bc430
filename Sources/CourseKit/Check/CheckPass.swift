import Calc
import Diagnostics
import LecternMarkdown

/// The Check pass: checks every lesson with its own `LessonChecker`, then the glossary
/// definitions and FAQ answers the same way, then the rules that span the course. Pure.
package struct CheckPass: Sendable {
    /// Whether quizzes without `check:` are errors (`--strict`).
    package var strict: Bool
    /// The Calc work a lesson and the whole build may do (README, "Security model").
    package var budget: WorkBudget

    /// Creates the pass.
    package init(strict: Bool = false, budget: WorkBudget = .standard) {
        self.strict = strict
        self.budget = budget
    }

    /// Checks `parsed`; every lesson is checked even after errors in others. The lessons share
    /// one build budget of Calc work, drawn in reading order so the outcome is deterministic;
    /// each lesson also has its own.
    package func run(_ parsed: ParsedCourse) -> (CheckedCourse, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var budget = self.budget
        let lessons = parsed.lessons.map { lesson in
            budget.startLesson()
            let (checked, found) = check(lesson, glossary: parsed.glossary, faq: parsed.faq, budget: budget)
            budget = checked.bindings.budget
            diagnostics += found
            return checked
        }
        let (definitions, faqEntries, found) = checkGlossaryAndFAQ(parsed)
        diagnostics += found
        let glossaryEntries = Self.linking(definitions, from: lessons)
        let course = CheckedCourse(course: parsed.course, lessons: lessons, glossary: parsed.glossary,
                                   glossaryEntries: glossaryEntries, faq: parsed.faq, faqEntries: faqEntries)
        diagnostics += CourseRules.report(course)
        return (course, diagnostics)
    }

    /// The glossary definitions and FAQ answers of `parsed`, each checked with a checker of its
    /// own; which lessons link each term is left for `linking(_:from:)`.
    package func checkGlossaryAndFAQ(_ parsed: ParsedCourse) -> ([CheckedGlossaryEntry], [CheckedFAQEntry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let glossaryEntries = parsed.glossaryEntries.map { entry in
            var checker = LessonChecker(glossary: parsed.glossary, strict: strict)
            let definition = checker.check(entry.definition)
            diagnostics += checker.diagnostics
            return CheckedGlossaryEntry(entry: entry.entry, definition: definition, lessons: [])
        }
        let faqEntries = parsed.faqEntries.map { entry in
            var checker = LessonChecker(glossary: parsed.glossary, strict: strict)
            let answer = checker.check(entry.answer)
            diagnostics += checker.diagnostics
            return CheckedFAQEntry(entry: entry.entry, answer: answer)
        }
        return (glossaryEntries, faqEntries, diagnostics)
    }

    /// `entries` with the positions (reading order) of the lessons that link each term.
    package static func linking(_ entries: [CheckedGlossaryEntry], from lessons: [CheckedLesson]) -> [CheckedGlossaryEntry] {
        entries.map { entry in
            var linked = entry
            linked.lessons = lessons.indices.filter { lessons[$0].termsUsed.contains(entry.entry.slug) }
            return linked
        }
    }

    /// Checks one lesson against the course's glossary and FAQ: what `lectern serve` re-runs
    /// when the lesson changes, and what `eval --lesson` runs.
    package func check(_ lesson: ParsedLesson, glossary: Glossary, faq: FAQ,
                       budget: WorkBudget? = nil) -> (CheckedLesson, [Diagnostic]) {
        var checker = LessonChecker(glossary: glossary, strict: strict, interpreter: Interpreter(budget: budget ?? self.budget))
        let document = checker.check(lesson.document)
        var diagnostics = checker.diagnostics
        for id in lesson.lesson.frontMatter.faq where faq.entry(id: id.value) == nil {
            diagnostics.append(faq.unknownID(id.value, at: id.range))
        }
        let checked = CheckedLesson(lesson: lesson.lesson, document: document, quizzes: checker.quizzes,
                                    quizCounts: checker.quizCounts, exampleCounts: checker.exampleCounts,
                                    termsUsed: checker.termsUsed, bindings: checker.interpreter,
                                    firstTermLinks: checker.firstTermLinks)
        return (checked, diagnostics)
    }
}

/// The rules that span lessons, each reporting only: quiz ids unique in the course (progress
/// is stored by id), every glossary term linked from some lesson, every course tag carried by
/// some lesson.
package enum CourseRules {
    /// The problems of `course` as a whole.
    package static func report(_ course: CheckedCourse) -> [Diagnostic] {
        var diagnostics = QuizID.duplicates(in: course.lessons.flatMap { $0.quizzes.map(\.quiz) })
        diagnostics += UnusedTags.warnings(in: course.course)
        if course.hasGlossary {
            let used = course.lessons.reduce(into: Set<String>()) { $0.formUnion($1.termsUsed) }
            diagnostics += course.glossary.unusedWarnings(used: used)
        }
        return diagnostics
    }
}
