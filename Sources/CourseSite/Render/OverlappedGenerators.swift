import CourseKit
import Foundation

/// Runs a renderer's generators so that every one but the lesson pages renders on a thread of
/// its own (`BackgroundQueue`) while the lesson pages render on all the others: the index,
/// glossary, FAQ, library, search, tag, 404 and sitemap pages are mostly serial work, and run
/// after the lessons they left a core idle.
///
/// The sink ends up holding what running the generators one after another gives: the same
/// files with the same bytes, a later generator's file winning over an earlier one's at the
/// same path, and a failure is the first failing generator's, whatever the schedule. The
/// generators before the lesson pages reach the sink before the first lesson page; those
/// after them reach it as soon as they are made, between lesson pages, so their files are not
/// all held in memory until the last lesson (35 MB at 10,000 lessons). With one thread
/// (`--jobs 1`) the generators simply run in order.
struct OverlappedGenerators {
    /// The generators, in the order their files go to the sink.
    var generators: [any PageGenerator]
    /// What they render with.
    var context: RenderContext

    /// Renders every generator's files into `sink`.
    /// - Throws: the first failing generator's error, in the generators' order.
    func write(to sink: inout some SiteSink) throws(LecternError) {
        guard context.parallelism > 1, let lessons = generators.firstIndex(where: { $0 is LessonPages }) else {
            for generator in generators { try generator.write(in: context, to: &sink) }
            return
        }
        let others = generators.indices.filter { $0 != lessons }.map { generators[$0] }
        let context = context
        let ahead = BackgroundQueue<Result<RecordedFiles, LecternError>>(count: others.count) { index in
            Result { () throws(LecternError) in
                var files = RecordedFiles()
                try others[index].write(in: context, to: &files)
                return files
            }
        }
        // `others[index]` is generator `index` before the lesson pages, `index + 1` after.
        var interleaved = InterleavingSink(base: sink, ahead: ahead, before: 0..<lessons, after: lessons..<others.count)
        do throws(LecternError) {
            do throws(LecternError) {
                try generators[lessons].write(in: context, to: &interleaved)
                try interleaved.flushBefore()
            } catch {
                // A generator before the lessons that failed is the failure a serial run reports.
                for index in 0..<lessons { _ = try ahead.value(at: index).get() }
                throw error
            }
            try interleaved.finish()
            sink = interleaved.base
        } catch {
            ahead.finish(abandon: true)
            throw error
        }
        ahead.finish()
    }
}

/// The lesson pages' sink: puts the files of the generators before the lesson pages into its
/// base ahead of the first lesson page, and the files of those after them as each is made.
/// A lesson page whose path a later generator has already filled is dropped, since in a serial
/// run the later file would have replaced it.
private struct InterleavingSink<Base: SiteSink>: SiteSink {
    /// The sink the files go to.
    var base: Base
    let ahead: BackgroundQueue<Result<RecordedFiles, LecternError>>
    /// Indices in `ahead` of the generators before the lesson pages; nil once they are in `base`.
    var before: Range<Int>?
    /// Indices in `ahead` of the generators after the lesson pages not yet in `base`.
    var after: Range<Int>
    /// Paths filled by generators after the lesson pages.
    var later: Set<String> = []
    /// The first generator after the lesson pages that failed, taken while the lessons ran.
    var failure: LecternError?

    init(base: Base, ahead: BackgroundQueue<Result<RecordedFiles, LecternError>>, before: Range<Int>, after: Range<Int>) {
        self.base = base
        self.ahead = ahead
        self.before = before
        self.after = after
    }

    mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        try flushBefore()
        if !later.contains(path) { try base.add(path, data) }
        // A failure waits for the end: a lesson page failing later is what a serial run reports.
        while failure == nil, let next = after.first, let made = ahead.takeIfMade(at: next) {
            after = after.dropFirst()
            switch made {
            case .success(let files): try take(files)
            case .failure(let error): failure = error
            }
        }
    }

    /// Puts the generators before the lesson pages into `base`, if that has not happened yet.
    mutating func flushBefore() throws(LecternError) {
        guard let pending = before else { return }
        before = nil
        for index in pending { try ahead.value(at: index).get().replay(into: &base) }
    }

    /// Puts the remaining generators after the lesson pages into `base`, waiting for each.
    mutating func finish() throws(LecternError) {
        if let failure { throw failure }
        for index in after { try take(ahead.take(at: index).get()) }
        after = after.upperBound..<after.upperBound
    }

    private mutating func take(_ files: RecordedFiles) throws(LecternError) {
        try files.replay(into: &base)
        later.formUnion(files.paths)
    }
}

/// A generator's files as it handed them over, in order, for a sink to take later.
struct RecordedFiles: SiteSink, Sendable {
    private var files: [(path: String, data: Data)] = []

    mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        files.append((path, data))
    }

    /// The paths, in the order they were added.
    var paths: [String] { files.map(\.path) }

    /// Hands every file to `sink`, in the order they were added.
    func replay(into sink: inout some SiteSink) throws(LecternError) {
        for file in files { try sink.add(file.path, file.data) }
    }
}
