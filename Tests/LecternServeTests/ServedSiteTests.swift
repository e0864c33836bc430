import Foundation
import LecternServe
import Testing

@Suite struct ServedSiteTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/lessons/relu.html", "lessons/relu.html"),
        ("/lessons/", "lessons/index.html"),
        ("//assets//site.css", "assets/site.css"),
        ("/tags/neural%20networks.html", "tags/neural networks.html"),
    ])
    func requestPathsNameSiteFiles(raw: String, expected: String) {
        #expect(ServedSite.relativePath(forRequestPath: raw) == expected)
    }

    @Test(arguments: [
        "/../etc/passwd", "/lessons/../../x", "/%2e%2e/x", "/%2E%2E/x", "/assets/%2e%2e%2fsite.css",
        "/a%2fb", "/a%5cb", "/./index.html", "/a/%00", "relative.html", "/%zz",
    ])
    func traversalAndMalformedPathsNameNothing(raw: String) {
        #expect(ServedSite.relativePath(forRequestPath: raw) == nil)
    }

    @Test func extensionlessPathsFindTheirPage() {
        let site = ServedSite(files: ["lessons/relu.html": Data("r".utf8)])
        #expect(site.file(forRequestPath: "/lessons/relu")?.path == "lessons/relu.html")
        #expect(site.file(forRequestPath: "/lessons/sigmoid") == nil)
    }

    @Test func changedPathsListAddedRemovedAndEdited() {
        let old = ServedSite(files: ["a.html": Data("1".utf8), "b.html": Data("2".utf8), "c.css": Data("3".utf8)])
        let new = ServedSite(files: ["a.html": Data("1".utf8), "b.html": Data("two".utf8), "d.js": Data("4".utf8)])
        #expect(old.changedPaths(in: new) == ["b.html", "c.css", "d.js"])
        #expect(new.changedPaths(in: new).isEmpty)
    }

    @Test func changedPathsAmongCandidatesCompareOnlyThose() {
        let old = ServedSite(files: ["a.html": Data("1".utf8), "b.html": Data("2".utf8), "c.css": Data("3".utf8)])
        let new = ServedSite(files: ["a.html": Data("one".utf8), "b.html": Data("2".utf8), "d.js": Data("4".utf8)])
        // A rendered page with the same bytes is not named; removed and added candidates are.
        #expect(old.changedPaths(in: new, among: ["b.html", "c.css", "d.js"]) == ["c.css", "d.js"])
        // Paths outside the candidates are taken as the same, as the builder promised.
        #expect(old.changedPaths(in: new, among: []).isEmpty)
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/quiz.js", "text/javascript; charset=utf-8"), ("plot.svg", "image/svg+xml"),
        ("search.json", "application/json"), ("sitemap.xml", "application/xml"),
        ("assets/font.WOFF2", "font/woff2"), ("LICENSE", "application/octet-stream"), (".hidden", "application/octet-stream"),
    ])
    func mimeTypesFollowTheExtension(path: String, expected: String) {
        #expect(MIMEType.of(path) == expected)
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = Data("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let injected = String(decoding: ReloadScript.inject(into: page, generation: 7), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p><script src=\"/__lectern/reload.js\" data-generation=\"7\"></script></body></html>")
        let fragment = String(decoding: ReloadScript.inject(into: Data("<p>x</p>".utf8), generation: 1), as: UTF8.self)
        #expect(fragment.hasPrefix("<p>x</p><script src="))
    }

    @Test func eventsUseTheEventStreamFormat() {
        #expect(String(decoding: ServerEvent.reload(generation: 3, changed: ["a/b.html"]).wireData, as: UTF8.self)
            == "event: reload\ndata: {\"changed\":[\"a/b.html\"],\"generation\":3}\n\n")
        #expect(String(decoding: ServerEvent.clear.wireData, as: UTF8.self) == "event: clear\ndata: {}\n\n")
        let problem = OverlayProblem(severity: "error", code: "x.y", file: "f.md", line: 2, column: 3,
                                     message: "bad", text: "f.md:2:3: error: bad\n  2 | a\n")
        let wire = String(decoding: ServerEvent.problems([problem]).wireData, as: UTF8.self)
        #expect(wire.split(separator: "\n", omittingEmptySubsequences: false).count == 4)  // one data line
        #expect(wire.contains(#""text":"f.md:2:3: error: bad\n  2 | a\n""#))
    }
}
