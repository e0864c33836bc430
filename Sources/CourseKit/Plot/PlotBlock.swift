import Calc
import Diagnostics

/// Turns one ```` ```plot ```` fence into inline SVG, or into diagnostics at the author's
/// positions: field problems from the parser, expression problems (an unknown function) from
/// compiling each series.
package struct PlotBlock {
    /// Compiles one `y:` expression to a function of x, or reports where it is wrong (offsets
    /// inside the expression).
    package typealias Compiler = (String) -> Result<(Double) -> Double?, CalcError>

    /// Draws the chart once the block is understood.
    package var renderer = PlotRenderer()

    /// Creates a block renderer with the default chart size.
    package init() {}

    /// Parses `body`, compiles its series with `compile` and renders the chart. `map` locates
    /// body offsets in the author's file; `block` is the whole fence; `id` is the SVG's id
    /// (pass the spec's `contentID`, made unique on the page by the caller if needed).
    package func render(
        body: String, map: SnippetMap, block: SourceRange, compile: Compiler,
        id: (PlotSpec) -> String = { $0.contentID }
    ) -> (html: String?, diagnostics: [Diagnostic]) {
        // Every series is compiled even when other fields are wrong, so all problems show at once.
        let (parsed, lines, diagnostics) = PlotSpecParser().parseCollecting(body, map: map, block: block)
        var problems = diagnostics
        var series: [PlotSeries] = []
        for line in lines {
            switch compile(line.expression) {
            case .success(let function):
                series.append(PlotSeries(label: line.expression, function: function))
            case .failure(let error):
                var shifted = error
                shifted.offset += line.offset
                problems.append(shifted.diagnostic(in: map))
            }
        }
        guard let spec = parsed, series.count == spec.series.count else { return (nil, problems) }
        let frame = PlotRenderer.Frame(title: spec.title, x: spec.x, y: spec.y, xLabel: spec.xLabel, yLabel: spec.yLabel)
        let svg = renderer.render(frame, series: series, id: id(spec))
        return ("<figure class=\"plot-figure\">\(svg)</figure>", problems)
    }
}
