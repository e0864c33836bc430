import Foundation
import LecternServe
import Testing

@Suite struct LiveSiteTests {
    /// The first `count` events of a stream, as text.
    static func events(_ stream: AsyncStream<Data>, count: Int) async -> [String] {
        var result: [String] = []
        for await event in stream {
            result.append(String(decoding: event, as: UTF8.self))
            if result.count == count { break }
        }
        return result
    }

    @Test func listenersHearBuildsProblemsAndTheirEnd() async {
        let live = LiveSite()
        await live.publish(ServedSite(files: ["index.html": Data("<body>1</body>".utf8)]))
        let stream = await live.subscribe()
        await live.publish(problems: [OverlayProblem(severity: "error", code: "c", file: "f", line: 1, column: 1, message: "m", text: "t")])
        // The last good page is still served during the problems.
        #expect(await live.file(forRequestPath: "/")?.data.starts(with: Data("<body>1".utf8)) == true)
        await live.publish(ServedSite(files: ["index.html": Data("<body>2</body>".utf8)]))
        let received = await Self.events(stream, count: 4)
        #expect(received.map { $0.split(separator: "\n")[0] } == ["event: hello", "event: problems", "event: clear", "event: reload"])
        #expect(received[0].contains(#""generation":1"#))
        #expect(received[3].contains(#"{"changed":["index.html"],"generation":2}"#))
        #expect(await live.currentProblems.isEmpty)
    }

    @Test func aNewListenerSeesTheCurrentProblems() async {
        let live = LiveSite()
        await live.publish(problems: [OverlayProblem(severity: "error", code: "c", file: "f", line: 1, column: 1, message: "m", text: "t")])
        let received = await Self.events(await live.subscribe(), count: 2)
        #expect(received[1].hasPrefix("event: problems"))
    }

    @Test func pagesGetTheScriptAndOtherFilesDoNot() async {
        let live = LiveSite()
        await live.publish(ServedSite(files: ["a.html": Data("<body></body>".utf8), "a.css": Data("p{}".utf8)]))
        #expect(await live.file(forRequestPath: "/a.html").map { String(decoding: $0.data, as: UTF8.self) }
            == "<body><script src=\"/__lectern/reload.js\" data-generation=\"1\"></script></body>")
        #expect(await live.file(forRequestPath: "/a.css")?.data == Data("p{}".utf8))
    }

    @Test func beforeTheFirstGoodBuildEveryPathGetsAPageThatCanShowTheProblems() async {
        let live = LiveSite()
        let page = String(decoding: await live.notFoundPage() ?? Data(), as: UTF8.self)
        #expect(page.contains("No pages yet"))
        #expect(page.contains(#"<script src="/__lectern/reload.js" data-generation="0"></script></body>"#))
        await live.publish(ServedSite(files: ["index.html": Data("<body></body>".utf8)]))
        #expect(await live.notFoundPage() == nil)  // this site has no 404.html
    }
}
