import Testing
@testable import CourseKit

/// `FrontMatter(splitting:)` reads bytes; the reference here is the split it replaced, on
/// `Character`s (so `\r\n` never ends a line).
@Suite struct FrontMatterSplitTests {
    static func reference(_ text: String) -> (yaml: String, body: String, present: Bool, unterminated: Bool) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
            return trimmed == "---" || (closing && trimmed == "...")
        }
        guard let first = lines.first, isFence(first, closing: false) else { return ("", text, false, false) }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], closing: true) }) else {
            return ("", ([""] + lines.dropFirst().map(String.init)).joined(separator: "\n"), true, true)
        }
        let yaml = ([""] + lines[1..<close].map(String.init)).joined(separator: "\n")
        let body = (Array(repeating: "", count: close + 1) + lines[(close + 1)...].map(String.init)).joined(separator: "\n")
        return (yaml, body, true, false)
    }

    @Test(arguments: [
        "", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\ntitle: A\n---\n# Body\n\ntext\n",
        "---  \t\ntitle: A\nsummary: b\n...\r\nbody", "--- \r\ntitle: A\r\n---\r\nbody\r\n", "---\r\n",
        "title: no fence\n---\n", "---\ntitle: unterminated\nbody\n", "----\n---\n", "---\n---x\n---",
        "---\nτίτλος: α\u{301}\n---\n∑ e\u{301}\n", "\r\n---\n---\n", "---\n\n\n---\n\n", "...\n---\n",
        "---\r\r\ntitle: A\n---", "---\ntitle: A\n---   ",
    ])
    func splitsAsCharactersDo(_ text: String) {
        let split = FrontMatter(splitting: text)
        let expected = Self.reference(text)
        #expect(split.yaml == expected.yaml)
        #expect(split.body == expected.body)
        #expect(split.isPresent == expected.present)
        #expect(split.isUnterminated == expected.unterminated)
    }
}
