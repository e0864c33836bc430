import Foundation

/// `lectern-bench course LESSONS FOLDER`: writes a deterministic synthetic course of `LESSONS`
/// lessons, the same Markdown laid out for each tool `make bench` compares:
///
/// - `FOLDER/content/`: a Lectern course (`course.yml`, `glossary.md` with 100 terms, `lessons/`);
/// - `FOLDER/hugo/`: a minimal Hugo site whose `content/` holds the same files;
/// - `FOLDER/formulas.json`: every formula of the lessons, in the test corpus's format, which is
///   the corpus the TeXMath benchmark runs on.
///
/// Every lesson has front matter, headings, a list, a table, a code block, 10–20 inline and 2–4
/// display formulas, 1–3 checked quizzes, 1–2 worked examples and glossary links. The same
/// `LESSONS` always gives the same bytes: all variation comes from a seeded generator.
enum CourseGenerator {
    static func main(_ arguments: [String]) {
        guard arguments.count == 2, let lessons = Int(arguments[0]), lessons > 0 else {
            print("usage: lectern-bench course LESSONS FOLDER")
            exit(2)
        }
        do {
            let stats = try write(lessons: lessons, to: URL(fileURLWithPath: arguments[1]))
            print("\(lessons) lessons, \(stats.bytes) bytes of Markdown, \(stats.formulas) formulas, \(stats.quizzes) quizzes, \(stats.examples) worked examples")
        } catch {
            print("course: cannot write \(arguments[1]): \(error)")
            exit(1)
        }
    }

    /// What one generated course holds.
    struct Stats {
        var bytes = 0
        var formulas = 0
        var quizzes = 0
        var examples = 0
    }

    static let moduleSize = 20

    /// Writes the course, the Hugo site and the formula corpus; returns their sizes.
    @discardableResult
    static func write(lessons: Int, to folder: URL) throws -> Stats {
        let manager = FileManager.default
        try? manager.removeItem(at: folder)
        let content = folder.appendingPathComponent("content")
        let hugo = folder.appendingPathComponent("hugo")
        for path in ["content/lessons", "hugo/content/lessons", "hugo/layouts/_default"] {
            try manager.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        var stats = Stats()
        var formulas: [(tex: String, display: Bool)] = []

        var course = "title: Synthetic Course\ntagline: A generated course for the benchmarks.\ntags: [benchmark]\nmodules:\n"
        for start in stride(from: 0, to: lessons, by: moduleSize) {
            let members = (start..<min(start + moduleSize, lessons)).map(slug)
            course += "  - title: Module \(start / moduleSize + 1)\n    lessons: [\(members.joined(separator: ", "))]\n"
        }
        try write(course, to: content.appendingPathComponent("course.yml"))

        let glossary = glossaryText(&formulas)
        try write(glossary, to: content.appendingPathComponent("glossary.md"))
        try write("---\ntitle: Glossary\n---\n" + glossary.drop { $0 != "\n" }, to: hugo.appendingPathComponent("content/glossary.md"))
        stats.bytes += glossary.utf8.count

        for index in 0..<lessons {
            var lesson = Lesson(index: index)
            let text = lesson.text()
            stats.bytes += text.utf8.count
            stats.quizzes += lesson.quizzes
            stats.examples += lesson.examples
            formulas += lesson.formulas
            try write(text, to: content.appendingPathComponent("lessons/\(slug(index)).md"))
            try write(text, to: hugo.appendingPathComponent("content/lessons/\(slug(index)).md"))
        }
        stats.formulas = formulas.count

        try write(hugoConfig, to: hugo.appendingPathComponent("config.toml"))
        try write("---\ntitle: Synthetic Course\n---\n", to: hugo.appendingPathComponent("content/_index.md"))
        try write(hugoSingle, to: hugo.appendingPathComponent("layouts/_default/single.html"))
        try write(hugoList, to: hugo.appendingPathComponent("layouts/_default/list.html"))

        let items = formulas.map { ["tex": $0.tex, "display": $0.display] as [String: Any] }
        let corpus = try JSONSerialization.data(
            withJSONObject: ["meta": ["count": formulas.count, "source": "lectern-bench course \(lessons)"], "formulas": items],
            options: [.sortedKeys])
        try corpus.write(to: folder.appendingPathComponent("formulas.json"))
        return stats
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func slug(_ index: Int) -> String { String(format: "lesson-%05d", index) }

    // MARK: - Glossary

    static let adjectives = ["Sparse", "Dense", "Saturating", "Leaky", "Smooth", "Gated", "Residual", "Stochastic", "Normalised", "Shared"]
    static let nouns = ["gradient", "unit", "activation", "layer", "loss", "weight", "bias", "logit", "kernel", "step"]

    /// The 100 glossary terms, "Sparse gradient" … "Shared step".
    static let terms: [String] = adjectives.flatMap { adjective in nouns.map { "\(adjective) \($0)" } }

    static func glossaryText(_ formulas: inout [(tex: String, display: Bool)]) -> String {
        var text = "# Glossary\n"
        for (index, term) in terms.enumerated() {
            let tex = "w_{\(index)} \\leftarrow w_{\(index)} - \\eta \\, \\frac{\\partial L}{\\partial w_{\(index)}}"
            formulas.append((tex, false))
            let other = terms[(index * 37 + 11) % terms.count]
            text += """

            ## \(term)

            A made-up notion number \(index + 1) for the benchmark: it updates $\(tex)$ and is often
            mentioned together with [[\(other)]].

            """
        }
        return text
    }

    // MARK: - Hugo

    static let hugoConfig = """
    baseURL = "https://example.org/"
    title = "Synthetic Course"
    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
    [markup.goldmark.renderer]
    unsafe = true

    """
    static let hugoSingle = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
    <body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>

    """
    static let hugoList = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
    <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>

    """
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
