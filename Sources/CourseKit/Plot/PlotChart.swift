import Calc
import Diagnostics

/// Samples one parsed ```` ```plot ```` for drawing, or reports where its series are wrong:
/// each `y:` expression is compiled even when other fields were wrong, so all problems show at once.
package enum PlotChart {
    /// Compiles one `y:` expression to a function of x, or reports where it is wrong (offsets
    /// inside the expression).
    package typealias Compiler = (String) -> Result<(Double) -> Double?, CalcError>

    /// The sampled chart of `node` and the problems of its series.
    package static func sample(_ node: PlotNode, compile: Compiler) -> (plot: SampledPlot?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var series: [PlotSeries] = []
        for line in node.series {
            switch compile(line.expression) {
            case .success(let function):
                series.append(PlotSeries(label: line.expression, function: function))
            case .failure(let error):
                var shifted = error
                shifted.offset += line.offset
                problems.append(shifted.diagnostic(in: node.bodyMap))
            }
        }
        guard let spec = node.spec, series.count == spec.series.count else { return (nil, problems) }
        let frame = SampledPlot.Frame(title: spec.title, x: spec.x, y: spec.y, xLabel: spec.xLabel, yLabel: spec.yLabel)
        return (SampledPlot(frame, series: series), problems)
    }
}
