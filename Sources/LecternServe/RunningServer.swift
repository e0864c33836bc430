import FlyingFox
import Foundation

/// A preview server that is listening; `stop()` ends it.
package final class RunningServer: Sendable {
    private let server: HTTPServer
    private let task: Task<Void, Never>

    private init(server: HTTPServer, task: Task<Void, Never>) {
        self.server = server
        self.task = task
    }

    /// Starts `preview` and returns once it listens.
    /// - Throws: the server's own error when it cannot listen (the port is taken, the address
    ///   is not this machine's), or a timeout after five seconds.
    package static func start(_ preview: PreviewServer) async throws -> RunningServer {
        let server = try preview.makeServer()
        let failure = FailureBox()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        for _ in 0..<100 {
            if await server.isListening { return RunningServer(server: server, task: task) }
            if let error = failure.get() { throw error }
            try await Task.sleep(for: .milliseconds(50))
        }
        task.cancel()
        throw failure.get() ?? CancellationError()
    }

    /// Closes the listening socket and the open connections.
    package func stop() async {
        await server.stop(timeout: 0.5)
        task.cancel()
    }
}

/// The server task's error, handed to the starting task.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    func set(_ newError: any Error) {
        lock.lock()
        error = newError
        lock.unlock()
    }

    func get() -> (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
