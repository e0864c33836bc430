import Calc
import Diagnostics
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct PlotSpecParserTests {
    /// The fence opens on line 9; the body starts on line 10, column 1.
    private func parse(_ body: String) -> (PlotSpec?, [Diagnostic]) {
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 10, column: 1))
        let block = SourceRange(start: SourceLocation(file: "l.md", line: 9, column: 1))
        return PlotSpecParser().parse(body, map: map, block: block)
    }

    private func at(_ d: Diagnostic) -> String { d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-" }

    @Test func readsEveryField() {
        let (spec, diagnostics) = parse("title: Sigmoid and tanh\ny: sigmoid(x), leaky_relu(x, 0.1)\nx: -6 .. 6\ny-range: \u{2212}1.5 .. 1.5\nxlabel: input\nylabel: output\n")
        #expect(diagnostics.isEmpty)
        #expect(spec?.title == "Sigmoid and tanh")
        #expect(spec?.series.map(\.expression) == ["sigmoid(x)", "leaky_relu(x, 0.1)"])
        #expect(spec?.series.map(\.offset) == [27, 39])
        #expect(spec?.x == PlotSpec.Interval(-6, 6))
        #expect(spec?.y == PlotSpec.Interval(-1.5, 1.5))
        #expect(spec?.xLabel == "input" && spec?.yLabel == "output")
    }

    @Test(arguments: [
        ("tittle: T\ny: relu(x)\nx: -1 .. 1", "plot.unknown-field", "10:1", "did you mean 'title'?"),
        ("y: relu(x)\nx: 6 .. -6", "plot.inverted-range", "11:4", "did you mean '-6 .. 6'?"),
        ("y: relu(x)\nx: 1 .. 1", "plot.empty-range", "11:4", nil),
        ("y: relu(x)\nx: -1e308 .. 1e308", "plot.bad-range", "11:4", nil),
        ("y: relu(x)\nx: 0 .. 5e-324", "plot.narrow-range", "11:4", "widen the range, or rescale the quantity (plot millimetres, not metres)"),
        ("y: relu(x)\nx: 1 .. 1.0000000000000002", "plot.narrow-range", "11:4", "widen the range, or rescale the quantity (plot millimetres, not metres)"),
        ("y: relu(x)\nx: -1 .. 1\ny-range: 0 .. 1e-310", "plot.narrow-range", "12:10", "widen the range, or rescale the quantity (plot millimetres, not metres)"),
        ("y: relu(x)\nx: -1 to 1", "plot.bad-range", "11:4", "for example 'x: -6 .. 6'"),
        ("x: -1 .. 1", "plot.missing-field", "9:1", "add a line such as 'y: sigmoid(x), tanh(x)'"),
        ("y: relu(x)", "plot.missing-field", "9:1", "add a line such as 'x: -6 .. 6'"),
        ("y: sigmoid(x), , tanh(x)\nx: -1 .. 1", "plot.empty-series", "10:16", nil),
        ("y: relu(x)\nx: -1 .. 1\nx: -2 .. 2", "plot.duplicate-field", "12:1", nil),
        ("y: relu(x)\n  just words\nx: -1 .. 1", "plot.bad-field", "11:3", "plot fields: title, y, x, y-range, xlabel, ylabel"),
        ("title:\ny: relu(x)\nx: -1 .. 1", "plot.empty-value", "10:1", nil),
    ] as [(String, String, String, String?)])
    func reportsProblemsAtTheAuthorsPosition(body: String, code: String, position: String, note: String?) {
        let (spec, diagnostics) = parse(body)
        #expect(spec == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == code)
        #expect(diagnostics.first.map(at) == position)
        #expect(diagnostics.first?.notes.first?.message == note)
    }

    @Test func expressionErrorsPointIntoTheYField() {
        let body = "y: relu(x), sigmod(x)\nx: -1 .. 1"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 10, column: 3))
        let block = SourceRange(start: SourceLocation(file: "l.md", line: 9, column: 3))
        let compile: PlotChart.Compiler = { expression in
            expression.hasPrefix("sigmod")
                ? .failure(CalcError(offset: 0, length: 6, code: "calc.unknown-name", message: "unknown function 'sigmod'"))
                : .success({ max(0, $0) })
        }
        let (html, diagnostics) = chart(body, map: map, block: block, compile: compile)
        #expect(html == nil)
        #expect(diagnostics.map(\.code) == ["calc.unknown-name"])
        #expect(diagnostics.first.map(at) == "10:15")
        #expect(diagnostics.first?.range?.end.column == 21)
    }

    @Test func expressionsAreCheckedEvenWhenAnotherFieldIsWrong() {
        let body = "y: sigmod(x)\nx: 1 .. 1"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 10, column: 1))
        let compile: PlotChart.Compiler = { _ in
            .failure(CalcError(offset: 0, length: 6, code: "calc.unknown-name", message: "unknown name 'sigmod'"))
        }
        let (html, diagnostics) = chart(body, map: map, block: SourceRange(start: SourceLocation(file: "l.md", line: 9, column: 1)), compile: compile)
        #expect(html == nil)
        #expect(diagnostics.map { "\($0.code) \(at($0))" }.sorted() == ["calc.unknown-name 10:4", "plot.empty-range 11:4"])
    }

    @Test func rendersAFigureWhenEverythingIsRight() {
        let body = "title: ReLU\ny: relu(x)\nx: -2 .. 2"
        let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "l.md", line: 2, column: 1))
        let (html, diagnostics) = chart(body, map: map, block: SourceRange(start: SourceLocation(file: "l.md", line: 1, column: 1)),
                                        compile: { _ in .success({ max(0, $0) }) })
        #expect(diagnostics.isEmpty)
        #expect(html?.hasPrefix("<svg") == true)
        #expect(html?.contains("<title id=\"plot-") == true)
    }
}

/// Parses a plot body and draws it as the Parse and Check passes do.
private func chart(_ body: String, map: SnippetMap, block: SourceRange, compile: PlotChart.Compiler) -> (String?, [Diagnostic]) {
    let (spec, series, problems) = PlotSpecParser().parseCollecting(body, map: map, block: block)
    let sampled = PlotChart.sample(PlotNode(spec: spec, series: series, bodyMap: map, range: block), compile: compile)
    let svg = sampled.plot.map { PlotRenderer().render($0, id: spec?.contentID ?? "") }
    return (svg, problems + sampled.diagnostics)
}
