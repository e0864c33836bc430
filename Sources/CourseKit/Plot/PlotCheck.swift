import Diagnostics

/// Renders every ```` ```plot ```` fence of a lesson to SVG at check time, so that a plot's
/// mistakes are reported with the others and the page only inserts the finished figure.
package struct PlotCheck: LessonCheck {
    /// `plots`.
    package var name: String { "plots" }

    /// Creates the check.
    package init() {}

    /// Renders the lesson's plots into `results.nodeHTML`.
    package func check(_ context: inout LessonCheckContext) {
        let series = CalcSeries()
        var used: Set<String> = []
        for case .fence(let fence) in context.items where fence.kind == .plot {
            let (html, diagnostics) = PlotBlock().render(
                body: fence.body, map: fence.bodyMap, block: fence.range, compile: series.compile,
                id: { spec in
                    // Ids come from the content; the same plot twice on a page gets a suffix.
                    var id = spec.contentID
                    var suffix = 2
                    while used.contains(id) { id = spec.contentID + "-\(suffix)"; suffix += 1 }
                    used.insert(id)
                    return id
                })
            context.diagnostics.append(contentsOf: diagnostics)
            if let html { context.results.nodeHTML[fence.range] = HTML(trusted: html + "\n") }
        }
    }
}
