import Testing
@testable import CourseKit

/// `QuizNumber` reads printable ASCII on bytes; it must take and refuse exactly the texts the
/// `Character` reading does, with the same value and implied tolerance.
@Suite("Quiz numbers read on bytes")
struct QuizNumberReadingTests {
    static let pieces = ["0", "7", "12", ".", "-", "+", "e", "E", "%", " ", "\t", "x", "inf", "nan", "−", "é", "\u{301}", "1e400", "00"]

    @Test func bytesReadLikeCharacters() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var numbers = 0
        for _ in 0..<5_000 {
            let text = (0..<(1 + next(6))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            let read = QuizNumber(text)
            let reference = QuizNumber.byCharacters(text)
            #expect(read == reference, "\(text.debugDescription)")
            // Equal doubles, unless both are the same NaN (never: NaN is refused).
            #expect(read?.value == reference?.value && read?.impliedTolerance == reference?.impliedTolerance)
            if read != nil { numbers += 1 }
        }
        // Numbers and non-numbers were both among the texts.
        #expect(numbers > 200)
        #expect(numbers < 4_500)
    }

    @Test(arguments: [("0.7311", 0.7311, 0.000_05), ("-2", -2, 0.5), ("73.1%", 0.731, 0.000_5), ("−3", -3, 0.5)])
    func readsWrittenNumbers(_ text: String, _ value: Double, _ tolerance: Double) {
        let number = QuizNumber(text)
        #expect(number?.value == value)
        #expect(number.map { abs($0.impliedTolerance - tolerance) < 1e-15 } == true)
    }
}
