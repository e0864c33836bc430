import Diagnostics
import LecternMarkdown

/// The Load pass: validates `ContentFiles` into a `Course`. Pure; every problem is a diagnostic.
package enum CourseLoader {
    /// Loads `files`. Returns nil only when there is no usable `course.yml`; otherwise a course
    /// with every lesson that exists, even when some of them have errors.
    /// Front matters are read on up to `parallelism` threads; the result is the same for every width.
    package static func load(_ files: ContentFiles, parallelism: Int = ParallelMap.defaultWidth) -> (Course?, [Diagnostic]) {
        var memo = LoadMemo()
        return load(files, reusing: &memo, parallelism: parallelism)
    }

    /// What an earlier load read from unchanged text: `course.yml`'s configuration and each
    /// lesson's front matter, keyed by the file and its whole text. Reading YAML is most of the
    /// Load pass, so the author's loop keeps this between runs.
    package struct LoadMemo: Sendable {
        fileprivate var config: (text: SourceText, result: (CourseConfig, [Diagnostic], modulesRead: Bool))?
        fileprivate var frontMatter: [String: (text: String, result: (LessonFrontMatter, SourceText, [Diagnostic]))] = [:]
        /// How many front matters the last load read rather than took from the memo.
        package fileprivate(set) var lastRead = 0

        /// An empty memo.
        package init() {}
    }

    /// `load(_:)`, taking from `memo` what unchanged text gave before and leaving in it what
    /// this load read, so a later load of mostly the same files reads only the changed ones.
    package static func load(_ files: ContentFiles, reusing memo: inout LoadMemo,
                             parallelism: Int = ParallelMap.defaultWidth) -> (Course?, [Diagnostic]) {
        var next = LoadMemo()
        defer { memo = next }
        // Refused files other than listed lessons are reported where they are; a listed lesson's
        // refusal is reported at its course.yml entry, below.
        let refusedLessons = files.refused.reduce(into: [String: RefusedPath]()) { result, refusal in
            if let slug = refusal.slug { result[slug] = refusal }
        }
        let lessonsFolderRefused = files.refused.contains { $0.slug == nil && $0.path.hasSuffix("/lessons") }
        var diagnostics = DiagnosticBag()
        diagnostics.append(contentsOf: files.refused.filter { $0.slug == nil }.map { $0.diagnostic() })
        guard let courseFile = files.courseFile else {
            if !diagnostics.diagnostics.isEmpty { return (nil, diagnostics.diagnostics) }
            return (nil, [.error(Codes.courseMissingFile,
                                 "missing \(files.courseFilePath); a course needs a course.yml with 'title' and 'modules'",
                                 at: nil)])
        }
        // Which front matters the load reads depends on course.yml, but what each one gives
        // depends only on its file: every lesson file's is read ahead on the pass's threads while
        // course.yml is read here (the two were most of the pass, one after the other). The
        // loop below takes them in its own order, so the diagnostics keep theirs.
        let ahead = aheadOfConfig(files, memo: memo)
        var configRead: (CourseConfig, [Diagnostic], modulesRead: Bool)?
        let readAhead = ParallelMap.map(ahead, width: parallelism, meanwhile: {
            if let kept = memo.config, kept.text.file == courseFile.file, kept.text.text == courseFile.text {
                configRead = kept.result
            } else {
                configRead = CourseConfigReader.read(courseFile)
            }
        }) { FrontMatterReader.read($0.source, slug: $0.slug) }
        var early: [String: (LessonFrontMatter, SourceText, [Diagnostic])] = [:]
        for (request, result) in zip(ahead, readAhead) { early[request.key] = result }
        guard let configRead else { preconditionFailure("course.yml is read beside the front matters") }
        next.config = (courseFile, configRead)
        var (config, configDiagnostics, modulesRead) = configRead
        diagnostics.append(contentsOf: configDiagnostics)

        let lessonsFolder = String(files.courseFilePath.dropLast("course.yml".count)) + "lessons/"
        var listed: [String: SourceRange] = [:]
        var lessons: [Lesson] = []
        let unlisted = Set(files.lessons.keys).subtracting(config.modules.flatMap { $0.lessons.map(\.value) })
        // Every front matter the load reads: taken from the memo or from those read ahead, the
        // rest (an unlisted file too large to parse) read on the pass's threads.
        var read: [String: (LessonFrontMatter, SourceText, [Diagnostic])] = [:]
        var toRead: [(key: String, slug: String, source: SourceText)] = []
        var queued = Set<String>()
        for (slug, source) in frontMattersRead(files, config: config, unlisted: unlisted) {
            let key = "\(slug)\u{0}\(source.file)"
            if let kept = memo.frontMatter[key], kept.text == source.text {
                next.frontMatter[key] = kept
                read[key] = kept.result
            } else if read[key] == nil, let result = early[key] {
                read[key] = result
                next.frontMatter[key] = (source.text, result)
                next.lastRead += 1
            } else if read[key] == nil, queued.insert(key).inserted {
                toRead.append((key, slug, source))
            }
        }
        let fresh = ParallelMap.map(toRead, width: parallelism) { FrontMatterReader.read($0.source, slug: $0.slug) }
        for (request, result) in zip(toRead, fresh) {
            read[request.key] = result
            next.frontMatter[request.key] = (request.source.text, result)
            next.lastRead += 1
        }
        func readFrontMatter(_ source: SourceText, slug: String) -> (LessonFrontMatter, SourceText, [Diagnostic]) {
            let key = "\(slug)\u{0}\(source.file)"
            if let result = read[key] { return result }
            // Not listed ahead (frontMattersRead(_:config:unlisted:) lists every read): read now.
            let result = FrontMatterReader.read(source, slug: slug)
            read[key] = result
            next.frontMatter[key] = (source.text, result)
            next.lastRead += 1
            return result
        }
        func addLesson(_ slug: String, source: SourceText, moduleIndex: Int) {
            if let refusal = MarkdownSizeGuard.fileTooLarge(source) {
                // Kept as an empty lesson so navigation and the other checks still work.
                diagnostics.append(refusal)
                lessons.append(Lesson(slug: slug, moduleIndex: moduleIndex, position: lessons.count, frontMatter: LessonFrontMatter(title: slug),
                                      source: source, body: SourceText(file: source.file, text: "")))
                return
            }
            let (frontMatter, body, lessonDiagnostics) = readFrontMatter(source, slug: slug)
            diagnostics.append(contentsOf: lessonDiagnostics)
            lessons.append(Lesson(slug: slug, moduleIndex: moduleIndex, position: lessons.count,
                                  frontMatter: frontMatter, source: source, body: body))
        }
        for (moduleIndex, module) in config.modules.enumerated() {
            for entry in module.lessons {
                let slug = entry.value
                guard isPlainFileName(slug) else {
                    let plain = slug.hasSuffix(".md") ? String(slug.dropLast(3)) : nil
                    diagnostics.error(Codes.courseBadSlug,
                                      "lesson '\(slug)' is not a plain file name; use the file name in lessons/ without '.md' (ASCII letters, digits, '-', '_' and '.'; not starting with '-' or '.')",
                                      at: entry.range,
                                      notes: plain.map { [DiagnosticNote(Suggestion.note($0))] } ?? [])
                    continue
                }
                if let first = listed[slug] {
                    diagnostics.error(Codes.courseDuplicateLesson, "lesson '\(slug)' is listed twice; a lesson belongs to one place in the course",
                                      at: entry.range, notes: [DiagnosticNote("first listed here", range: first)])
                    continue
                }
                listed[slug] = entry.range
                guard let source = files.lessons[slug] else {
                    if let refusal = refusedLessons[slug] {
                        diagnostics.append(refusal.diagnostic(at: entry.range))
                        continue
                    }
                    if lessonsFolderRefused { continue }
                    let suggestion = Suggestion.closest(to: slug, among: unlisted)
                    diagnostics.error(Codes.courseMissingLesson, "lesson '\(slug)' is listed but \(lessonsFolder)\(slug).md does not exist",
                                      at: entry.range, notes: suggestion.map { [DiagnosticNote(Suggestion.note($0))] } ?? [])
                    continue
                }
                addLesson(slug, source: source, moduleIndex: moduleIndex)
            }
        }
        // Without a readable module list no lesson can be called unlisted, and none would be
        // parsed or checked: every lesson file then goes, in name order, into one stand-in
        // module, so that the same run also reports the mistakes in the lessons' bodies (the
        // course.yml error already fails the build).
        var standIn: Set<String> = []
        if !modulesRead {
            let slugs = unlisted.sorted().filter { files.lessons[$0] != nil && isPlainFileName($0) }
            if !slugs.isEmpty {
                let moduleIndex = config.modules.count
                config.modules.append(ModuleConfig(title: "Lessons", lessons: slugs.compactMap { slug in
                    files.lessons[slug].map { Located(slug, at: SourceRange(start: SourceLocation(file: $0.file, line: 1, column: 1))) }
                }))
                for slug in slugs {
                    guard let source = files.lessons[slug] else { continue }
                    addLesson(slug, source: source, moduleIndex: moduleIndex)
                }
                standIn = Set(slugs)
            }
        }
        let listedSlugs = Set(listed.keys)
        for (slug, refusal) in refusedLessons.sorted(by: { $0.key < $1.key }) where !listedSlugs.contains(slug) {
            diagnostics.append(refusal.diagnostic())
        }
        for slug in unlisted.sorted() where !standIn.contains(slug) {
            guard let source = files.lessons[slug] else { continue }
            // Without a readable module list every lesson would look unlisted; the course.yml
            // error already explains the problem.
            if modulesRead { diagnostics.error(Codes.courseUnlistedLesson,
                              "lesson file is not listed in \(files.courseFilePath); add '\(slug)' to a module's lessons or remove the file",
                              at: SourceRange(start: SourceLocation(file: source.file, line: 1, column: 1))) }
            // Still validate it, so the author sees all of its problems at once.
            diagnostics.append(contentsOf: readFrontMatter(source, slug: slug).2)
        }
        diagnostics.append(contentsOf: PageNameCollisions.diagnostics(config: config, lessons: lessons))
        let course = Course(config: config, lessons: lessons, glossary: files.glossary, faq: files.faq)
        return (course, diagnostics.diagnostics)
    }

    /// The front matters `load` may read, known before course.yml is: every lesson file that
    /// is not too large to parse and whose front matter `memo` does not hold, by slug. The ones
    /// `frontMattersRead(_:config:unlisted:)` then lists are taken; a listed file whose name is
    /// no plain file name is read for nothing.
    private static func aheadOfConfig(_ files: ContentFiles, memo: LoadMemo) -> [(key: String, slug: String, source: SourceText)] {
        files.lessons.keys.sorted().compactMap { slug in
            guard let source = files.lessons[slug], MarkdownSizeGuard.fileTooLarge(source) == nil else { return nil }
            let key = "\(slug)\u{0}\(source.file)"
            if let kept = memo.frontMatter[key], kept.text == source.text { return nil }
            return (key, slug, source)
        }
    }

    /// The lessons whose front matter `load` reads, in its order: each listed lesson with a
    /// plain name, listed for the first time, present and not too large; then the unlisted ones.
    private static func frontMattersRead(_ files: ContentFiles, config: CourseConfig,
                                         unlisted: Set<String>) -> [(slug: String, source: SourceText)] {
        var seen = Set<String>()
        var result: [(slug: String, source: SourceText)] = []
        for module in config.modules {
            for entry in module.lessons {
                let slug = entry.value
                guard isPlainFileName(slug), seen.insert(slug).inserted, let source = files.lessons[slug],
                      MarkdownSizeGuard.fileTooLarge(source) == nil else { continue }
                result.append((slug, source))
            }
        }
        for slug in unlisted.sorted() {
            if let source = files.lessons[slug] { result.append((slug, source)) }
        }
        return result
    }

    /// A slug must name a file directly inside `lessons/`: no folders, no leading dot, no spaces.
    package static func isPlainFileName(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, !slug.hasSuffix(".md") else { return false }
        let allowed = { (scalar: Unicode.Scalar) in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
        }
        return first != "." && first != "-" && slug.unicodeScalars.allSatisfy(allowed)
    }
}
