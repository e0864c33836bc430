import CourseKit

/// Draws a sampled plot as an accessible inline SVG line chart: nice ticks, grid, axis labels, a
/// legend, one colour and dash per series, and a `<desc>` listing the series with a few sampled
/// values. The output depends only on the input (fixed number formatting, content-derived ids).
package struct PlotRenderer {
    /// Width of the SVG's coordinate system. The stylesheet shows a plot at most 1.2 times this
    /// wide and, on a 390 px phone, about 0.875 times: with `fontSize` 14 the text stays between
    /// 12 and 17 CSS px, so the coordinate system is narrow rather than the text scaled on its own.
    package var width = 400.0
    /// Size of tick labels, axis labels and legend text in SVG units.
    package var fontSize = 14.0

    /// A renderer with the default size.
    package init() {}

    /// The `<svg>` element; `id` prefixes every id inside it and must be unique on the page.
    package func render(_ plot: SampledPlot, id: String) -> String {
        let frame = plot.frame, plotHeight = plot.plotHeight, yRange = plot.yRange
        let marginLeft = 62.0, marginRight = 14.0
        let titleLines = frame.title.map { self.titleLines($0) } ?? []
        let titleLineHeight = fontSize + 6
        let top = titleLines.isEmpty ? 16.0 : 40.0 + Double(titleLines.count - 1) * titleLineHeight
        let left = marginLeft, right = width - marginRight
        let bottom = top + plotHeight

        let xTicks = NiceTicks(lower: frame.x.lower, upper: frame.x.upper, maxCount: 7)
        let yTicks = NiceTicks(lower: yRange.lower, upper: yRange.upper, maxCount: 7)
        let px: (Double) -> Double = { left + ($0 - frame.x.lower) / (frame.x.upper - frame.x.lower) * (right - left) }
        let py: (Double) -> Double = { bottom - ($0 - yRange.lower) / (yRange.upper - yRange.lower) * (bottom - top) }
        let c = PlotNumber.coordinate

        var legendRows: [[(index: Int, x: Double)]] = [[]]
        var cursor = left
        for (index, line) in plot.lines.enumerated() {
            // About 0.56 em per character of a system sans-serif, plus the sample line and a gap.
            let itemWidth = 34 + Double(line.label.count) * fontSize * 0.56 + 18
            if cursor + itemWidth > right, !(legendRows.last?.isEmpty ?? true) {
                legendRows.append([])
                cursor = left
            }
            legendRows[legendRows.count - 1].append((index, cursor))
            cursor += itemWidth
        }
        let rowHeight = fontSize + 8
        let legendTop = bottom + (frame.xLabel == nil ? 40 : 62)
        let height = legendTop + Double(legendRows.count) * rowHeight + 4

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" id=\"\(id)\" viewBox=\"0 0 \(c(width)) \(c(height))\""
        svg += " role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" font-family=\"system-ui, sans-serif\" font-size=\"\(c(fontSize))\">"
        svg += "<title id=\"\(id)-title\">\(HTML.escape(frame.title ?? "Plot of " + plot.lines.map(\.label).joined(separator: ", ")))</title>"
        svg += "<desc id=\"\(id)-desc\">\(HTML.escape(description(plot)))</desc>"
        // The clip reaches a stroke's width past the frame, so a series lying on the frame's
        // edge (relu_prime at y = 0 on a 0…5 axis) keeps its whole stroke above the frame line.
        let bleed = 3.0
        svg += "<defs><clipPath id=\"\(id)-clip\"><rect x=\"\(c(left - bleed))\" y=\"\(c(top - bleed))\" width=\"\(c(right - left + 2 * bleed))\" height=\"\(c(bottom - top + 2 * bleed))\"/></clipPath></defs>"
        if !titleLines.isEmpty {
            svg += "<text class=\"plot-title\" x=\"\(c(width / 2))\" y=\"24\" text-anchor=\"middle\" font-weight=\"600\" font-size=\"\(c(fontSize + 2))\" fill=\"currentColor\">"
            if titleLines.count == 1 {
                svg += HTML.escape(titleLines[0])
            } else {
                for (n, line) in titleLines.enumerated() {
                    svg += "<tspan x=\"\(c(width / 2))\" dy=\"\(c(n == 0 ? 0 : titleLineHeight))\">\(HTML.escape(line))</tspan>"
                }
            }
            svg += "</text>"
        }

        // Grid and tick labels.
        svg += "<g class=\"plot-grid\" stroke=\"currentColor\" stroke-opacity=\"0.15\" stroke-width=\"1\">"
        for tick in xTicks.values { svg += "<line x1=\"\(c(px(tick)))\" y1=\"\(c(top))\" x2=\"\(c(px(tick)))\" y2=\"\(c(bottom))\"/>" }
        for tick in yTicks.values { svg += "<line x1=\"\(c(left))\" y1=\"\(c(py(tick)))\" x2=\"\(c(right))\" y2=\"\(c(py(tick)))\"/>" }
        svg += "</g>"
        svg += "<g class=\"plot-axes\" stroke=\"currentColor\" stroke-opacity=\"0.6\" stroke-width=\"1\">"
        svg += "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" height=\"\(c(bottom - top))\" fill=\"none\"/>"
        if yRange.lower < 0, yRange.upper > 0 { svg += "<line x1=\"\(c(left))\" y1=\"\(c(py(0)))\" x2=\"\(c(right))\" y2=\"\(c(py(0)))\"/>" }
        if frame.x.lower < 0, frame.x.upper > 0 { svg += "<line x1=\"\(c(px(0)))\" y1=\"\(c(top))\" x2=\"\(c(px(0)))\" y2=\"\(c(bottom))\"/>" }
        svg += "</g>"
        svg += "<g class=\"plot-ticks\" fill=\"currentColor\">"
        for tick in xTicks.values {
            svg += "<text x=\"\(c(px(tick)))\" y=\"\(c(bottom + fontSize + 4))\" text-anchor=\"middle\">\(PlotNumber.tick(tick, step: xTicks.step))</text>"
        }
        for tick in yTicks.values {
            svg += "<text x=\"\(c(left - 6))\" y=\"\(c(py(tick) + fontSize * 0.35))\" text-anchor=\"end\">\(PlotNumber.tick(tick, step: yTicks.step))</text>"
        }
        svg += "</g>"
        if let xLabel = frame.xLabel {
            svg += "<text class=\"plot-label\" x=\"\(c((left + right) / 2))\" y=\"\(c(bottom + 2 * fontSize + 12))\" text-anchor=\"middle\" fill=\"currentColor\">\(HTML.escape(xLabel))</text>"
        }
        if let yLabel = frame.yLabel {
            svg += "<text class=\"plot-label\" transform=\"translate(\(c(fontSize + 2)) \(c((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"currentColor\">\(HTML.escape(yLabel))</text>"
        }

        // Curves: one path per series, one subpath per run of finite values.
        svg += "<g class=\"plot-series\" clip-path=\"url(#\(id)-clip)\" fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\">"
        let limit = plotHeight * 20
        for (index, points) in plot.lines.map(\.points).enumerated() {
            let style = PlotStyle.series(index)
            var d = ""
            for segment in AdaptiveSampler.segments(points) {
                for (n, point) in segment.enumerated() {
                    let y = min(max(py(point.y), top - limit), bottom + limit)
                    d += (n == 0 ? (d.isEmpty ? "M" : " M") : " L") + "\(c(px(point.x))) \(c(y))"
                }
            }
            guard !d.isEmpty else { continue }
            svg += "<path class=\"plot-line plot-line-\(index + 1)\" d=\"\(d)\" stroke=\"\(style.color)\"\(style.dashArray.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
        }
        svg += "</g>"

        // Legend.
        svg += "<g class=\"plot-legend\">"
        for (row, items) in legendRows.enumerated() {
            let y = legendTop + Double(row) * rowHeight
            for item in items {
                let style = PlotStyle.series(item.index)
                svg += "<line x1=\"\(c(item.x))\" y1=\"\(c(y))\" x2=\"\(c(item.x + 28))\" y2=\"\(c(y))\" stroke=\"\(style.color)\" stroke-width=\"2\"\(style.dashArray.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
                svg += "<text x=\"\(c(item.x + 34))\" y=\"\(c(y + fontSize * 0.35))\" fill=\"currentColor\">\(HTML.escape(plot.lines[item.index].label))</text>"
            }
        }
        svg += "</g></svg>"
        return svg
    }

    /// `title` broken between words into lines that fit across the chart, as even in length as
    /// that number of lines allows. An SVG text never wraps by itself: a long title ran off both
    /// sides of the chart and was cut. Widths are estimated like the legend's, at about 0.62 em
    /// per character of the bold title.
    func titleLines(_ title: String) -> [String] {
        let words = title.split(separator: " ").map(String.init)
        let widest = Int((width - 24) / ((fontSize + 2) * 0.62))
        var lines = Self.wrap(words, columns: widest)
        // The narrowest measure that needs no more lines evens them out ("cannot" alone on a
        // third line otherwise).
        var columns = widest - 1
        while lines.count > 1, columns > 0 {
            let narrower = Self.wrap(words, columns: columns)
            guard narrower.count == lines.count else { break }
            lines = narrower
            columns -= 1
        }
        return lines
    }

    /// `words` in lines of at most `columns` characters, greedily; a longer word has a line of its own.
    private static func wrap(_ words: [String], columns: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in words {
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count > columns {
                lines.append(line)
                line = word
            } else {
                line += " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The text a screen reader announces: the series and how they are drawn, the axes, and
    /// each series' value at five evenly spaced x positions.
    package func description(_ plot: SampledPlot) -> String {
        let frame = plot.frame, y = plot.yRange
        let r = { PlotNumber.readable($0) }
        var parts: [String] = []
        let drawn = plot.lines.enumerated().map { "\($1.label) (\(PlotStyle.series($0).spokenName))" }
        parts.append("Line chart of \(drawn.joined(separator: ", ")).")
        parts.append("x runs from \(r(frame.x.lower)) to \(r(frame.x.upper))\(frame.xLabel.map { " (\($0))" } ?? ""); y from \(r(y.lower)) to \(r(y.upper))\(frame.yLabel.map { " (\($0))" } ?? "").")
        let xs = SampledPlot.readingXs(frame.x)
        for line in plot.lines {
            let values = zip(xs, line.readings).map { x, value in "\(value.map(r) ?? "undefined") at x = \(r(x))" }
            parts.append("\(line.label): \(values.joined(separator: ", ")).")
        }
        return parts.joined(separator: " ")
    }
}
