import Foundation
import Testing
@testable import CourseKit
@testable import CourseSite

@Suite struct PlotRendererTests {
    private let frame = SampledPlot.Frame(title: "Sigmoid & tanh", x: .init(-6, 6))
    private var series: [PlotSeries] {
        [PlotSeries(label: "sigmoid(x)") { 1 / (1 + exp(-$0)) }, PlotSeries(label: "tanh(x)") { tanh($0) }]
    }

    @Test func isAnAccessibleImageWithTitleAndDescription() {
        let svg = PlotRenderer().render(SampledPlot(frame, series: series), id: "p1")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"p1-title\" aria-describedby=\"p1-desc\""))
        #expect(svg.contains("<title id=\"p1-title\">Sigmoid &amp; tanh</title>"))
        #expect(svg.contains("<desc id=\"p1-desc\">Line chart of sigmoid(x) (solid blue line), tanh(x) (dashed vermillion line)."))
        // sigmoid(-6) = 0.0024726…, sigmoid(0) = 1/2, tanh(3) = 0.995054…
        #expect(svg.contains("sigmoid(x): 0.002473 at x = -6, 0.04743 at x = -3, 0.5 at x = 0, 0.9526 at x = 3, 0.9975 at x = 6."))
        #expect(svg.contains("tanh(x): -1 at x = -6, -0.9951 at x = -3, 0 at x = 0, 0.9951 at x = 3, 1 at x = 6."))
        #expect(svg.contains("y from -1 to 1."))
    }

    @Test func drawsOneStyledPathPerSeriesAndALegend() {
        let svg = PlotRenderer().render(SampledPlot(frame, series: series), id: "p1")
        #expect(svg.components(separatedBy: "<path ").count - 1 == 2)
        #expect(svg.contains("class=\"plot-line plot-line-1\""))
        #expect(svg.contains("stroke=\"#D55E00\" stroke-dasharray=\"8 4\""))
        #expect(svg.contains(">tanh(x)</text>"))
        // x ticks every 2 from −6 to 6.
        for label in ["\u{2212}6", "\u{2212}4", "\u{2212}2", ">0<", ">2<", ">4<", ">6<"] {
            #expect(svg.contains(label.hasPrefix(">") ? label : ">\(label)<"))
        }
    }

    @Test func nonFiniteValuesStartANewSubpath() {
        let svg = PlotRenderer().render(
            SampledPlot(SampledPlot.Frame(title: nil, x: .init(-4, 4), y: .init(-2, 2)),
                        series: [PlotSeries(label: "1/x") { abs($0) < 0.5 ? nil : 1 / $0 }]), id: "p2")
        guard let path = svg.components(separatedBy: " d=\"").dropFirst().first?.prefix(while: { $0 != "\"" }) else {
            Issue.record("no path"); return
        }
        #expect(path.components(separatedBy: "M").count - 1 == 2)
        #expect(!path.contains("nan") && !path.contains("inf"))
    }

    @Test func outputIsDeterministicAndIdsComeFromContent() {
        let a = PlotRenderer().render(SampledPlot(frame, series: series), id: "p1")
        let b = PlotRenderer().render(SampledPlot(frame, series: series), id: "p1")
        #expect(a == b)
        let one = PlotSpec(series: [.init(expression: "relu(x)", offset: 3)], x: .init(-1, 1))
        let two = PlotSpec(series: [.init(expression: "relu(x)", offset: 3)], x: .init(-2, 2))
        #expect(one.contentID != two.contentID)
        #expect(one.contentID == PlotSpec(series: [.init(expression: "relu(x)", offset: 9)], x: .init(-1, 1)).contentID)
        #expect(one.contentID.hasPrefix("plot-") && one.contentID.count == 15)
    }

    @Test func aLongTitleBreaksBetweenWordsIntoEvenLinesThatFit() {
        let title = "Probabilities of three classes as the first logit varies (the others are 0 and 1)"
        let renderer = PlotRenderer()
        let lines = renderer.titleLines(title)
        // 0.62 em of a 16-unit bold font per character across 400 − 24 units: 37 characters.
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 37 })
        #expect(lines.joined(separator: " ") == title)
        // Even: the shortest line is not a stray last word.
        #expect(lines.map(\.count).min()! * 2 > lines.map(\.count).max()!)

        let svg = renderer.render(SampledPlot(SampledPlot.Frame(title: title, x: .init(-5, 6)), series: series), id: "p3")
        #expect(svg.components(separatedBy: "<tspan x=\"200\"").count - 1 == 3)
        // The frame starts below the third line: 24 + 2 × 20 for the baselines, then the gap.
        #expect(svg.contains("<rect x=\"62\" y=\"80\""))
    }

    @Test func aShortTitleStaysOneTextAndAWordLongerThanALineKeepsALineOfItsOwn() {
        let svg = PlotRenderer().render(SampledPlot(frame, series: series), id: "p1")
        #expect(svg.contains(">Sigmoid &amp; tanh</text>"))
        #expect(!svg.contains("<tspan"))
        let word = String(repeating: "w", count: 50)
        #expect(PlotRenderer().titleLines("a \(word) b") == ["a", word, "b"])
    }
}
