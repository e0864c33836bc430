import Foundation
import LecternServe
import Testing

@Suite struct WatchTests {
    @Test func aBurstOfSignalsBecomesOneBatch() async {
        let batcher = ChangeBatcher(quiet: .milliseconds(150))
        for index in 0..<20 { await batcher.signal(["file\(index)"]) }
        var iterator = batcher.batches.makeAsyncIterator()
        let batch = await iterator.next()
        #expect(batch?.count == 20)
        await batcher.finish()
        #expect(await iterator.next() == nil)
    }

    @Test(arguments: [false, true])
    func theWatcherReportsAnEditedFile(polling: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appendingPathComponent("lessons/a.md")
        try Data("one".utf8).write(to: lesson)
        let batcher = ChangeBatcher(quiet: .milliseconds(50))
        let watcher = FileWatcher(roots: [folder.path], preferPolling: polling) { paths in
            Task { await batcher.signal(paths) }
        }
        defer { watcher.stop() }
        #expect(watcher.mode == (polling ? .polling : .inotify))
        try await Task.sleep(for: .milliseconds(250))  // polling takes its first snapshot
        try Data("two, longer".utf8).write(to: lesson)
        var iterator = batcher.batches.makeAsyncIterator()
        let batch = await iterator.next()
        #expect(batch?.contains(lesson.path) == true)
    }
}
