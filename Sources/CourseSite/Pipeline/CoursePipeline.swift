import CourseKit
import Diagnostics
import Foundation

/// How long one pass took, for `--timings`.
package struct PassTiming: Sendable, Hashable {
    /// The pass (`read`, `load`, `parse`, `check`, `render`, `write`).
    package var pass: String
    /// Wall-clock time.
    package var duration: Duration

    /// Records a pass's time.
    package init(pass: String, duration: Duration) {
        self.pass = pass
        self.duration = duration
    }
}

/// What running the passes on a course gave: the checked course (and, for a build, the site),
/// every diagnostic, and what the CLI reports.
package struct BuildOutcome: Sendable {
    /// Every diagnostic of the run, sorted by file and position, duplicates removed.
    package var diagnostics: [Diagnostic]
    /// The checked course; nil when there was no course to check.
    package var course: CheckedCourse?
    /// The built site; nil for `check`, or when there was no course to build.
    package var site: Site?
    /// Number of lessons loaded.
    package var lessonCount: Int
    /// Every author file read, for quoting lines in diagnostics.
    package var sources: [SourceText]
    /// Time of each pass so far.
    package var timings: [PassTiming]

    /// Lines the checks want printed before the summary.
    package var reportLines: [String] { course?.reportLines ?? [] }

    /// Whether the run found errors (or, with `strict`, warnings).
    package func fails(strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

/// The one course driver: runs Read → Load → Parse → Check (→ Render) on a content folder, for
/// `build`, `check`, `export`, `eval --lesson` and `repl --lesson` alike.
///
/// The passes are pure; this type only adds the reading of files at the start and the clock.
/// Writing is separate (`SiteWriter`).
package struct CoursePipeline: Sendable {
    /// The content folder (`content`).
    package var contentDirectory: String
    /// The templates folder (`templates`); only `build` reads it.
    package var templatesDirectory: String
    /// The Check pass to run.
    package var checks = CheckPass()
    /// The Render pass to run.
    package var renderer = SiteRenderer()
    /// Templates already in memory (the ones built into `lectern`); when set, the templates
    /// folder is not read.
    package var templateSet: TemplateSet?
    /// How many threads parse, check and render lessons (`lectern build --jobs`); the output is
    /// the same, byte for byte, for every number.
    package var parallelism = ParallelMap.defaultWidth

    /// Creates a pipeline over two folders.
    package init(contentDirectory: String, templatesDirectory: String) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
    }

    /// Runs every pass but rendering and writing.
    /// - Parameter progress: told the name of each pass as it starts (the CLI's progress line).
    /// - Throws: `LecternError` for unreadable folders; content mistakes are diagnostics.
    package func check(progress: @Sendable (String) -> Void = { _ in }) throws(LecternError) -> BuildOutcome {
        try run(readTemplates: false, render: false, progress: progress).outcome
    }

    /// Runs every pass but rendering and writing, with the templates read (a template that a
    /// symbolic link takes out of its folder is reported with the content mistakes), for a
    /// build that renders straight into the output (`render(_:templates:into:)`). Only the
    /// author files a diagnostic quotes keep their text (`dropUnquotedSources()`).
    /// - Throws: `LecternError` for unreadable folders and broken or missing templates.
    package func checkForBuild(progress: @Sendable (String) -> Void = { _ in }) throws(LecternError)
        -> (outcome: BuildOutcome, templates: TemplateSet) {
        var pipeline = self
        let loaded = try loadTemplates()
        // With threads to spare, parsed into a library while the passes run: rendering then
        // starts with it made.
        let templates = parallelism > 1 ? loaded.compilingAhead() : loaded
        pipeline.templateSet = templates
        var outcome = try pipeline.run(readTemplates: true, render: false, progress: progress).outcome
        outcome.dropUnquotedSources()
        return (outcome, templates)
    }

    /// Renders a checked course into `sink`, lessons on `parallelism` threads.
    /// - Throws: `LecternError.missingTemplate` or `.templateSyntax`; whatever `sink` throws.
    package func render(_ course: CheckedCourse, templates: TemplateSet, into sink: inout some SiteSink) throws(LecternError) {
        var renderer = renderer
        renderer.parallelism = parallelism
        try renderer.render(course, templates: templates, into: &sink)
    }

    /// Runs every pass but writing.
    /// - Throws: `LecternError` for unreadable folders and broken or missing templates;
    ///   content mistakes are diagnostics in the outcome.
    package func run(progress: @Sendable (String) -> Void = { _ in }) throws(LecternError) -> BuildOutcome {
        try run(readTemplates: true, render: true, progress: progress).outcome
    }

    private func run(readTemplates: Bool, render: Bool, progress: @Sendable (String) -> Void) throws(LecternError)
        -> (outcome: BuildOutcome, templates: TemplateSet?) {
        var timings: [PassTiming] = []
        let clock = ContinuousClock()
        func timed<T>(_ pass: String, _ body: () throws(LecternError) -> T) throws(LecternError) -> T {
            progress(pass)
            let start = clock.now
            let result = try body()
            timings.append(PassTiming(pass: pass, duration: clock.now - start))
            return result
        }
        // Yams' defaults are made on a thread of their own during Read, not when Load starts.
        let yamlReady = parallelism > 1 ? BackgroundQueue(count: 1) { _ in YAMLDocument.prepare() } : nil
        defer { yamlReady?.finish() }
        let (files, templates) = try timed("read") { () throws(LecternError) in
            (try ContentReader(directory: contentDirectory, parallelism: parallelism).read(),
             readTemplates ? try loadTemplates() : nil)
        }
        var diagnostics = DiagnosticBag()
        let sources = [files.courseFile, files.glossary, files.faq].compactMap { $0 }
            + files.lessons.keys.sorted().compactMap { files.lessons[$0] }
        var loaded: Course?
        let loadDiagnostics: [Diagnostic]
        (loaded, loadDiagnostics) = try timed("load") { CourseLoader.load(files, parallelism: parallelism) }
        diagnostics.append(contentsOf: loadDiagnostics)
        diagnostics.append(contentsOf: templates?.refused.map { $0.diagnostic() } ?? [])
        guard let lessonCount = loaded?.lessons.count else {
            return (BuildOutcome(diagnostics: diagnostics.sorted, course: nil, site: nil, lessonCount: 0,
                                 sources: sources, timings: timings), templates)
        }
        // Each pass gets the only reference to its input, so that what it no longer needs is
        // freed as it goes: the lessons' bodies once parsed, each parsed tree once checked.
        var parsed: ParsedCourse?
        let parseDiagnostics: [Diagnostic]
        (parsed, parseDiagnostics) = try timed("parse") {
            let handedOver = loaded.take()!
            return ParsePass.run(handedOver, parallelism: parallelism)
        }
        diagnostics.append(contentsOf: parseDiagnostics)
        let (checked, checkDiagnostics) = try timed("check") {
            let handedOver = parsed.take()!
            return checks.run(handedOver, parallelism: parallelism)
        }
        diagnostics.append(contentsOf: checkDiagnostics)
        var site: Site?
        if render, let templates {
            site = try timed("render") { () throws(LecternError) in
                var memory = Site()
                try self.render(checked, templates: templates, into: &memory)
                return memory
            }
        }
        return (BuildOutcome(diagnostics: diagnostics.sorted, course: checked, site: site,
                             lessonCount: lessonCount, sources: sources, timings: timings), templates)
    }

    /// The templates the Render pass uses: `templateSet`, else the templates folder read now.
    /// - Throws: `LecternError` for an unreadable folder or a broken template.
    package func loadTemplates() throws(LecternError) -> TemplateSet {
        if let templateSet { return templateSet }
        return try TemplateSet.load(from: templatesDirectory)
    }
}
