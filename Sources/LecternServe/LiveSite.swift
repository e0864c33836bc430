import Foundation

/// What the preview server serves right now: the last good build, its generation, the
/// problems of the latest build, and the pages listening for events. The watcher's loop
/// publishes builds into it; the HTTP handler reads from it.
package actor LiveSite {
    private var site = ServedSite()
    private var problems: [OverlayProblem] = []
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]

    /// Counts the builds served; pages carry it so they notice a missed reload.
    package private(set) var generation = 0

    /// An empty site (generation 0).
    package init() {}

    /// Serves `newSite`, clears any problems and tells open pages which files changed.
    /// Returns the changed paths (nothing is sent when there are none and no problems cleared).
    /// - Parameter candidates: when given, the only paths that can differ from the site served
    ///   now (the builder rendered only these); nil compares every file.
    @discardableResult
    package func publish(_ newSite: ServedSite, candidates: Set<String>? = nil) -> [String] {
        let changed = candidates.map { site.changedPaths(in: newSite, among: $0) } ?? site.changedPaths(in: newSite)
        let hadProblems = !problems.isEmpty
        problems = []
        if hadProblems { broadcast(.clear) }
        guard !changed.isEmpty else { return [] }
        site = newSite
        generation += 1
        broadcast(.reload(generation: generation, changed: changed))
        return changed
    }

    /// Keeps the last good site and shows `newProblems` on every open page.
    package func publish(problems newProblems: [OverlayProblem]) {
        problems = newProblems
        broadcast(.problems(newProblems))
    }

    /// The problems of the latest build (empty when it succeeded).
    package var currentProblems: [OverlayProblem] { problems }

    /// The response body and path for a raw request path; HTML pages get the reload script.
    package func file(forRequestPath raw: String) -> (path: String, data: Data)? {
        guard let (path, data) = site.file(forRequestPath: raw) else { return nil }
        return (path, path.hasSuffix(".html") ? ReloadScript.inject(into: data, generation: generation) : data)
    }

    /// The site's not-found page, with the reload script, if it has one. Before the first
    /// good build every path gets a bare page instead, so the overlay can show why there are
    /// no pages and the reload can bring them once there are.
    package func notFoundPage() -> Data? {
        if generation == 0 {
            let placeholder = "<!doctype html><html lang=\"en\"><title>Lectern preview</title><body>"
                + "<p>No pages yet: the course did not build.</p></body></html>"
            return ReloadScript.inject(into: Data(placeholder.utf8), generation: 0)
        }
        return site.files["404.html"].map { ReloadScript.inject(into: $0, generation: generation) }
    }

    /// A new listener's event stream: `hello`, then the current problems if any, then every
    /// later event until `close()`.
    package func subscribe() -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(32))
        continuation.yield(ServerEvent.hello(generation: generation).wireData)
        if !problems.isEmpty { continuation.yield(ServerEvent.problems(problems).wireData) }
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        listeners[id] = continuation
        return stream
    }

    /// The number of open event streams.
    package var listenerCount: Int { listeners.count }

    /// Ends every event stream (before the server stops).
    package func close() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    private func broadcast(_ event: ServerEvent) {
        let data = event.wireData
        for continuation in listeners.values { continuation.yield(data) }
    }
}
