import CourseKit
import Diagnostics
import Foundation

/// The view of one lesson page (`lesson.mustache`).
package struct LessonView: Sendable {
    /// The lesson title: the page's h1.
    package var title: HTML
    /// The summary under the title, if any.
    package var summary: HTML?
    /// The module's title and number.
    package var moduleTitle: HTML
    /// 1-based module number.
    package var moduleNumber: Int
    /// 1-based position of the lesson in the course ("n" of "n / N").
    package var position: Int
    /// Number of lessons in the course ("N").
    package var total: Int
    /// The lesson's slug (`data-lesson` for progress).
    package var slug: HTML
    /// The lesson's tags.
    package var tags: [TagView]
    /// The previous lesson, if any.
    package var previous: LinkView?
    /// The next lesson, if any.
    package var next: LinkView?
    /// The rendered Markdown body.
    package var body: HTML
    /// The numbered quiz markers ("1 2 3") under the title, when the lesson has quizzes.
    package var quizSteps: HTML?
    /// Sections added after the body by `LessonPageAddOn`s.
    package var addOns: [HTML]
    /// The discussion link (lesson's, else course's).
    package var discussion: HTML?
}

/// Writes one page per lesson: `lessons/<slug>.html`.
package struct LessonPages: PageGenerator {
    /// Sections after the body.
    package var addOns: [any LessonPageAddOn]

    /// Creates the generator.
    package init(addOns: [any LessonPageAddOn] = []) {
        self.addOns = addOns
    }

    /// The lesson pages.
    package func pages(in context: RenderContext) throws(LecternError) -> [String: Data] {
        var site = Site()
        try write(in: context, to: &site)
        return site.files
    }

    /// Renders the lesson pages on up to `context.parallelism` threads and hands them to `sink`
    /// in course order: each page depends only on its lesson and the context, so the pages are
    /// the same for every number of threads.
    package func write(in context: RenderContext, to sink: inout some SiteSink) throws(LecternError) {
        let lessons = context.course.lessons
        // In batches: each batch renders on up to `context.parallelism` threads, then goes to
        // the sink in reading order while the next batch renders, so memory holds two batches
        // of pages, not the site, the sink's writing keeps no core idle, and the failure thrown
        // is the first lesson's whatever the schedule.
        let batch = max(context.parallelism, 1) * 16
        var rendered: [Result<(path: String, data: Data), LecternError>] = []
        func writeRendered() throws(LecternError) {
            for result in rendered {
                let (path, data) = try result.get()
                try sink.add(path, data)
            }
        }
        for start in stride(from: 0, to: lessons.count, by: batch) {
            let indices = Array(start..<min(start + batch, lessons.count))
            rendered = try ParallelMap.map(indices, width: context.parallelism, meanwhile: writeRendered) { [self] index in
                Result { () throws(LecternError) in try page(at: index, in: context, body: Self.body(of: lessons[index], in: context)) }
            }
        }
        try writeRendered()
    }

    /// The page of the lesson at `index` in reading order, around its already rendered `body`
    /// (`IncrementalSite` keeps bodies across rebuilds), with its site-relative path.
    package func page(at index: Int, in context: RenderContext, body: HTML) throws(LecternError) -> (path: String, data: Data) {
        let lessons = context.course.lessons
        let checked = lessons[index]
        let lesson = checked.lesson
        let path = RenderContext.lessonPath(lesson.slug)
        func link(_ other: CheckedLesson) -> LinkView {
            // Lesson pages are siblings, so a bare file name is the relative address.
            LinkView(title: .text(other.lesson.frontMatter.title), href: .text("\(other.lesson.slug).html"))
        }
        var view = LessonView(
            title: .text(lesson.frontMatter.title),
            summary: lesson.frontMatter.summary.map(HTML.text),
            moduleTitle: .text(context.course.config.modules[lesson.moduleIndex].title),
            moduleNumber: lesson.moduleIndex + 1,
            position: index + 1,
            total: lessons.count,
            slug: .text(lesson.slug),
            tags: lesson.frontMatter.tags.map { context.lessonPageTags[$0.value] ?? TagView.linked($0.value, root: "../") },
            previous: index > 0 ? link(lessons[index - 1]) : nil,
            next: index + 1 < lessons.count ? link(lessons[index + 1]) : nil,
            body: body,
            quizSteps: checked.quizzes.isEmpty ? nil
                : try context.renderer.render(QuizRenderer.steps(of: checked.quizzes), template: "partials/quiz-steps"),
            addOns: [],
            discussion: (lesson.frontMatter.discussion ?? context.course.config.discussion).map(HTML.text))
        for addOn in addOns {
            if let section = try addOn.section(for: checked, in: context) { view.addOns.append(section) }
        }
        return (path, try context.page(path, template: "lesson", view: view, title: lesson.frontMatter.title,
                                       description: lesson.frontMatter.summary))
    }

    /// The lesson's body as HTML.
    package static func body(of lesson: CheckedLesson, in context: RenderContext) -> HTML {
        var writer = context.html(forPage: RenderContext.lessonPath(lesson.lesson.slug), links: .tooltips)
        for (index, quiz) in lesson.quizzes.enumerated() {
            writer.quizNumbers[quiz.quiz.id] = (index + 1, lesson.quizzes.count)
        }
        writer.tipHolders = lesson.firstTermLinks
        return writer.render(lesson.document)
    }
}

extension LessonView: MustacheFields {
    /// The fields templates name.
    package static let mustacheFields: [String: @Sendable (LessonView) -> Any?] = [
        "title": { $0.title },
        "summary": { $0.summary },
        "moduleTitle": { $0.moduleTitle },
        "moduleNumber": { MustacheNumber($0.moduleNumber) },
        "position": { MustacheNumber($0.position) },
        "total": { MustacheNumber($0.total) },
        "slug": { $0.slug },
        "tags": { $0.tags },
        "previous": { $0.previous },
        "next": { $0.next },
        "body": { $0.body },
        "quizSteps": { $0.quizSteps },
        "addOns": { $0.addOns },
        "discussion": { $0.discussion },
    ]
}
