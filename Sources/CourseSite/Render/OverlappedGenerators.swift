import CourseKit
import Foundation

/// Runs a renderer's generators so that every one but the lesson pages renders on a thread of
/// its own (`BackgroundQueue`) while the lesson pages render on all the others: the index,
/// glossary, FAQ, library, search, tag, 404 and sitemap pages are mostly serial work, and run
/// after the lessons they left a core idle.
///
/// The sink still gets exactly what running the generators one after another gives: each
/// generator's files, in its own order, in the generators' order (a page made ahead is kept in
/// memory until its turn), and a failure is the first failing generator's, whatever the
/// schedule. With one thread (`--jobs 1`) the generators simply run in order.
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
        let before = 0..<lessons
        let after = lessons..<others.count
        do throws(LecternError) {
            var preceded = PrecededSink(base: sink) { (base: inout _) throws(LecternError) in
                for index in before { try ahead.value(at: index).get().replay(into: &base) }
            }
            do throws(LecternError) {
                try generators[lessons].write(in: context, to: &preceded)
                try preceded.flush()
            } catch {
                // A generator before the lessons that failed is the failure a serial run reports.
                for index in before { _ = try ahead.value(at: index).get() }
                throw error
            }
            sink = preceded.base
            for index in after { try ahead.value(at: index).get().replay(into: &sink) }
        } catch {
            ahead.finish(abandon: true)
            throw error
        }
        ahead.finish()
    }
}

/// A generator's files as it handed them over, in order, for a sink to take later.
struct RecordedFiles: SiteSink, Sendable {
    private var files: [(path: String, data: Data)] = []

    mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        files.append((path, data))
    }

    /// Hands every file to `sink`, in the order they were added.
    func replay(into sink: inout some SiteSink) throws(LecternError) {
        for file in files { try sink.add(file.path, file.data) }
    }
}

/// A sink that runs `pending` on its base once, before the first file it takes (or at `flush`):
/// what puts the pages of the generators before the lesson pages into the sink first without
/// making the lessons wait for them to be rendered.
struct PrecededSink<Base: SiteSink>: SiteSink {
    /// The sink the files go to.
    var base: Base
    private var pending: ((inout Base) throws(LecternError) -> Void)?

    init(base: Base, pending: @escaping (inout Base) throws(LecternError) -> Void) {
        self.base = base
        self.pending = pending
    }

    mutating func add(_ path: String, _ data: Data) throws(LecternError) {
        try flush()
        try base.add(path, data)
    }

    /// Runs `pending` if it has not run yet.
    mutating func flush() throws(LecternError) {
        guard let pending else { return }
        self.pending = nil
        try pending(&base)
    }
}
