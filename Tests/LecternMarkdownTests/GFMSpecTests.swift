import Testing
@testable import LecternMarkdown

/// Every example of the GFM spec, cmark-gfm's extension tests and its regression tests must
/// render exactly as cmark-gfm renders it, except where a Lectern construct applies.
@Suite("GFM conformance")
struct GFMSpecTests {
    @Test("spec.txt", arguments: GFMSpec.examples("spec"))
    func spec(_ example: SpecExample) {
        check(example)
    }

    @Test("extensions.txt", arguments: GFMSpec.examples("extensions"))
    func extensions(_ example: SpecExample) {
        check(example)
    }

    @Test("regression.txt", arguments: GFMSpec.examples("regression"))
    func regression(_ example: SpecExample) {
        check(example)
    }

    @Test func allExamplesAreRead() {
        #expect(GFMSpec.examples("spec").count == 673)
        #expect(GFMSpec.examples("extensions").count == 29)
        #expect(GFMSpec.examples("regression").count == 19)
    }

    private func check(_ example: SpecExample) {
        let reference = GFMSpec.referenceHTML(example.markdown)
        let key = "\(example.file)#\(example.number)"
        if let reason = GFMExceptions.lectern[key] {
            // The Lectern construct really applies: with Lectern's syntax the output differs,
            // without it the output is cmark-gfm's.
            #expect(GFMSpec.lecternHTML(example.markdown) != reference, "\(key): \(reason)")
            #expect(GFMSpec.lecternHTML(example.markdown, lecternSyntax: false) == reference, "\(key)")
        } else {
            #expect(GFMSpec.lecternHTML(example.markdown) == reference, "\(key)")
        }
    }
}

/// Examples where Lectern deliberately differs from cmark-gfm, with the reason.
enum GFMExceptions {
    static let lectern: [String: String] = [
        "spec#556": "`[[[foo]]]` holds the glossary link `[[foo]]`",
        "spec#598": "`![[foo]]` holds the glossary link `[[foo]]` (and `[[foo]]: /url` another)",
    ]
}
