import Diagnostics
import Foundation
import Testing
@testable import CourseKit

@Suite struct YAMLAliasScanTests {
    private func found(_ yaml: String) -> [String] {
        YAMLAliasScan.findings(in: yaml).map { "\($0.isAlias ? "alias" : "anchor") \($0.line):\($0.column)+\($0.length)" }
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", ["anchor 1:4+2", "alias 2:4+2"]),
        ("tags: [&t relu, *t]\n", ["anchor 1:8+2", "alias 1:17+2"]),
        ("- &m\n  title: M\n- *m\n", ["anchor 1:3+2", "alias 3:3+2"]),
        ("a: !!str &x v\n", ["anchor 1:10+2"]),
        ("{a: *x}\n", ["alias 1:5+2"]),
    ])
    func findsAnchorsAndAliasesWhereANodeStarts(_ yaml: String, expected: [String]) {
        #expect(found(yaml) == expected)
    }

    @Test(arguments: [
        "title: Rock & roll\n",
        "title: 2 * 3 = 6\n",
        "title: 'a &b *c'\n",
        "title: \"a &b\n  *c\"\n",
        "title: x # &not an anchor\n",
        "# *comment\n",
        "summary: |\n  * a list\n  &amp;\nnext: 1\n",
        "tags: [a, b & c]\n",
        "title: It's &fine\n",
        "title: a, *b\n",
    ])
    func leavesTextAlone(_ yaml: String) {
        #expect(found(yaml) == [])
    }

    @Test func aBillionLaughsCourseFileIsRefusedAtOnce() {
        var yaml = "title: T\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "l\(level): &l\(level) [\(refs)]\n"
        }
        yaml += "modules: *l9\n"
        // Expanded, this file would be 9^9 nodes; refused, it never reaches the composer.
        let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: yaml, lessons: [:]))
        #expect(course?.config.title == "Untitled course")
        #expect(diagnostics.first?.code == "yaml.anchor")
        #expect(diagnostics.first?.range?.start == SourceLocation(file: "content/course.yml", line: 2, column: 5))
        #expect(diagnostics.filter { $0.code == "yaml.alias" }.count == 82)
    }

    @Test func frontMatterAliasesAreReportedAtTheirLine() {
        let lesson = "---\ntitle: &t A\nsummary: *t\n---\nBody.\n"
        let (_, _, diagnostics) = FrontMatterReader.read(SourceText(file: "l.md", text: lesson), slug: "l")
        #expect(diagnostics.map { "\($0.code) \($0.range!.start.line):\($0.range!.start.column)" }
                == ["yaml.anchor 2:8", "yaml.alias 3:10"])
    }
}
