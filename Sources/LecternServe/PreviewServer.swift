import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server: the files of the current build, the reload script and the event
/// stream, and nothing else. Every response says `no-store`, so a reload always fetches the
/// newest build.
package struct PreviewServer: Sendable {
    /// The address to listen on (`127.0.0.1` unless the author asks otherwise).
    package var host: String
    /// The TCP port.
    package var port: UInt16
    /// What is served.
    package var site: LiveSite

    /// A server for `site` on `host`:`port`.
    package init(host: String, port: UInt16, site: LiveSite) {
        self.host = host
        self.port = port
        self.site = site
    }

    /// Whether `host` only accepts connections from this machine.
    package static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Creates the listening server (call `run()` on it, `stop()` to end).
    /// - Throws: when `host` is not an IP address.
    package func makeServer() throws -> HTTPServer {
        if host.contains(":") {
            return HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), logger: .disabled, handler: Handler(site: site))
        }
        let ip4 = host == "localhost" ? "127.0.0.1" : host
        return HTTPServer(address: try sockaddr_in.inet(ip4: ip4, port: port), logger: .disabled, handler: Handler(site: site))
    }

    /// Answers one request.
    struct Handler: HTTPHandler {
        let site: LiveSite

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard request.method == .GET || request.method == .HEAD else {
                let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
                return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
            }
            let raw = request.target.path()
            switch raw {
            case ReloadScript.eventsPath:
                let body = HTTPBodySequence(from: EventStreamBody(events: await site.subscribe()))
                let headers: HTTPHeaders = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
                return HTTPResponse(statusCode: .ok, headers: headers, body: body)
            case ReloadScript.path:
                return Self.response(.ok, ReloadScript.path, Data(ReloadScript.source.utf8))
            default:
                if let (path, data) = await site.file(forRequestPath: raw) {
                    return Self.response(.ok, path, data)
                }
                if let page = await site.notFoundPage() {
                    return Self.response(.notFound, "404.html", page)
                }
                return Self.response(.notFound, "404.txt", Data("not found\n".utf8))
            }
        }

        static func response(_ status: HTTPStatusCode, _ path: String, _ data: Data) -> HTTPResponse {
            let headers: HTTPHeaders = [
                .contentType: MIMEType.of(path),
                .cacheControl: "no-store",
                HTTPHeader("X-Content-Type-Options"): "nosniff",
            ]
            return HTTPResponse(statusCode: status, headers: headers, body: data)
        }
    }
}
