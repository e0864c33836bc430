import Diagnostics
import Testing
@testable import CourseKit

/// One expected diagnostic: code, line and column (the file is implied by the case).
struct Expected: CustomTestStringConvertible, Sendable {
    var code: String
    var file: String
    var line: Int
    var column: Int
    var note: String? = nil
    var testDescription: String { "\(code) at \(file):\(line):\(column)" }
}

let twoLessons = ["a": "---\ntitle: A\n---\nBody.\n", "b": "---\ntitle: B\n---\nBody.\n"]

private func load(_ yaml: String, lessons: [String: String] = twoLessons) -> (Course?, [Diagnostic]) {
    let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: yaml, lessons: lessons))
    return (course, DiagnosticBag(diagnostics).sorted)
}

@Suite struct CourseLoaderTests {
    @Test func validCourseLoadsLessonsInModuleOrder() {
        let yaml = """
            title: Course
            tagline: One line.
            tags: [relu, sigmoid]
            discussion: https://example.org/d
            allow_html: true
            modules:
              - title: First
                lessons: [b]
              - title: Second
                lessons: [a]
            """
        let (course, diagnostics) = load(yaml)
        #expect(diagnostics.isEmpty)
        #expect(course?.config.title == "Course")
        #expect(course?.config.tagline == "One line.")
        #expect(course?.config.tags.map(\.value) == ["relu", "sigmoid"])
        #expect(course?.config.allowHTML == true)
        #expect(course?.config.lang == "en")
        #expect(course?.lessons.map(\.slug) == ["b", "a"])
        #expect(course?.lessons.map(\.position) == [0, 1])
        #expect(course?.lessons.map(\.moduleIndex) == [0, 1])
        #expect(course?.lessons.first?.frontMatter.title == "B")
    }

    static let courseCases: [(String, [String: String], Expected)] = [
        // Missing title: reported where the mapping starts.
        ("tagline: t\nmodules:\n  - title: M\n    lessons: [a, b]\n", twoLessons,
         Expected(code: "course.missing-key", file: "content/course.yml", line: 1, column: 1)),
        // Unknown key with a suggestion.
        ("title: C\ntaglin: t\nmodules:\n  - title: M\n    lessons: [a, b]\n", twoLessons,
         Expected(code: "course.unknown-key", file: "content/course.yml", line: 2, column: 1, note: "did you mean 'tagline'?")),
        // A lesson listed twice: the second listing.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a, b, a]\n", twoLessons,
         Expected(code: "course.duplicate-lesson", file: "content/course.yml", line: 4, column: 21)),
        // Listed but missing.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a, b, ghost]\n", twoLessons,
         Expected(code: "course.missing-lesson", file: "content/course.yml", line: 4, column: 21)),
        // Present but unlisted: reported on the lesson file.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a]\n", twoLessons,
         Expected(code: "course.unlisted-lesson", file: "content/lessons/b.md", line: 1, column: 1)),
        // A slug with a folder in it.
        ("title: C\nmodules:\n  - title: M\n    lessons:\n      - a\n      - ../b\n", twoLessons,
         Expected(code: "course.bad-slug", file: "content/course.yml", line: 6, column: 9)),
        // A non-ASCII slug, after a character the column counts once.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a, é]\n", twoLessons,
         Expected(code: "course.bad-slug", file: "content/course.yml", line: 4, column: 18)),
        // A slug with the extension.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a, b.md]\n", twoLessons,
         Expected(code: "course.bad-slug", file: "content/course.yml", line: 4, column: 18, note: "did you mean 'b'?")),
        // Wrong types.
        ("title: C\nallow_html: maybe\nmodules:\n  - title: M\n    lessons: [a, b]\n", twoLessons,
         Expected(code: "course.bad-type", file: "content/course.yml", line: 2, column: 13)),
        ("title: C\ntags: relu\nmodules:\n  - title: M\n    lessons: [a, b]\n", twoLessons,
         Expected(code: "course.bad-type", file: "content/course.yml", line: 2, column: 7)),
        ("title: C\nmodules: [a]\n", twoLessons,
         Expected(code: "course.bad-type", file: "content/course.yml", line: 2, column: 11)),
        // A module without lessons.
        ("title: C\nmodules:\n  - title: M\n", [:],
         Expected(code: "course.missing-key", file: "content/course.yml", line: 3, column: 5)),
        // Unknown module key.
        ("title: C\nmodules:\n  - title: M\n    lesson: [a, b]\n", [:],
         Expected(code: "course.unknown-key", file: "content/course.yml", line: 4, column: 5, note: "did you mean 'lessons'?")),
        // Syntax error: an unclosed flow sequence, reported where libyaml gives up.
        ("title: C\nmodules:\n  - title: M\n    lessons: [a, b\n", twoLessons,
         Expected(code: "yaml.syntax", file: "content/course.yml", line: 5, column: 1)),
        // Duplicate key: reported where it is given again, with a note at the first.
        ("title: C\ntitle: D\nmodules: []\n", [:],
         Expected(code: "yaml.duplicate-key", file: "content/course.yml", line: 2, column: 1, note: "'title' first given here")),
        // In a module, past a nested list and a comment; the next module's keys are not repeats.
        ("title: C\nmodules:\n  - title: M\n    lessons:\n      - a\n    # note\n    \"title\": N\n  - title: O\n    lessons: [b]\n", twoLessons,
         Expected(code: "yaml.duplicate-key", file: "content/course.yml", line: 7, column: 5)),
        // In a flow mapping the first occurrence is all there is to point at.
        ("title: C\nmodules: [{title: M, title: N, lessons: [a, b]}]\n", twoLessons,
         Expected(code: "yaml.duplicate-key", file: "content/course.yml", line: 2, column: 12)),
        // A non-ASCII value before the mistake: the column counts characters.
        ("title: Ünïcödé\nmodules:\n  - title: Ä\n    lessons: [a, b, ghost]\n", twoLessons,
         Expected(code: "course.missing-lesson", file: "content/course.yml", line: 4, column: 21)),
    ]

    @Test(arguments: courseCases)
    func courseProblemIsReportedAtItsPosition(_ yaml: String, _ lessons: [String: String], _ expected: Expected) {
        let (_, diagnostics) = load(yaml, lessons: lessons)
        let matching = diagnostics.filter { $0.code == expected.code }
        #expect(matching.count == 1, "\(diagnostics)")
        guard let diagnostic = matching.first else { return }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range?.start == SourceLocation(file: expected.file, line: expected.line, column: expected.column))
        if let note = expected.note {
            #expect(diagnostic.notes.map(\.message).contains(note), "\(diagnostic.notes)")
        }
    }

    static let frontMatterCases: [(String, Expected)] = [
        ("---\nsummary: s\n---\nBody\n", Expected(code: "lesson.missing-key", file: "content/lessons/a.md", line: 2, column: 1)),
        ("---\ntitle: A\nsumary: s\n---\n", Expected(code: "lesson.unknown-key", file: "content/lessons/a.md", line: 3, column: 1, note: "did you mean 'summary'?")),
        ("---\ntitle: A\nfaq: vanishing\n---\n", Expected(code: "lesson.bad-type", file: "content/lessons/a.md", line: 3, column: 6)),
        ("---\ntitle: [A\n---\n", Expected(code: "yaml.syntax", file: "content/lessons/a.md", line: 3, column: 1)),
        ("---\ntitle: A\nsummary: é\ntags: [x]\nsummary: t\n---\n", Expected(code: "yaml.duplicate-key", file: "content/lessons/a.md", line: 5, column: 1)),
        ("---\ntitle: A\n", Expected(code: "lesson.unterminated-front-matter", file: "content/lessons/a.md", line: 1, column: 1)),
        ("# No front matter\n", Expected(code: "lesson.missing-front-matter", file: "content/lessons/a.md", line: 1, column: 1)),
        ("---\n---\nBody\n", Expected(code: "lesson.missing-key", file: "content/lessons/a.md", line: 1, column: 1)),
    ]

    @Test(arguments: frontMatterCases)
    func frontMatterProblemIsReportedAtItsPosition(_ text: String, _ expected: Expected) {
        let (course, diagnostics) = load("title: C\nmodules:\n  - title: M\n    lessons: [a]\n", lessons: ["a": text])
        #expect(course?.lessons.count == 1)
        let matching = diagnostics.filter { $0.code == expected.code }
        #expect(matching.count == 1, "\(diagnostics)")
        guard let diagnostic = matching.first else { return }
        #expect(diagnostic.range?.start == SourceLocation(file: expected.file, line: expected.line, column: expected.column))
        if let note = expected.note {
            #expect(diagnostic.notes.map(\.message).contains(note), "\(diagnostic.notes)")
        }
    }

    @Test(arguments: [
        "title: C\nmodules:\n  - title: M\n    lessons: [a, b\n",   // a YAML syntax error
        "title: C\ntitle: D\nmodules:\n  - title: M\n    lessons: [a, b]\n",   // a duplicate key
        "title: C\n",   // no modules at all
        "title: C\nmodules: a, b\n",   // modules of the wrong type
    ])
    func lessonsAreStillLoadedWhenTheModuleListCannotBeRead(_ yaml: String) throws {
        let lessons = ["b": "---\ntitle: B\n---\n$\\fracc$\n", "a": "---\ntitle: A\nsumary: s\n---\n"]
        let (course, diagnostics) = load(yaml, lessons: lessons)
        let loaded = try #require(course)
        // Both files become lessons of one stand-in module, in name order, so the Parse and Check
        // passes report their bodies' mistakes in the same run; none is called unlisted.
        #expect(loaded.lessons.map(\.slug) == ["a", "b"])
        #expect(loaded.lessons.map(\.moduleIndex) == [0, 0])
        #expect(loaded.config.modules.count == 1)
        #expect(loaded.config.modules.first?.lessons.map(\.value) == ["a", "b"])
        #expect(diagnostics.contains { $0.code == "lesson.unknown-key" })
        #expect(!diagnostics.contains { $0.code == "course.unlisted-lesson" })
        #expect(diagnostics.filter { $0.code == "lesson.unknown-key" }.count == 1)
    }

    @Test func everyProblemOfTheRunIsReported() {
        let yaml = "title: C\ntaglin: t\nmodules:\n  - title: M\n    lessons: [a, ghost, a]\n"
        let lessons = ["a": "---\nsumary: s\n---\n", "b": "---\ntitle: B\n---\n"]
        let codes = load(yaml, lessons: lessons).1.map(\.code)
        #expect(codes.sorted() == [
            "course.duplicate-lesson", "course.missing-lesson", "course.unknown-key", "course.unlisted-lesson",
            "lesson.missing-key", "lesson.unknown-key",
        ])
    }

    @Test func frontMatterLinesAreBlankedInTheBody() throws {
        let (course, _) = load("title: C\nmodules:\n  - title: M\n    lessons: [a]\n",
                               lessons: ["a": "---\ntitle: A\ntags: [x]\n---\n# Heading\n"])
        let lesson = try #require(course?.lessons.first)
        #expect(lesson.body.text == "\n\n\n\n# Heading\n")
        #expect(lesson.frontMatter.tags == [Located("x", at: SourceRange(start: SourceLocation(file: "content/lessons/a.md", line: 3, column: 8)))])
    }

    @Test func aBrokenCourseFileDoesNotMakeEveryLessonUnlisted() {
        let (_, diagnostics) = load("title: C\nmodules: [a, b\n")
        #expect(diagnostics.map(\.code) == ["yaml.syntax"])
        let (_, missing) = load("title: C\n")
        #expect(missing.map(\.code) == ["course.missing-key"])
    }

    @Test func languageAndAddressesAreRead() {
        let (course, diagnostics) = load("title: C\nlang: de\nbase_url: https://example.org/k/\nmodules:\n  - title: M\n    lessons: [a, b]\n")
        #expect(diagnostics.isEmpty)
        #expect(course?.config.lang == "de")
        #expect(course?.config.baseURL == "https://example.org/k/")
    }

    @Test func missingCourseFileIsAnError() {
        let (course, diagnostics) = CourseLoader.load(.inMemory(courseYAML: nil, lessons: [:]))
        #expect(course == nil)
        #expect(diagnostics.map(\.code) == ["course.missing-file"])
    }

    @Test(arguments: [("relu", true), ("why-nonlinearity", true), ("a_b.c", true), ("../x", false), ("x/y", false),
                      (".hidden", false), ("x.md", false), ("with space", false), ("", false)])
    func plainFileNames(_ slug: String, _ plain: Bool) {
        #expect(CourseLoader.isPlainFileName(slug) == plain)
    }

    @Test(arguments: [("titel", "title"), ("modules", "modules"), ("lesons", "lessons"), ("xyz", nil)] as [(String, String?)])
    func suggestions(_ word: String, _ suggestion: String?) {
        #expect(Suggestion.closest(to: word, among: ["title", "tagline", "modules", "lessons"]) == suggestion)
    }
}
