import Calc
import Diagnostics

/// A hundredth of the standard limits, so an input the cost model undercharges shows up as a
/// libFuzzer timeout instead of a slow run that merely passes.
let limits = Limits(maxSteps: 10_000, maxWork: 1_000_000, maxElements: 100_000, maxNesting: 200,
                    maxBoundElements: 400_000, maxHeldElements: 400_000, maxOutputLength: 10_000)
let budget = WorkBudget(lessonLimit: 2_000_000, buildLimit: 4_000_000)

/// libFuzzer entry: the input as a program, as an inline value with a format spec, and as a
/// worked example's body, all on one interpreter as a lesson would use it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var interpreter = Interpreter(limits: limits, budget: budget)
    _ = interpreter.run(text)
    _ = InlineValue.evaluate(text, in: interpreter)
    _ = InlineValue.run(text, in: &interpreter)
    let example = WorkedExample(body: text)
    let map = SnippetMap(snippet: text, startingAt: SourceLocation(file: "fuzz.md", line: 1, column: 1))
    _ = example.run(in: &interpreter, bodyMap: map)
    return 0
}
