/// A chart's data after the Check pass: its frame and each series sampled finely enough to
/// draw, so the site side draws the SVG without running Calc.
package struct SampledPlot: Sendable, Hashable {
    /// Everything one chart shows besides its curves.
    package struct Frame: Sendable, Hashable {
        /// The chart's visible title, also its accessible name.
        package var title: String?
        /// The x range drawn.
        package var x: PlotSpec.Interval
        /// The y range drawn; nil fits the data.
        package var y: PlotSpec.Interval?
        /// The x axis label.
        package var xLabel: String?
        /// The y axis label.
        package var yLabel: String?

        /// Creates a frame.
        package init(title: String?, x: PlotSpec.Interval, y: PlotSpec.Interval? = nil, xLabel: String? = nil, yLabel: String? = nil) {
            self.title = title
            self.x = x
            self.y = y
            self.xLabel = xLabel
            self.yLabel = yLabel
        }
    }

    /// One curve: its legend label, its samples, and its values at the five x positions a
    /// screen reader hears.
    package struct Line: Sendable, Hashable {
        /// The legend text.
        package var label: String
        /// The samples in x order; a nil y breaks the curve.
        package var points: [AdaptiveSampler.Point]
        /// The value at each of `SampledPlot.readingXs`, nil where undefined.
        package var readings: [Double?]
    }

    /// The frame as the author wrote it.
    package var frame: Frame
    /// The y range drawn: the author's, else the data's widened to nice ticks.
    package var yRange: PlotSpec.Interval
    /// The curves, in the order written.
    package var lines: [Line]
    /// The height in pixels of the plotting area the samples were made for; the sampler's
    /// tolerance is a fraction of one pixel at this height.
    package var plotHeight: Double

    /// Samples `series` over `frame` for a plotting area `plotHeight` pixels high.
    package init(_ frame: Frame, series: [PlotSeries], plotHeight: Double = 230, sampler: AdaptiveSampler = AdaptiveSampler()) {
        self.frame = frame
        self.plotHeight = plotHeight
        let coarse = series.map { sampler.coarse($0.function, from: frame.x.lower, to: frame.x.upper) }
        let yRange = frame.y ?? Self.dataRange(coarse)
        self.yRange = yRange
        let tolerance = (yRange.upper - yRange.lower) / plotHeight * 0.3
        let xs = Self.readingXs(frame.x)
        lines = series.map { line in
            Line(label: line.label,
                 points: sampler.sample(line.function, from: frame.x.lower, to: frame.x.upper, tolerance: tolerance),
                 readings: xs.map { x in line.function(x).flatMap { $0.isFinite ? $0 : nil } })
        }
    }

    /// The five evenly spaced x positions whose values the chart's description reads out.
    package static func readingXs(_ x: PlotSpec.Interval) -> [Double] {
        (0...4).map { x.lower + (x.upper - x.lower) * Double($0) / 4 }
    }

    /// The y range covering every finite sample, widened to nice ticks; (−1, 1) when there is
    /// nothing finite, and a unit band around a constant.
    static func dataRange(_ samples: [[AdaptiveSampler.Point]]) -> PlotSpec.Interval {
        let ys = samples.flatMap { $0.compactMap(\.y) }
        guard let low = ys.min(), let high = ys.max() else { return PlotSpec.Interval(-1, 1) }
        if high - low < 1e-12 * max(1, abs(high)) {
            let pad = max(abs(high) * 0.5, 1)
            return PlotSpec.Interval(low - pad, high + pad)
        }
        let widened = NiceTicks.widened(lower: low, upper: high, maxCount: 7)
        return PlotSpec.Interval(widened.lower, widened.upper)
    }
}
