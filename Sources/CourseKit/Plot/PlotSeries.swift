/// A curve to draw: its legend label and the function giving y for x (nil where undefined).
///
/// The function is a plain closure so that plots are testable without Calc; a plot block's
/// series come from Calc expressions, the library page's from registry functions.
package struct PlotSeries {
    package var label: String
    package var function: (Double) -> Double?

    package init(label: String, function: @escaping (Double) -> Double?) {
        self.label = label
        self.function = function
    }
}
