import Calc
import CourseKit
import Diagnostics

let limits = Limits(maxSteps: 10_000, maxWork: 1_000_000, maxElements: 100_000, maxNesting: 200,
                    maxBoundElements: 400_000, maxHeldElements: 400_000, maxOutputLength: 10_000)

/// libFuzzer entry: the input as the body of a ```` ```quiz ```` fence on line 2 of a lesson,
/// parsed and, when it parses, its key proven with a small work budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let map = SnippetMap(snippet: body, startingAt: SourceLocation(file: "fuzz.md", line: 2, column: 1))
    let fence = SourceRange(start: SourceLocation(file: "fuzz.md", line: 1, column: 1),
                            end: SourceLocation(file: "fuzz.md", line: 3, column: 4))
    let (quiz, _) = QuizParser().parse(body: body, bodyMap: map, fenceRange: fence)
    if let quiz {
        var interpreter = Interpreter(limits: limits, budget: WorkBudget(lessonLimit: 2_000_000, buildLimit: 4_000_000))
        _ = QuizChecker().check(quiz, interpreter: &interpreter)
    }
    return 0
}
