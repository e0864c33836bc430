import CourseKit
import CourseSite
import Diagnostics

/// libFuzzer entry: the input as the body of a ```` ```plot ```` fence, parsed, sampled (each
/// `y:` series compiled as the Check pass does) and drawn as the site draws it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "fuzz.md", line: 2, column: 1))
    let block = SourceRange(start: SourceLocation(file: "fuzz.md", line: 1, column: 1),
                            end: SourceLocation(file: "fuzz.md", line: 3, column: 4))
    let (spec, series, _) = PlotSpecParser().parseCollecting(body, map: map, block: block)
    let node = PlotNode(spec: spec, series: series, bodyMap: map, range: block)
    if let plot = PlotChart.sample(node, compile: CalcSeries().compile).plot {
        _ = PlotRenderer().render(plot, id: "fuzz")
    }
    return 0
}
