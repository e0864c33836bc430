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
    /// each lesson also has its own. Lessons are checked on up to `parallelism` threads, with
    /// the same lessons and diagnostics, in the same order, for every number (see
    /// `checkLessons`).
    ///
    /// Each lesson's parsed tree is dropped as soon as the lesson is checked, so a caller that
    /// hands over its only copy of `parsed` never holds every parsed and every checked tree at
    /// once.
    package func run(_ parsed: consuming ParsedCourse, parallelism: Int = ParallelMap.defaultWidth) -> (CheckedCourse, [Diagnostic]) {
        let parsedLessons = parsed.lessons
        parsed.lessons = []
        let memo = MathMemo()
        // The glossary's and FAQ's checks depend on no lesson: with threads to spare they run
        // beside the lessons' instead of after them.
        let notes = parsed
        let notesAhead = parallelism > 1 ? BackgroundQueue(count: 1) { _ in checkGlossaryAndFAQ(notes, memo: memo) } : nil
        let results = checkLessons(parsedLessons, glossary: parsed.glossary, faq: parsed.faq,
                                   allowHTML: parsed.course.config.allowHTML, memo: memo, parallelism: parallelism)
        let lessons = results.map(\.0)
        var diagnostics = results.flatMap(\.1)
        let (definitions, faqEntries, found) = notesAhead.map { ahead in
            defer { ahead.finish() }
            return ahead.value(at: 0)
        } ?? checkGlossaryAndFAQ(parsed, memo: memo)
        diagnostics += found
        let glossaryEntries = Self.linking(definitions, from: lessons)
        let course = CheckedCourse(course: parsed.course, lessons: lessons, glossary: parsed.glossary,
                                   glossaryEntries: glossaryEntries, faq: parsed.faq, faqEntries: faqEntries)
        diagnostics += CourseRules.report(course)
        return (course, diagnostics)
    }

    /// The glossary definitions and FAQ answers of `parsed`, each checked with a checker of its
    /// own; which lessons link each term is left for `linking(_:from:)`.
    package func checkGlossaryAndFAQ(_ parsed: ParsedCourse, memo: MathMemo? = nil) -> ([CheckedGlossaryEntry], [CheckedFAQEntry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let glossaryEntries = parsed.glossaryEntries.map { entry in
            var checker = LessonChecker(glossary: parsed.glossary, strict: strict)
            checker.mathMemo = memo
            let definition = checker.check(entry.definition)
            diagnostics += checker.diagnostics
            return CheckedGlossaryEntry(entry: entry.entry, definition: definition, lessons: [])
        }
        let faqEntries = parsed.faqEntries.map { entry in
            var checker = LessonChecker(glossary: parsed.glossary, strict: strict)
            checker.mathMemo = memo
            let answer = checker.check(entry.answer)
            diagnostics += checker.diagnostics
            return CheckedFAQEntry(entry: entry.entry, answer: answer)
        }
        return (glossaryEntries, faqEntries, diagnostics)
    }

    /// `entries` with the positions (reading order) of the lessons that link each term.
    package static func linking(_ entries: [CheckedGlossaryEntry], from lessons: [CheckedLesson]) -> [CheckedGlossaryEntry] {
        // One pass over the lessons' terms instead of one per entry over every lesson.
        var users: [String: [Int]] = [:]
        for (position, lesson) in lessons.enumerated() {
            for slug in lesson.termsUsed { users[slug, default: []].append(position) }
        }
        return entries.map { entry in
            var linked = entry
            linked.lessons = users[entry.entry.slug] ?? []
            return linked
        }
    }

    /// Checks every lesson in two steps, so that the result cannot depend on the schedule:
    ///
    /// 1. Each lesson alone, in parallel, with its lesson budget and a build budget nothing
    ///    has been drawn from: a pure function of the lesson.
    /// 2. In reading order, each lesson's recorded work is drawn from the build budget
    ///    (`WorkBudget.spend`, as its doc advises for parallel lessons). A lesson whose check
    ///    alone stayed inside both limits and whose work still fits the build's keeps that
    ///    check; any other lesson (one that ran out of its own budget, or every lesson from the
    ///    one that crosses the build's limit on) is checked again here, serially, with the
    ///    build budget as drawn so far: exactly the old serial check.
    ///
    /// Both steps depend only on the lessons, never on how many threads ran step 1. A kept
    /// check ran every recorded request inside both limits, so drawing its total from the
    /// build budget refuses nothing the serial check would have let through; the one
    /// difference from a purely serial check is that an unrecorded trial evaluation (a quiz
    /// key compared, `Interpreter.evaluate`) is held to the lesson's share only.
    ///
    /// Step 1 consumes the parsed lessons (each tree is freed once checked); a lesson checked
    /// again in step 2 is parsed again from its source (`Lesson.body(of:)`), which gives the
    /// same tree, since the Parse pass is a pure function of the lesson and `allowHTML`.
    func checkLessons(_ lessons: consuming [ParsedLesson], glossary: Glossary, faq: FAQ, allowHTML: Bool,
                      memo: MathMemo, parallelism: Int) -> [(CheckedLesson, [Diagnostic])] {
        let fresh = WorkBudget(lessonLimit: budget.lessonLimit, buildLimit: budget.buildLimit)
        let alone = ParallelMap.consumingMap(lessons, width: parallelism) { lesson in
            check(lesson, glossary: glossary, faq: faq, budget: fresh, mathMemo: memo)
        }
        var drawn = budget
        return alone.indices.map { index in
            drawn.startLesson()
            var (checked, diagnostics) = alone[index]
            var after = drawn
            let own = checked.bindings.budget
            if own.exhausted == nil, after.spend(own.lessonSpent) == nil {
                checked.bindings.budget = after
            } else {
                var lesson = checked.lesson
                lesson.body = Lesson.body(of: lesson.source)
                let reparsed = ParsePass.parse(lesson, allowHTML: allowHTML).0
                (checked, diagnostics) = check(reparsed, glossary: glossary, faq: faq, budget: drawn, mathMemo: memo)
            }
            drawn = checked.bindings.budget
            return (checked, diagnostics)
        }
    }

    /// Checks one lesson against the course's glossary and FAQ: what `lectern serve` re-runs
    /// when the lesson changes, and what `eval --lesson` runs. `mathMemo` shares formula
    /// conversions with the other lessons of a whole-course check.
    package func check(_ lesson: ParsedLesson, glossary: Glossary, faq: FAQ,
                       budget: WorkBudget? = nil, mathMemo: MathMemo? = nil) -> (CheckedLesson, [Diagnostic]) {
        var checker = LessonChecker(glossary: glossary, strict: strict, interpreter: Interpreter(budget: budget ?? self.budget))
        checker.mathMemo = mathMemo
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
        report(course, quizIDs: course.lessons.map(quizIDs(of:)))
    }

    /// `report(_:)` with each lesson's `quizIDs(of:)` given, in reading order (`lectern serve`
    /// keeps them for the lessons a save did not change).
    package static func report(_ course: CheckedCourse, quizIDs: [[QuizIDUse]]) -> [Diagnostic] {
        var diagnostics = QuizID.duplicates(in: Array(quizIDs.joined()))
        diagnostics += UnusedTags.warnings(in: course.course)
        if course.hasGlossary {
            let used = course.lessons.reduce(into: Set<String>()) { $0.formUnion($1.termsUsed) }
            diagnostics += course.glossary.unusedWarnings(used: used)
        }
        return diagnostics
    }

    /// What the quiz id rule reads of `lesson`'s quizzes.
    package static func quizIDs(of lesson: CheckedLesson) -> [QuizIDUse] {
        lesson.quizzes.map { QuizIDUse($0.quiz) }
    }
}
