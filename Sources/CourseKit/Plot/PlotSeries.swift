/// A curve to draw: its legend label and the function giving y for x (nil where undefined).
///
/// The function is a plain closure so that plots are testable without Calc; a plot block's
/// series come from Calc expressions, the library page's from registry functions.
package struct PlotSeries {
    /// The legend text (the expression, for plot blocks).
    package var label: String
    /// y for x, or nil where the function has no value.
    package var function: (Double) -> Double?

    /// Creates a series.
    package init(label: String, function: @escaping (Double) -> Double?) {
        self.label = label
        self.function = function
    }
}
