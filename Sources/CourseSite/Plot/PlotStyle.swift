import CourseKit

/// How the n-th series of a plot is drawn: a colour from the Okabe–Ito palette (distinguishable
/// with the common colour-vision deficiencies) and a dash pattern, so curves stay apart in
/// greyscale print too.
package struct PlotStyle: Hashable, Sendable {
    /// The stroke colour, `#RRGGBB`.
    package var color: String
    /// The colour's name, for the description.
    package var colorName: String
    /// SVG `stroke-dasharray`, nil for a solid line.
    package var dashArray: String?
    /// The dash pattern's name, for the description.
    package var dashName: String

    private static let colors: [(String, String)] = [
        ("#0072B2", "blue"), ("#D55E00", "vermillion"), ("#009E73", "bluish green"),
        ("#CC79A7", "reddish purple"), ("#E69F00", "orange"), ("#56B4E9", "sky blue"),
    ]
    private static let dashes: [(String?, String)] = [
        (nil, "solid"), ("8 4", "dashed"), ("2 3", "dotted"), ("9 3 2 3", "dash-dotted"),
        ("4 2", "short-dashed"), ("12 3", "long-dashed"), ("1 5", "sparsely dotted"),
    ]

    /// The style of series number `index` (0-based). Colours and dashes cycle with different
    /// periods, so no two of the first 42 series look the same.
    package static func series(_ index: Int) -> PlotStyle {
        let color = colors[index % colors.count]
        let dash = dashes[index % dashes.count]
        return PlotStyle(color: color.0, colorName: color.1, dashArray: dash.0, dashName: dash.1)
    }

    /// "dashed vermillion line", for the plot's text description.
    package var spokenName: String { "\(dashName) \(colorName) line" }
}
