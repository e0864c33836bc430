import Testing
@testable import CourseKit

/// `FenceBodyLine.lines(of:)` reads bytes; it must cut a fence body exactly where splitting its
/// characters did, with the same scalar offsets and the same characters on each line.
@Suite("Fence body lines")
struct FenceBodyLineTests {
    @Test func linesMatchTheCharacterSplit() {
        var crossed = 0
        for seed in 0..<3000 {
            let body = QuizTextOriginTests.text(UInt64(seed))
            let lines = FenceBodyLine.lines(of: body)
            let expected = FenceBodyLine.linesByCharacters(of: body)
            #expect(lines.count == expected.count, "\(body.debugDescription)")
            // The reading for strings without contiguous bytes cuts the same lines.
            let byIndices = FenceBodyLine.linesByIndices(of: body)
            #expect(byIndices.map { String($0.text) } == lines.map { String($0.text) } && byIndices.map(\.offset) == lines.map(\.offset))
            for (line, reference) in zip(lines, expected) {
                #expect(String(line.text) == String(reference.text) && line.offset == reference.offset, "\(body.debugDescription)")
                #expect(Array(line.text) == Array(reference.text), "\(body.debugDescription)")
            }
            if body.contains("\r\n") || body.contains("\u{301}") { crossed += 1 }
        }
        // CR LF pairs and combining marks, where bytes and characters part, were among the bodies.
        #expect(crossed > 500)
    }

    @Test func aBodyEndingInALineBreakEndsWithAnEmptyLine() {
        let lines = FenceBodyLine.lines(of: "é\r\nb\n")
        #expect(lines.map { String($0.text) } == ["é\r\nb", ""])
        #expect(lines.map(\.offset) == [0, 5])
    }
}
