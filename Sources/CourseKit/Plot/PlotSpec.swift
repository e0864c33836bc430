/// What a ```` ```plot ```` block asks for, parsed from its `key: value` lines.
package struct PlotSpec: Hashable, Sendable {
    /// A closed interval of one axis, `lower < upper`.
    package struct Interval: Hashable, Sendable {
        /// The smaller end.
        package var lower: Double
        /// The larger end.
        package var upper: Double

        /// Creates an interval; callers ensure `lower < upper`.
        package init(_ lower: Double, _ upper: Double) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// One curve: a Calc expression in `x`, and where it starts in the block body (in Unicode
    /// scalars), so evaluation errors point into the author's file.
    package struct Series: Hashable, Sendable {
        /// The Calc expression, trimmed.
        package var expression: String
        /// Scalar offset of the expression in the block body.
        package var offset: Int

        /// Creates a series.
        package init(expression: String, offset: Int) {
            self.expression = expression
            self.offset = offset
        }
    }

    /// The `title:` field.
    package var title: String?
    /// The `y:` expressions, in order.
    package var series: [Series]
    /// The `x:` range.
    package var x: Interval
    /// The y axis range; nil lets the data decide.
    package var y: Interval?
    /// The `xlabel:` field.
    package var xLabel: String?
    /// The `ylabel:` field.
    package var yLabel: String?

    /// Creates a spec.
    package init(
        title: String? = nil, series: [Series], x: Interval, y: Interval? = nil,
        xLabel: String? = nil, yLabel: String? = nil
    ) {
        self.title = title
        self.series = series
        self.x = x
        self.y = y
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// A short id derived from the content (FNV-1a of the fields), stable across builds, so two
    /// different plots on one page get different SVG ids without counting.
    package var contentID: String {
        let key = [
            title ?? "", series.map(\.expression).joined(separator: "\u{1F}"),
            "\(x.lower)", "\(x.upper)", y.map { "\($0.lower) \($0.upper)" } ?? "",
            xLabel ?? "", yLabel ?? "",
        ].joined(separator: "\u{1E}")
        return "plot-" + StableHash.hex(StableHash.fnv1a(key, as: UInt64.self)).prefix(10)
    }
}
